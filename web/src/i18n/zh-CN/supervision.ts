/** Supervision: flags and the board. */
export const supervision = {
  flags: {
    title: '{{count}} 个未解除的督办标记',
    severity: '等级',
    kind: '类型',
    raised: '产生时间',
    level: '升级层级',
    kinds: {
      overdue_share: '分工逾期',
      overdue_milestone: '里程碑逾期',
      missing_report: '未按期报告',
      stalled: '长期无进展',
    },
    period: '报告期 {{period}}',
    raisedAt: '产生于 {{time}}',
    levels: { 0: '已提醒责任单位', 1: '已升级至联络员', 2: '已升级至办公室' },
  },
  board: {
    title: '督办看板',
    description: '重点领域 × 成员方：各格为该成员方参与的任务数及督办标记情况；点击可查看对应任务。',
    allPlans: '全部规划',
    area: '重点领域',
    noArea: '未归入领域',
    counts: '红 {{red}} · 黄 {{yellow}} · 无 {{none}}',
    cellHint: '共 {{total}} 项任务：红色 {{red}}，黄色 {{yellow}}，无标记 {{none}}。点击查看任务。',
    cellLabel: '{{total}} 项任务，红色 {{red}}，黄色 {{yellow}}',
    emptyCell: '该成员方在此领域暂无任务',
    legend: { red: '有红色督办', yellow: '有黄色提醒', green: '无督办标记', empty: '无任务' },
    scan: '立即扫描',
    scanDone: '扫描完成（{{today}}）：新增 {{raised}}，解除 {{resolved}}，升级 {{escalated}}；现有红色 {{openRed}}、黄色 {{openYellow}}',
  },
};
