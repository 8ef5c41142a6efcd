/**
 * Every kind of notice the platform sends, with its name in both languages:
 * the list a user picks from when choosing what comes by e-mail. A kind not
 * listed here (none should be) is e-mailed like any other.
 */
export const NOTICE_KINDS = {
  'reports.submitted': { zh: '进展报告待审核', en: 'Progress report to review' },
  'reports.returned': { zh: '进展报告被退回', en: 'Progress report returned' },
  'reports.accepted': { zh: '进展报告已通过', en: 'Progress report accepted' },
  'minutes.drafted': { zh: '会议纪要待确认', en: 'Minutes to approve' },
  'minutes.change_requested': { zh: '会议纪要需修改', en: 'Change to the minutes requested' },
  'minutes.ready': { zh: '会议纪要可定稿', en: 'Minutes ready to finalise' },
  'minutes.finalised': { zh: '会议纪要已定稿', en: 'Minutes finalised' },
  'decisions.tasks': { zh: '会议决定新增任务', en: 'Tasks from a decision' },
  'agreements.tasks': { zh: '协议条款落实任务', en: 'Tasks carrying out an agreement' },
  'agreements.expiry': { zh: '协议即将到期', en: 'Agreement about to expire' },
  'matters.raised': { zh: '重大事项提出', en: 'Major matter raised' },
  'matters.escalated': { zh: '重大事项提级', en: 'Major matter escalated' },
  'matters.de_escalated': { zh: '重大事项降级', en: 'Major matter sent down a tier' },
  'matters.withdrawn': { zh: '重大事项撤回', en: 'Major matter withdrawn' },
  'matters.resolved': { zh: '重大事项已解决', en: 'Major matter resolved' },
  'users.role_granted': { zh: '获授角色', en: 'Role granted' },
  'users.role_revoked': { zh: '角色被撤销', en: 'Role revoked' },
  'supervision.overdue_share': { zh: '督办：分工逾期', en: 'Supervision: share overdue' },
  'supervision.overdue_milestone': { zh: '督办：里程碑逾期', en: 'Supervision: milestone overdue' },
  'supervision.missing_report': { zh: '督办：报告未按期提交', en: 'Supervision: report missing' },
  'supervision.stalled': { zh: '督办：长时间无进展', en: 'Supervision: no progress' },
  'supervision.overdue_project_milestone': { zh: '督办：重点项目里程碑逾期', en: 'Supervision: key project milestone overdue' },
  'risks.alert': { zh: '风险预警', en: 'Risk alert' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type NoticeKind = keyof typeof NOTICE_KINDS;
export const NOTICE_KIND_NAMES = Object.keys(NOTICE_KINDS) as NoticeKind[];
