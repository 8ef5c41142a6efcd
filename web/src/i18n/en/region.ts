import type { Messages } from '../messages.ts';
import type { region as zhCN } from '../zh-CN/region.ts';

/** The region: members, cities and the bodies of the cooperation mechanism. */
export const region: Messages<typeof zhCN> = {
  tiers: {
    decision: {
      name: 'Decision tier',
      description: 'Annual Symposium of Key Leaders: adopts plans, settles major matters, signs agreements, fixes the next host',
    },
    coordination: {
      name: 'Coordination tier',
      description: 'Joint Meeting and symposia of secretaries-general and research-office directors: coordinate and prepare decisions',
    },
    execution: {
      name: 'Execution tier',
      description: 'Regional Cooperation Office, working groups and member departments: run the plans, supervise tasks, report',
    },
    observer: { name: 'Observers', description: 'Invited to meetings; read everything' },
  },
  bodyKinds: {
    symposium: 'Symposium',
    joint_meeting: 'Joint meeting',
    office: 'Office',
    working_group: 'Working group',
    member_department: 'Member department',
    observer: 'Observer',
  },
  rhythms: {
    yearly: 'Yearly',
    continuous: 'Continuous',
  },
  region: {
    title: 'Region',
    subtitle: '{{name}} · reference data version {{version}}',
    members: 'Members',
    code: 'Code',
    nameZh: 'Chinese name',
    nameEn: 'English name',
    kind: 'Kind',
    kinds: { municipality: 'Municipality', province: 'Province' },
    shortName: 'Short name',
    cityCount: 'Cities',
    member: 'Member',
    mapTitle: 'Cities (illustrative map)',
    allMembers: 'All',
    noData: 'No data',
    mapDisclaimerTitle: 'Illustrative map, not approved map data (示意图，非审定地图)',
    mapDisclaimer:
      'Boundaries are derived from ECharts 4.9 sample data and only show where the cities are; they are not approved administrative divisions or borders.',
    citiesTitle: 'Cities ({{count}})',
    namesNotUnique: 'City names repeat; the code identifies',
    bodies: 'Bodies of the cooperation mechanism',
    bodyName: 'Body',
    bodyKind: 'Kind',
    bodyRhythm: 'Rhythm',
    bodyRelations: 'Relations',
    bodyDescription: 'Role',
    reportsTo: 'Under: {{name}}',
    configuration: 'configured',
    configurationHint: 'Set up for this deployment; the source record does not name this body',
    ofMember: 'Of: {{name}}',
  },
};
