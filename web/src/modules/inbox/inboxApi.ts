import { api } from '../../api/client.ts';
import type { ApiResult } from '../../api/openapi.ts';
import type { InboxPage, Page, Webhook, WebhookDelivery } from '../../api/types.ts';

type EmailPreferences = ApiResult<'notifications.getPreferences'>;

const id = (value: string) => encodeURIComponent(value);

export const inboxApi = {
  list: (cursor: string | null, signal?: AbortSignal) => api.get<InboxPage>('/api/v1/inbox', { cursor, limit: 30 }, signal),
  /** One item is enough: the answer carries the unread count. */
  unreadCount: (signal?: AbortSignal) => api.get<InboxPage>('/api/v1/inbox', { limit: 1 }, signal).then((r) => r.unreadCount),
  markRead: (notificationId: string) => api.post<ApiResult<'notifications.markRead'>>(`/api/v1/inbox/${id(notificationId)}/read`),
  markAllRead: () => api.post<ApiResult<'notifications.markAllRead'>>('/api/v1/inbox/read-all'),
  preferences: (signal?: AbortSignal) => api.get<EmailPreferences>('/api/v1/notifications/preferences', undefined, signal),
  savePreferences: (input: { version: number; digest: boolean; emailMuted: EmailPreferences['emailMuted'] }) =>
    api.put<EmailPreferences>('/api/v1/notifications/preferences', input),
};

export const webhooksApi = {
  list: (signal?: AbortSignal) => api.get<ApiResult<'notifications.listWebhooks'>>('/api/v1/webhooks', undefined, signal),
  create: (input: { name: string; url: string; events: string[]; active?: boolean }) =>
    api.post<ApiResult<'notifications.createWebhook'>>('/api/v1/webhooks', input),
  update: (webhookId: string, input: { version: number; name?: string; url?: string; events?: string[]; active?: boolean }) =>
    api.patch<Webhook>(`/api/v1/webhooks/${id(webhookId)}`, input),
  remove: (webhookId: string) => api.delete<ApiResult<'notifications.deleteWebhook'>>(`/api/v1/webhooks/${id(webhookId)}`),
  deliveries: (webhookId: string, signal?: AbortSignal) =>
    api.get<Page<WebhookDelivery>>(`/api/v1/webhooks/${id(webhookId)}/deliveries`, { limit: 20 }, signal),
};
