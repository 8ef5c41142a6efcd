import type { Messages } from '../messages.ts';
import type { shell as zhCN } from '../zh-CN/shell.ts';

/** The frame: product name, navigation and header. */
export const shell: Messages<typeof zhCN> = {
  app: {
    name: 'YRD Cooperation Platform',
    documentTitle: 'YRD Cooperation Platform',
    tagline: 'Integrated development of the Yangtze River Delta · workspace of the cooperation mechanism',
    footer: 'YRD Cooperation Platform · open-source software (Apache-2.0)',
  },
  nav: {
    home: 'Home',
    region: 'Region',
    users: 'Users',
    audit: 'Audit log',
    account: 'My account',
    mywork: 'My work',
    plans: 'Plans',
    tasks: 'Tasks',
    board: 'Supervision board',
    inbox: 'Inbox',
    webhooks: 'Webhooks',
    meetings: 'Meetings & decisions',
    matters: 'Major matters',
    dashboard: "Leaders' dashboard",
    indicators: 'Indicators',
    agreements: 'Agreements',
  },
  header: {
    switchLanguage: '切换语言 / Switch language',
    languageNotSaved: 'The language could not be saved to your account:',
    signOut: 'Sign out',
    openMenu: 'Open the menu',
    menu: 'Navigation',
    skipToContent: 'Skip to main content',
    userMenu: 'User menu: {{name}}',
    scrollRegion: 'Scrollable content',
  },
};
