import type { Messages } from '../messages.ts';
import type { inbox as zhCN } from '../zh-CN/inbox.ts';

/** The inbox. */
export const inbox: Messages<typeof zhCN> = {
  inbox: {
    title: 'Inbox',
    description: 'Supervision reminders and notices for you, unread first.',
    empty: 'No messages',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    allReadDone: '{{count}} message(s) marked read',
    unreadTitle: '{{count}} unread',
  },
};
