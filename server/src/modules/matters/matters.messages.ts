import type { ModuleMessages } from '../../i18n/messages.ts';

export const mattersMessages: ModuleMessages = {
  'zh-CN': {
    'matters.not_found': '找不到该重大事项。',
    'matters.not_open': '该重大事项已不在办理中（当前状态：{status}）。',
    'matters.not_party': '只能提级本成员涉及的重大事项。',
    'matters.not_raiser': '只能撤回本成员提出的重大事项。',
    'matters.not_own_member': '只能以本成员（{memberCode}）的名义提出重大事项。',
    'matters.raiser_required': '请指明提出事项的成员或工作组。',
    'matters.unknown_member': '成员代码“{code}”不存在。',
    'matters.unknown_body': '机构代码“{code}”不存在。',
    'matters.at_top_tier': '该事项已在决策层，不能再提级。',
    'matters.at_bottom_tier': '该事项已在执行层，不能再降级。',
    'matters.reason_required': '提级或降级须说明理由。',
    'matters.notice.escalated.title': '重大事项已提交{tier}：{title}',
    'matters.notice.escalated.body': '该事项在上一层级期限内未解决，已自动提交{tier}。',
  },
  en: {
    'matters.not_found': 'The major matter was not found.',
    'matters.not_open': 'The major matter is no longer open (it is {status}).',
    'matters.not_party': 'You can escalate only matters your member is party to.',
    'matters.not_raiser': 'You can withdraw only matters your member raised.',
    'matters.not_own_member': 'You can raise matters only for your own member ({memberCode}).',
    'matters.raiser_required': 'Name the member or working group that raises the matter.',
    'matters.unknown_member': 'There is no member with code "{code}".',
    'matters.unknown_body': 'There is no body with code "{code}".',
    'matters.at_top_tier': 'The matter is already at the decision tier.',
    'matters.at_bottom_tier': 'The matter is already at the execution tier.',
    'matters.reason_required': 'Escalating or de-escalating needs a reason.',
    'matters.notice.escalated.title': 'Major matter escalated to the {tier} tier: {title}',
    'matters.notice.escalated.body': 'It was not resolved by the deadline of the tier below and has been escalated automatically.',
  },
};
