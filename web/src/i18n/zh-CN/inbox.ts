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
    settingsButton: '邮件设置',
    settings: {
      title: '邮件提醒设置',
      hint: '勾选的通知会同时发送到您的电子邮箱；未勾选的只在消息中心显示。',
      digest: '每天汇总为一封邮件（前一天的全部通知）',
      emailOff: '本平台尚未配置邮件服务，目前只在消息中心提醒。',
      saved: '邮件设置已保存',
    },
  },
};
