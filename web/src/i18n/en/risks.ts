import type { Messages } from '../messages.ts';
import type { risks as zhCN } from '../zh-CN/risks.ts';

/** The joint risk register: risks, their 5×5 assessment and its history, joint measures, trigger thresholds on indicators and alerts. */
export const risks: Messages<typeof zhCN> = {
  risks: {
    nav: 'Risks',
    title: 'Joint risk register',
    description: 'Joint risks in industrial and supply chains, finance, energy, food, urban governance, ecology and public health: likelihood × impact (5×5) with its history, owner members, joint measures, and trigger thresholds on indicators (crossing one alerts the owners).',
    register: 'Register',
    create: 'New risk',
    edit: 'Edit',
    empty: 'No risks match these filters',
    backToList: 'Back to the register',
    demoNote: 'Risks and assessments tagged "Demo" are demo data, not real assessments.',
    scoreOf: 'likelihood {{likelihood}} × impact {{impact}}',
    fields: {
      code: 'Code', title: 'Title', titleZh: 'Title (Chinese)', titleEn: 'Title (English)', description: 'Description', descriptionZh: 'Description (Chinese)', descriptionEn: 'Description (English)',
      area: 'Area', likelihood: 'Likelihood', impact: 'Impact', score: 'Score', owners: 'Owner members', reviewDate: 'Review date', status: 'Status', reason: 'Reason for the change', updatedAt: 'Last updated',
    },
    form: {
      codeRule: 'Starts with a capital letter; capitals, digits, - and _ only (2–40 characters)',
      reasonHint: 'Required when the likelihood, the impact or the status changes; kept in the assessment history.',
    },
    filters: { search: 'Code or title' },
    area: {
      industry_supply_chain: 'Industrial and supply chains', finance: 'Finance', energy: 'Energy', food: 'Food', urban_governance: 'Urban governance', ecology: 'Ecology', public_health: 'Public health',
    },
    status: { open: 'Open', mitigated: 'Mitigated', closed: 'Closed' },
    comparison: { '<': 'below', '<=': 'at or below', '>': 'above', '>=': 'at or above' },
    heatmap: { title: 'Likelihood × impact heat map', count: 'Risks', cell: 'Likelihood {{likelihood}} × impact {{impact}}' },
    measures: {
      title: 'Joint measures', none: 'No joint measures yet', add: 'Add a measure', remove: 'Remove the measure', task: 'Task', clause: 'Agreement clause',
      findTask: 'Type a task code or title', agreement: 'Agreement', findAgreement: 'Type part of the agreement title', pickClause: 'Then choose the clause',
      textZh: 'Note (optional)', taskRule: 'Choose a task', clauseRule: 'Choose an agreement and one of its clauses',
    },
    triggers: {
      title: 'Trigger thresholds', none: 'No trigger thresholds yet', add: 'Add a threshold', remove: 'Remove the threshold', removeConfirm: 'Remove this threshold? Alerts it raised are kept.',
      hint: 'When an indicator crosses the threshold in a scope for N periods in a row, an alert is raised on this risk and the owner members and the Office are notified; after a recovery, a new crossing raises a new alert.',
      indicator: 'Indicator code', scope: 'Scope', scopeHint: 'A member or city code; empty: any scope (each judged on its own)', anyScope: 'any scope',
      comparison: 'Comparison', threshold: 'Threshold', periods: 'Periods in a row',
      rule: '{{indicator}} ({{scope}}) {{comparison}} {{threshold}} for {{periods}} periods in a row', crossed: 'crossed', clear: 'clear',
    },
    alerts: { title: 'Alerts', none: 'No alerts', line: '{{indicator}} ({{scope}}) {{comparison}} {{threshold}} for {{periods}} periods in a row' },
    assessments: { title: 'Assessment history', by: 'By', at: 'When' },
    dashboard: { title: 'Risks', more: 'The register', heatmap: 'Open risks heat map ({{total}} in all)' },
  },
};
