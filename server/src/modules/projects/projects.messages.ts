import type { ModuleMessages } from '../../i18n/messages.ts';

export const projectsMessages: ModuleMessages = {
  'zh-CN': {
    'projects.not_found': '找不到该重点项目。',
    'projects.code_taken': '项目代码“{code}”已被使用。',
    'projects.not_lead': '只有区域合作办公室和牵头成员方的联络员、编辑可以修改该项目。',
    'projects.unknown_member': '成员方“{code}”不存在。',
    'projects.city_not_of_members': '城市“{code}”不存在或不属于项目的任何成员方。',
    'projects.unknown_task': '关联任务 {id} 不存在。',
    'projects.unknown_agreement': '关联协议 {id} 不存在。',
    'projects.unknown_milestone': '里程碑 {id} 不属于该项目。',
    'projects.completion_before_start': '计划完成日期不能早于开工日期。',
    'projects.investment_of_non_member': '成员方“{code}”的投资额重复填写。',
    'projects.notice.overdue_milestone.title': '【红色】重点项目 {code} 里程碑已逾期{level}',
    'projects.notice.overdue_milestone.body': '重点项目 {code}「{title}」，{member}：里程碑“{milestone}”已逾期。\n截止日期：{dueDate}',
  },
  en: {
    'projects.not_found': 'The key project was not found.',
    'projects.code_taken': 'The project code "{code}" is already used.',
    'projects.not_lead': 'Only the Regional Cooperation Office and the lead member’s liaisons and editors may change this project.',
    'projects.unknown_member': 'There is no member with code "{code}".',
    'projects.city_not_of_members': 'City "{code}" does not exist or belongs to none of the project’s members.',
    'projects.unknown_task': 'Linked task {id} does not exist.',
    'projects.unknown_agreement': 'Linked agreement {id} does not exist.',
    'projects.unknown_milestone': 'Milestone {id} is not one of this project’s.',
    'projects.completion_before_start': 'The planned completion cannot be before the start.',
    'projects.investment_of_non_member': 'Member "{code}" is listed twice.',
    'projects.notice.overdue_milestone.title': '[RED] Key project {code}: milestone overdue{level}',
    'projects.notice.overdue_milestone.body': 'Key project {code} "{title}", {member}: milestone "{milestone}" is overdue.\nDue: {dueDate}',
  },
};
