import type { ModuleMessages } from '../../i18n/messages.ts';

export const plansMessages: ModuleMessages = {
  'zh-CN': {
    'plans.not_found': '找不到该规划。',
    'plans.code_taken': '规划编号“{code}”已被使用。',
    'plans.illegal_transition': '规划不能从“{from}”直接变为“{to}”。允许的下一步：{allowed}。',
    'plans.not_three_year': '只能从三年行动计划派生年度工作计划。',
    'plans.year_outside_period': '{year} 年不在该三年行动计划的期限内。',
    'plans.task_not_in_plan': '任务 {taskId} 不属于该规划。',
    'plans.area_not_found': '找不到该重点领域。',
    'plans.unknown_area': '筛选条件中的重点领域（areaId）不存在。',
    'plans.area_code_taken': '领域编号“{code}”已被使用。',
    'plans.area_parent_missing': '领域“{code}”的上级领域不存在。',
    'plans.invalid_period': '结束日期不能早于开始日期。',
  },
  en: {
    'plans.not_found': 'The plan was not found.',
    'plans.code_taken': 'The plan code "{code}" is already taken.',
    'plans.illegal_transition': 'A plan cannot go from "{from}" to "{to}". Allowed next steps: {allowed}.',
    'plans.not_three_year': 'Annual work plans are derived from a three-year action plan only.',
    'plans.year_outside_period': '{year} is outside the period of the three-year plan.',
    'plans.task_not_in_plan': 'Task {taskId} does not belong to this plan.',
    'plans.area_not_found': 'The focus area was not found.',
    'plans.unknown_area': 'The focus area in the filter (areaId) does not exist.',
    'plans.area_code_taken': 'The area code "{code}" is already taken.',
    'plans.area_parent_missing': 'The parent of area "{code}" does not exist.',
    'plans.invalid_period': 'The end date cannot be before the start date.',
  },
};
