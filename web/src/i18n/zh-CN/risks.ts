/** 联合风险清单：风险、5×5 评估及其历史、联合措施、指标预警阈值与预警。 */
export const risks = {
  risks: {
    nav: '风险防控',
    title: '区域联合风险清单',
    description: '产业链供应链、金融、能源、粮食、城市治理、生态、公共卫生等领域的联合风险：可能性 × 影响（5×5）评估及其历史、责任成员方、联合措施，以及基于指标的预警阈值（越线即向责任方推送预警）。',
    register: '风险清单',
    create: '登记风险',
    edit: '编辑',
    empty: '没有符合条件的风险',
    backToList: '返回风险清单',
    demoNote: '标有“演示”的风险及其评估是演示数据，并非真实评估。',
    scoreOf: '可能性 {{likelihood}} × 影响 {{impact}}',
    fields: {
      code: '编号', title: '名称', titleZh: '名称（中文）', titleEn: '名称（英文）', description: '描述', descriptionZh: '描述（中文）', descriptionEn: '描述（英文）',
      area: '领域', likelihood: '可能性', impact: '影响程度', score: '风险值', owners: '责任成员方', reviewDate: '复核日期', status: '状态', reason: '调整理由', updatedAt: '最近更新',
    },
    form: {
      codeRule: '以大写字母开头，仅含大写字母、数字、- 和 _（2–40 位）',
      reasonHint: '调整可能性、影响程度或状态时必填，记入评估历史。',
    },
    filters: { search: '编号或名称' },
    area: {
      industry_supply_chain: '产业链供应链', finance: '金融', energy: '能源', food: '粮食', urban_governance: '城市治理', ecology: '生态环境', public_health: '公共卫生',
    },
    status: { open: '未缓解', mitigated: '已缓解', closed: '已关闭' },
    comparison: { '<': '低于', '<=': '不高于', '>': '高于', '>=': '不低于' },
    heatmap: { title: '可能性 × 影响 热力图', count: '风险数', cell: '可能性 {{likelihood}} × 影响 {{impact}}' },
    measures: {
      title: '联合措施', none: '暂无联合措施', add: '添加措施', remove: '删除措施', task: '任务', clause: '协议条款',
      findTask: '输入任务编号或名称查找', agreement: '协议', findAgreement: '输入协议名称查找', pickClause: '再选择条款',
      textZh: '措施说明（可选）', taskRule: '请选择一个任务', clauseRule: '请选择协议及其条款',
    },
    triggers: {
      title: '预警阈值', none: '暂无预警阈值', add: '添加阈值', remove: '删除阈值', removeConfirm: '删除该阈值？已产生的预警保留。',
      hint: '指标在某范围内连续 N 期越过阈值时，在本风险上产生一条预警并通知责任成员方与区域合作办公室；恢复后再次越线会产生新的预警。',
      indicator: '指标代码', scope: '范围', scopeHint: '成员或城市代码；留空表示任意范围（各范围分别判断）', anyScope: '任意范围',
      comparison: '比较', threshold: '阈值', periods: '连续期数',
      rule: '{{indicator}}（{{scope}}）连续 {{periods}} 期{{comparison}} {{threshold}}', crossed: '越线', clear: '正常',
    },
    alerts: { title: '预警', none: '暂无预警', line: '{{indicator}}（{{scope}}）连续 {{periods}} 期{{comparison}} {{threshold}}' },
    assessments: { title: '评估历史', by: '评估人', at: '时间' },
    dashboard: { title: '风险防控', more: '风险清单', heatmap: '未缓解风险热力图（共 {{total}} 项）' },
  },
};
