/** Inbox and webhooks (server module notifications). */
import type { Page } from './common.ts';

export interface Notification {
  id: string;
  kind: string;
  /** In the user's language. */
  title: string;
  body: string;
  /** A path inside this web app, e.g. /tasks/<id>. */
  link: string | null;
  flagId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage extends Page<Notification> {
  unreadCount: number;
}

export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: string[];
  active: boolean;
  version: number;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed' | 'skipped';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
