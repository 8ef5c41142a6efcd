/** The unread count shown in the menu and the header (one shared poll: shell/polledCount.ts). */
import { polledCount } from '../../shell/polledCount.ts';
import { inboxApi } from './inboxApi.ts';

const unread = polledCount<number>(0, () => inboxApi.unreadCount());

export const setUnreadCount = unread.set;
export const refreshUnreadCount = unread.refresh;
export const useUnreadCount = (trigger: string): number => unread.use(trigger);
