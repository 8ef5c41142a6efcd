/** The home page. */
export const home = {
  home: {
    welcome: '欢迎，{{name}}',
    intro: '本平台是长三角一体化发展区域合作机制的记录系统与工作平台：规划 → 分工 → 落实 → 报告 → 督办 → 协调 → 决策 → 发布。',
    yourRoles: '我的角色',
    scope: '范围',
    wholeRegion: '全区域',
    noRoles: '尚未分配角色，请联系系统管理员。',
    rolesHint: '角色决定您能查看和编辑的内容；调整角色请联系系统管理员。',
    region: '区域',
    openRegion: '查看区域概况',
    members: '成员方',
    cities: '城市',
    bodies: '机构',
    dataVersion: '参考数据版本 {{version}}，时区 {{timeZone}}',
  },
};
