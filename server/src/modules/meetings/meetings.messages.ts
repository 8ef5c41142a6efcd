import type { ModuleMessages } from '../../i18n/messages.ts';

export const meetingsMessages: ModuleMessages = {
  'zh-CN': {
    'meetings.not_found': '找不到该会议。',
    'meetings.parent_not_found': '找不到所属的主会议。',
    'meetings.ends_before_start': '会议结束时间不能早于开始时间。',
    'meetings.unknown_member': '成员代码“{code}”不存在。',
    'meetings.no_minutes': '该会议尚无纪要草稿。',
    'meetings.minutes_final': '会议纪要已定稿，不能再修改。',
    'meetings.not_participant': '成员 {memberCode} 未参加该会议，无需确认纪要。',
    'meetings.not_own_member': '只能代表本成员（{memberCode}）确认纪要。',
    'meetings.comment_required': '要求修改时须填写意见。',
    'meetings.not_all_approved': '尚有成员未同意纪要：{missing}。',
    'meetings.no_rotation': '本区域未配置主要领导座谈会轮值顺序。',
    'meetings.parent_cycle': '会议不能隶属于自身或其下属会议。',
    'meetings.participants_fixed': '会议纪要已定稿，参会人员不能再修改。',
  },
  en: {
    'meetings.not_found': 'The meeting was not found.',
    'meetings.parent_not_found': 'The main meeting was not found.',
    'meetings.ends_before_start': 'A meeting cannot end before it starts.',
    'meetings.unknown_member': 'There is no member with code "{code}".',
    'meetings.no_minutes': 'The meeting has no draft minutes yet.',
    'meetings.minutes_final': 'The minutes are final and can no longer change.',
    'meetings.not_participant': 'Member {memberCode} did not take part in the meeting and does not approve its minutes.',
    'meetings.not_own_member': 'You can approve minutes only for your own member ({memberCode}).',
    'meetings.comment_required': 'A change request needs a comment.',
    'meetings.not_all_approved': 'Not every member has approved the minutes yet: {missing}.',
    'meetings.no_rotation': 'This region has no host rotation for the annual symposium.',
    'meetings.parent_cycle': 'A meeting cannot belong to itself or to one of its own sessions.',
    'meetings.participants_fixed': 'The minutes are final: who took part can no longer change.',
  },
};
