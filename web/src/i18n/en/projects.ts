import type { Messages } from '../messages.ts';
import type { projects as zhCN } from '../zh-CN/projects.ts';

/** Key projects: infrastructure links, industrial-chain and innovation consortia, ecological works, cooperation parks, demonstration-zone projects. */
export const projects: Messages<typeof zhCN> = {
  projects: {
    nav: 'Key projects',
    title: 'Key projects',
    description: 'Cross-member key projects: type, members and cities involved, lead member, investment, phase, milestones, linked tasks and agreements, and progress rolled up by a stated rule.',
    create: 'New project',
    edit: 'Edit',
    empty: 'No projects match these filters',
    backToList: 'Back to key projects',
    demoNote: 'Projects tagged "Demo" are demo data: their investment and progress are invented.',
    mapTitle: 'Projects by location city',
    mapNote: 'Boundaries are illustrative, not approved map data.',
    mapCount: 'Projects',
    unlocated: '{{count}} projects have no location city',
    listTitle: 'Project list',
    progressRule: 'Progress rule',
    noProgress: 'No progress yet',
    overdue: 'Overdue',
    flags: 'Supervision',
    openFlags: '{{count}} overdue milestone flags',
    flagLevel: { 0: 'Lead member staff', 1: 'Escalated to the member liaison', 2: 'Escalated to the Regional Cooperation Office' },
    filters: { type: 'Type', phase: 'Phase', member: 'Member involved' },
    fields: {
      code: 'Code', title: 'Title', titleZh: 'Title (Chinese)', titleEn: 'Title (English)', type: 'Type', phase: 'Phase', lead: 'Lead member', members: 'Members', cities: 'Cities involved',
      location: 'Location city (map)', start: 'Start', completion: 'Planned completion', investment: 'Investment', total: 'Total investment', currency: 'Currency', unit: 'Unit', perMember: 'Investment per member',
      progress: 'Progress', milestones: 'Milestones', milestone: 'Milestone', dueDate: 'Due', doneOn: 'Done on', tasks: 'Linked tasks', agreements: 'Linked agreements',
      descriptionZh: 'Description (Chinese)', descriptionEn: 'Description (English)', description: 'Description', taskIds: 'Linked tasks', agreementIds: 'Linked agreements', status: 'Status',
    },
    type: { infrastructure: 'Infrastructure link', industrial_chain: 'Industrial-chain / innovation consortium', ecological: 'Ecological work', cooperation_park: 'Cooperation park', demonstration_zone: 'Demonstration-zone project' },
    phase: { planning: 'Planning', approved: 'Approved', under_construction: 'Under construction', in_operation: 'In operation' },
    unit: { hundred_million: '100 million', ten_thousand: '10 thousand', one: 'units' },
    addMilestone: 'Add milestone',
    remove: 'Remove',
    dashboard: { title: 'Key projects', more: 'All projects', byPhase: 'By phase' },
  },
};
