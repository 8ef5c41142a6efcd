import type { ModuleMessages } from '../../i18n/messages.ts';

export const jobsMessages: ModuleMessages = {
  'zh-CN': {
    'jobs.not_found': '找不到该后台作业。',
    'jobs.not_failed': '只有失败的作业可以重新执行（当前状态：{status}）。',
  },
  en: {
    'jobs.not_found': 'The background job was not found.',
    'jobs.not_failed': 'Only a failed job can be run again (its state is {status}).',
  },
};
