import type { ModuleMessages } from '../../i18n/messages.ts';

export const risksMessages: ModuleMessages = {
  'zh-CN': {
    'risks.not_found': '找不到该风险。',
    'risks.trigger_not_found': '找不到该预警阈值。',
    'risks.not_own_member': '成员方用户只能维护本成员方为责任方的风险，且不能把本成员方从责任方中移除。',
    'risks.code_taken': '风险编号“{code}”已被使用。',
    'risks.unknown_member': '成员方“{code}”不存在。',
    'risks.bad_measure': '第 {index} 项联合措施须关联一个任务或一个协议条款（二者选一）。',
    'risks.unknown_task': '任务 {id} 不存在。',
    'risks.unknown_clause': '字段“{field}”：协议条款 {id} 不存在，或不属于您可查看的协议。',
    'risks.reason_required': '调整可能性、影响程度或状态时须说明理由。',
    'risks.unknown_indicator': '指标“{code}”不存在或已停用。',
    'risks.bad_scope': '范围“{scope}”不适用于该指标（层级：{level}）；留空表示任意范围。',
    'notifications.handoff.risks.alert.title': '风险预警：{code}「{title}」',
    'notifications.handoff.risks.alert.body': '指标 {indicator}（{scope}）连续 {periods} 期 {comparison} {threshold}，最新 {period} 为 {value}，已触发风险预警，请研究应对。',
  },
  en: {
    'risks.not_found': 'The risk was not found.',
    'risks.trigger_not_found': 'The trigger was not found.',
    'risks.not_own_member': "A member's user keeps only risks their member owns, and cannot remove their member from the owners.",
    'risks.code_taken': 'The risk code "{code}" is already in use.',
    'risks.unknown_member': 'There is no member with code "{code}".',
    'risks.bad_measure': 'Joint measure {index} must name either a task or an agreement clause (one of the two).',
    'risks.unknown_task': 'Task {id} does not exist.',
    'risks.unknown_clause': 'Field "{field}": agreement clause {id} does not exist or is not in an agreement you may read.',
    'risks.reason_required': 'Say why when changing the likelihood, the impact or the status.',
    'risks.unknown_indicator': 'Indicator "{code}" does not exist or is retired.',
    'risks.bad_scope': 'Scope "{scope}" does not fit this indicator (level: {level}); leave it empty for any scope.',
    'notifications.handoff.risks.alert.title': 'Risk alert: {code} "{title}"',
    'notifications.handoff.risks.alert.body': 'Indicator {indicator} ({scope}) was {comparison} {threshold} for {periods} periods in a row (latest {period}: {value}); the risk alert was raised, please respond.',
  },
};
