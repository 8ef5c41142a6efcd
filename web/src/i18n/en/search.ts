import type { Messages } from '../messages.ts';
import type { search as zhCN } from '../zh-CN/search.ts';

/** Global search (Ctrl-K), breadcrumbs, the first administrator's notice and the user import. */
export const search: Messages<typeof zhCN> = {
  search: {
    open: 'Search',
    openHint: 'Search (Ctrl+K)',
    dialogTitle: 'Search everything',
    placeholder: 'Part of a title or code, e.g. "Taihu"',
    inputLabel: 'Search tasks, plans, meetings, decisions, agreements, matters and documents',
    empty: 'No matching record.',
    typeMore: 'Type to search.',
    results: '{{count}} results',
    results_one: '1 result',
    results_other: '{{count}} results',
    keyboard: '↑↓ to choose, Enter to open, Esc to close',
    kinds: {
      task: 'Task',
      plan: 'Plan',
      meeting: 'Meeting',
      decision: 'Decision',
      agreement: 'Agreement',
      matter: 'Major matter',
      document: 'Document',
      service: 'Public service',
      project: 'Key project',
    },
  },
  breadcrumbs: {
    label: 'You are here',
    home: 'Home',
  },
  firstAdmin: {
    title: 'Work pages need a work role',
    body: 'The administrator role manages users and reads the audit log only. Plans, tasks, meetings, matters and the other work pages need the Office, observer, liaison or editor role. Grant yourself the Office role in one step, or grant another role on the user page.',
    grantOffice: 'Grant myself the Office role',
    granted: 'The Office role was granted.',
    openUser: 'Open my user page',
  },
  userImport: {
    button: 'Import from Excel',
    title: 'Import users from Excel',
    intro: 'One user per row: username, display name (required), e-mail, roles. Separate several roles with semicolons, e.g. office; liaison:320000; editor:320000:<body code>.',
    allOrNothing: 'All rows must be valid: with any error no user is created, and every error is listed.',
    template: 'Download the template',
    choose: 'Choose an .xlsx file',
    submit: 'Import and download the one-time passwords',
    done: '{{count}} users created. The sheet of one-time passwords was downloaded: hand each to its owner securely.',
    errorsTitle: 'No user was imported. Fix these errors:',
    row: 'Row',
    column: 'Column',
    message: 'Error',
  },
};
