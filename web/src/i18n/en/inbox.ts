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
    allReadDone: '{{count}} messages marked read',
    allReadDone_one: '{{count}} message marked read',
    unreadTitle: '{{count}} unread',
    settingsButton: 'E-mail settings',
    settings: {
      title: 'E-mail notifications',
      hint: 'Ticked notices also come to your e-mail address; the others appear in the inbox only.',
      digest: 'One e-mail a day listing the day before’s notices',
      emailOff: 'This platform has no e-mail server configured yet: notices reach the inbox only.',
      saved: 'E-mail settings saved',
    },
  },
};
