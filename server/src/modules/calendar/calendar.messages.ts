import type { ModuleMessages } from '../../i18n/messages.ts';

export const calendarMessages: ModuleMessages = {
  'zh-CN': { 'calendar.feed_not_found': '日历订阅地址无效或已更换。' },
  en: { 'calendar.feed_not_found': 'The calendar feed address is not valid or has been replaced.' },
};
