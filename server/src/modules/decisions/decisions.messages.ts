import type { ModuleMessages } from '../../i18n/messages.ts';

export const decisionsMessages: ModuleMessages = {
  'zh-CN': {
    'decisions.not_found': '找不到该决定。',
    'decisions.meeting_not_found': '找不到作出决定的会议。',
    'decisions.agreement_not_found': '找不到协议 {id}。',
    'decisions.agreement_not_draft': '只有草案状态的协议可以由决定批准（当前状态：{status}）。',
    'decisions.matter_not_found': '找不到重大事项 {id}。',
    'decisions.matter_not_open': '该重大事项已不在办理中（当前状态：{status}）。',
    'decisions.host_unknown': '成员代码“{code}”不存在。',
    'decisions.host_city_invalid': '城市 {city} 不存在或不属于承办成员 {member}。',
  },
  en: {
    'decisions.not_found': 'The decision was not found.',
    'decisions.meeting_not_found': 'The meeting that took the decision was not found.',
    'decisions.agreement_not_found': 'Agreement {id} was not found.',
    'decisions.agreement_not_draft': 'Only a draft agreement can be approved by a decision (it is {status}).',
    'decisions.matter_not_found': 'Major matter {id} was not found.',
    'decisions.matter_not_open': 'The major matter is no longer open (it is {status}).',
    'decisions.host_unknown': 'There is no member with code "{code}".',
    'decisions.host_city_invalid': 'City {city} does not exist or is not in the host member {member}.',
  },
};
