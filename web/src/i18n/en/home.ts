import type { Messages } from '../messages.ts';
import type { home as zhCN } from '../zh-CN/home.ts';

/** The home page. */
export const home: Messages<typeof zhCN> = {
  home: {
    welcome: 'Welcome, {{name}}',
    intro:
      'The system of record and working tool of the YRD cooperation mechanism: plan → assign → do → report → supervise → escalate → decide → publish.',
    yourRoles: 'Your roles',
    scope: 'Scope',
    wholeRegion: 'Whole region',
    noRoles: 'No role assigned yet. Please contact an administrator.',
    rolesHint: 'Your roles decide what you can see and edit; ask an administrator to change them.',
    region: 'Region',
    openRegion: 'Open the region overview',
    members: 'Members',
    cities: 'Cities',
    bodies: 'Bodies',
    dataVersion: 'Reference data version {{version}}, time zone {{timeZone}}',
    admin: {
      title: 'Administration',
      users: 'Users',
      usersHint: 'Create accounts, grant roles, reset passwords',
      import: 'Import users from Excel',
      importHint: 'Many accounts at once; one-time passwords as a sheet or by e-mail',
      audit: 'Audit log',
      auditHint: 'Who did what, and when',
      webhooks: 'Webhooks',
      webhooksHint: 'Send events to other systems',
      tokens: 'API tokens',
      tokensHint: 'Tokens with which statistics systems push data',
      account: 'My account',
      accountHint: 'Password, two-factor sign-in, language',
    },
  },
};
