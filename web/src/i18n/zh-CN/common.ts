/** Words and error messages shared by every page. */
export const common = {
  common: {
    demo: '演示',
    retry: '重试',
    reload: '重新加载',
    save: '保存',
    cancel: '取消',
    search: '查询',
    reset: '重置',
    actions: '操作',
    loadMore: '加载更多',
    loadedCount: '已加载 {{count}} 条',
    copy: '复制',
    copied: '已复制',
    close: '关闭',
    progress: '进度',
    sort: '排序',
    uploadProgress: '上传进度',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    unexpected: '发生意外错误，请刷新页面后重试。',
    sessionUnavailable: '暂时无法确认登录状态',
    forbiddenPage: '您的角色无权访问此页面。如需开通，请联系系统管理员。',
    notFoundPage: '页面不存在，请检查地址或从菜单进入。',
    backHome: '返回首页',
  },
};
