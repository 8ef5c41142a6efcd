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
  },
};
