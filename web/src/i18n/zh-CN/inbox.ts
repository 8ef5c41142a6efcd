/** The inbox. */
export const inbox = {
  inbox: {
    title: '消息',
    description: '督办提醒和与您相关的通知，未读在前。',
    empty: '暂无消息',
    markRead: '标为已读',
    markAllRead: '全部标为已读',
    allReadDone: '已将 {{count}} 条消息标为已读',
    unreadTitle: '{{count}} 条未读消息',
  },
};
