/** The publication step (the Office). */
export const publications = {
  publications: {
    nav: 'Publications',
    title: 'Publications',
    description: 'What is disclosed, at which level, and the publication step: approving freezes the public text exactly as the portal will show it; later edits of the record do not change it.',
    propose: 'Propose for publication', proposeSubmit: 'Propose', none: 'Nothing proposed yet',
    kind: 'Kind', kindRequired: 'Choose a kind of record', record: 'Record', recordRequired: 'Choose the record', recordHint: 'Type part of its title or code.', noRecords: 'No matching records',
    disclosure: 'Disclosure', disclosureHint: 'Only public ones appear on the public portal; inter-government ones are shared among the members\' governments.',
    state: 'State', updated: 'Updated', portal: 'Open the public portal', onPortal: 'View on the portal',
    approve: 'Approve (freeze the text)', publish: 'Publish', reopen: 'Back to draft', withdraw: 'Withdraw',
    frozen: 'Frozen public text (as approved)', preview: 'Preview: what approval will freeze', noPreview: 'No public text', history: 'History',
    conflict: 'Someone else changed this publication; it has been reloaded.',
    kinds: { plan: 'Plan', task: 'Task (public summary)', meeting: 'Meeting', decision: 'Decision', agreement: 'Agreement', indicator: 'Indicator', service: 'Public service', project: 'Major project', risk: 'Risk' },
    states: { draft: 'Draft', approved: 'Approved', published: 'Published', withdrawn: 'Withdrawn' },
    disclosures: { internal: 'Internal', inter_government: 'Inter-government', public: 'Public' },
    steps: { propose: 'Proposed', disclosure: 'Disclosure set', approve: 'Approved', reopen: 'Back to draft', publish: 'Published', withdraw: 'Withdrawn' },
    done: { proposed: 'Proposed as a draft', disclosure: 'Disclosure level saved', approved: 'Approved: the public text is frozen', published: 'Published on the portal', draft: 'Back to draft', withdrawn: 'Withdrawn' },
    sections: { taskStatus: 'Tasks by status', shares: 'Members\' shares', milestones: 'Milestones', venue: 'Venue', agenda: 'Agenda', officeHolders: 'Leaders attending', effects: 'What it settles', term: 'Term', clauses: 'Clauses', source: 'Source', method: 'Method', availability: 'Where it is available', riskScore: 'Score', measures: 'Joint measures' },
    snapshot: { code: 'Code', status: 'Status', dates: 'Dates', progress: 'Progress', members: 'Members', cities: 'Cities', bodies: 'Bodies', series: '{{lines}} series over {{periods}} periods (chart and map on the portal)' },
  },
};
