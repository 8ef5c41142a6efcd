import type { ModuleMessages } from '../../i18n/messages.ts';

export const agreementsMessages: ModuleMessages = {
  'zh-CN': {
    'agreements.not_found': '找不到该协议。',
    'agreements.too_few_parties': '协议至少需要两方。',
    'agreements.bad_party': '每一方须为一个成员或一个机构。',
    'agreements.unknown_party': '签约方“{code}”不存在。',
    'agreements.unknown_task': '任务 {id} 不存在。',
    'agreements.meeting_not_found': '找不到签署协议的会议。',
    'agreements.term_end_before_start': '协议期满日不能早于生效日。',
    'agreements.illegal_transition': '协议不能从“{from}”变为“{to}”。允许的下一步：{allowed}。',
    'agreements.notice.expiry.title': '协议即将到期：{title}',
    'agreements.notice.expiry.body': '该协议将于 {date} 到期，请及时研究续签或终止。',
  },
  en: {
    'agreements.not_found': 'The agreement was not found.',
    'agreements.too_few_parties': 'An agreement needs at least two parties.',
    'agreements.bad_party': 'Each party is either one member or one body.',
    'agreements.unknown_party': 'There is no party with code "{code}".',
    'agreements.unknown_task': 'Task {id} does not exist.',
    'agreements.meeting_not_found': 'The meeting where the agreement was signed was not found.',
    'agreements.term_end_before_start': 'The term cannot end before it starts.',
    'agreements.illegal_transition': 'An agreement cannot go from "{from}" to "{to}". Allowed next steps: {allowed}.',
    'agreements.notice.expiry.title': 'Agreement expiring soon: {title}',
    'agreements.notice.expiry.body': 'The agreement expires on {date}; decide whether to renew or end it.',
  },
};
