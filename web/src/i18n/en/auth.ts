import type { Messages } from '../messages.ts';
import type { auth as zhCN } from '../zh-CN/auth.ts';

/** Sign-in, password changes, one's own account and the names of roles. */
export const auth: Messages<typeof zhCN> = {
  login: {
    title: 'YRD Cooperation Platform',
    subtitle: 'Sign in with the account your administrator gave you.',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    sessionEnded: 'Your session has expired or was ended elsewhere. Please sign in again.',
  },
  forcedChange: {
    title: 'Choose a new password',
    subtitle: 'Hello {{name}}. After a first sign-in, or when a password has expired, you must choose a new password to continue.',
    notice: 'The one-time password only works for this sign-in and stops working once you set a new one.',
    oneTimePassword: 'One-time password (current password)',
    submit: 'Set the new password and continue',
  },
  password: {
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    confirmRequired: 'Enter the new password again',
    mismatch: 'The two new passwords differ',
    rules: {
      title: 'The new password must:',
      length: 'have {{min}}–{{max}} characters',
      classes: 'use at least {{min}} of: upper-case letters, lower-case letters, digits, symbols',
      common: 'not be a common or leaked password',
      username: 'not contain your username',
      notCurrent: 'differ from the current password',
      history: 'differ from your last {{count}} passwords',
      maxAge: 'be changed every {{days}} days',
    },
  },
  account: {
    title: 'My account',
    profile: 'Account',
    language: 'Interface language',
    languageSaved: 'Language preference saved',
    changePassword: 'Change password',
    changePasswordSubmit: 'Change password',
    passwordChanged: 'Password changed. Sessions on other devices have been signed out.',
  },
  roles: {
    admin: 'Administrator',
    office: 'Cooperation Office',
    liaison: 'Member liaison',
    editor: 'Department editor',
    observer: 'Observer',
  },
};
