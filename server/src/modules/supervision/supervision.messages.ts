import type { ModuleMessages } from '../../i18n/messages.ts';

export const supervisionMessages: ModuleMessages = {
  'zh-CN': {
    'supervision.plan_not_found': '所选规划不存在。',
    'supervision.flag_not_found': '找不到该督办标记。',
  },
  en: {
    'supervision.plan_not_found': 'The chosen plan does not exist.',
    'supervision.flag_not_found': 'The supervision flag was not found.',
  },
};
