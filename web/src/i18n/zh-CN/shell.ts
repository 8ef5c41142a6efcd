/** The frame: product name, navigation and header. */
export const shell = {
  app: {
    name: '长三角区域合作平台',
    documentTitle: '长三角区域合作平台',
    tagline: '长三角一体化发展 · 区域合作机制工作平台',
    footer: '长三角区域合作平台 · 开源软件（Apache-2.0）',
  },
  nav: {
    home: '首页',
    region: '区域概况',
    users: '用户管理',
    audit: '审计日志',
    account: '我的账号',
    mywork: '我的工作',
    plans: '规划计划',
    tasks: '重点任务',
    board: '督办看板',
    inbox: '消息',
    webhooks: 'Webhook 推送',
    meetings: '会议与决定',
    matters: '重大事项',
    agreements: '合作协议',
    dashboard: '领导驾驶舱',
    indicators: '指标',
  },
  header: {
    switchLanguage: '切换语言 / Switch language',
    languageNotSaved: '语言偏好未能保存到账号：',
    signOut: '退出登录',
  },
};
