import type { ModuleMessages } from '../../i18n/messages.ts';

export const notificationsMessages: ModuleMessages = {
  'zh-CN': {
    'notifications.not_found': '找不到该通知。',
    'webhooks.not_found': '找不到该 Webhook 端点。',
    'webhooks.bad_url': 'Webhook 地址须为 http:// 或 https:// 开头的完整网址。',
    'webhooks.unknown_event': '未知的事件类型“{event}”。',
  },
  en: {
    'notifications.not_found': 'The notification was not found.',
    'webhooks.not_found': 'The webhook endpoint was not found.',
    'webhooks.bad_url': 'The webhook URL must be a full http:// or https:// address.',
    'webhooks.unknown_event': 'Unknown event type "{event}".',
  },
};
