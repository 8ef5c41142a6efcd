/** 信息公开与发布（区域合作办公室）。 */
export const publications = {
  publications: {
    nav: '信息发布',
    title: '信息发布',
    description: '哪些记录以何种级别公开，以及发布流程：审定时冻结公开文本，门户网站即按此显示；之后对记录的修改不会改变已审定的文本。',
    propose: '提请发布', proposeSubmit: '提请', none: '暂无提请发布的记录',
    kind: '类别', kindRequired: '请选择记录类别', record: '记录', recordRequired: '请选择记录', recordHint: '输入标题或编号的一部分。', noRecords: '没有匹配的记录',
    disclosure: '公开级别', disclosureHint: '只有“公开”级别的信息出现在公开门户；“政府间”级别在成员政府间共享。',
    state: '状态', updated: '更新时间', portal: '打开公开门户', onPortal: '在门户查看',
    approve: '审定（冻结文本）', publish: '发布', reopen: '退回草稿', withdraw: '撤回',
    frozen: '已冻结的公开文本（审定时）', preview: '预览：审定时将冻结的文本', noPreview: '无公开文本', history: '流程记录',
    conflict: '该发布事项已被他人修改，已重新载入。',
    kinds: { plan: '规划', task: '任务（公开摘要）', meeting: '会议', decision: '决定', agreement: '协议', indicator: '指标', service: '公共服务', project: '重大项目', risk: '风险' },
    states: { draft: '草稿', approved: '已审定', published: '已发布', withdrawn: '已撤回' },
    disclosures: { internal: '内部', inter_government: '政府间', public: '公开' },
    steps: { propose: '提请', disclosure: '设定公开级别', approve: '审定', reopen: '退回草稿', publish: '发布', withdraw: '撤回' },
    done: { proposed: '已提请，当前为草稿', disclosure: '公开级别已保存', approved: '已审定，公开文本已冻结', published: '已在门户发布', draft: '已退回草稿', withdrawn: '已撤回' },
    sections: { taskStatus: '任务状态', shares: '各成员分工', milestones: '里程碑', venue: '地点', agenda: '议程', officeHolders: '出席领导', effects: '决定事项', term: '期限', clauses: '条款', source: '来源', method: '方法说明', availability: '各成员办理情况', riskScore: '风险值', measures: '联合应对措施' },
    snapshot: { code: '编号', status: '状态', dates: '时间', progress: '进展', members: '成员', cities: '城市', bodies: '机构', series: '{{lines}} 条序列、{{periods}} 个时期（门户显示图表和地图）' },
  },
};
