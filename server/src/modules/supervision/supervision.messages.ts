import type { ModuleMessages } from '../../i18n/messages.ts';

export const supervisionMessages: ModuleMessages = {
  'zh-CN': {
    'supervision.plan_not_found': '所选规划不存在。',
  },
  en: {
    'supervision.plan_not_found': 'The chosen plan does not exist.',
  },
};
