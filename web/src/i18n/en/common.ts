import type { Messages } from '../messages.ts';
import type { common as zhCN } from '../zh-CN/common.ts';

/** Words and error messages shared by every page. */
export const common: Messages<typeof zhCN> = {
  common: {
    demo: 'Demo',
    retry: 'Retry',
    reload: 'Reload',
    save: 'Save',
    cancel: 'Cancel',
    search: 'Search',
    reset: 'Reset',
    actions: 'Actions',
    loadMore: 'Load more',
    loadedCount: 'Loaded: {{count}}',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
    progress: 'Progress',
    sort: 'Sort by',
    uploadProgress: 'Upload progress',
  },
  errors: {
    network: 'The server cannot be reached. Check the connection and try again.',
    unexpected: 'Something unexpected went wrong. Reload the page and try again.',
    sessionUnavailable: 'Your sign-in status cannot be checked right now',
    forbiddenPage: 'Your roles do not give access to this page. Ask an administrator if you need it.',
    notFoundPage: 'There is no such page. Check the address or use the menu.',
    backHome: 'Back to Home',
  },
};
