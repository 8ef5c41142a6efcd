import type { ModuleMessages } from '../../i18n/messages.ts';

/** Messages of sign-in hardening: rate limits, locks, two-factor sign-in (issue 14). */
export const authMessages: ModuleMessages = {
  'zh-CN': {
    'auth.rate_limited': '未登录的请求过于频繁，请于 {seconds} 秒后再试。',
    'auth.lock_not_found': '找不到该登录锁定（可能已过期或已解除）。',
    'auth.second_factor_required': '请输入身份验证器应用中的 6 位动态验证码。',
    'auth.second_factor_invalid': '动态验证码或恢复码不正确。',
    'auth.second_factor_challenge_expired': '登录验证已过期，请重新输入用户名和密码。',
    'auth.second_factor_enrolment_required': '请先启用双因素认证（身份验证器应用）后再继续使用。',
    'auth.second_factor_not_enrolled': '尚未启用双因素认证。',
    'auth.second_factor_already_enrolled': '已启用双因素认证；如需更换，请先由管理员重置。',
    'auth.second_factor_no_enrolment': '没有待确认的双因素认证注册，请重新开始。',
    'auth.reauth_required': '此操作需要在 15 分钟内验证过动态验证码，请重新验证后再试。',
    'auth.code_format': '“{field}”应为 6 位数字验证码或恢复码。',
  },
  en: {
    'auth.rate_limited': 'Too many requests without signing in. Try again in {seconds} seconds.',
    'auth.lock_not_found': 'No such sign-in lock (it may have expired or been lifted).',
    'auth.second_factor_required': 'Enter the 6-digit code from your authenticator app.',
    'auth.second_factor_invalid': 'The code or recovery code is not correct.',
    'auth.second_factor_challenge_expired': 'The sign-in step has expired; enter your username and password again.',
    'auth.second_factor_enrolment_required': 'Set up two-factor sign-in (an authenticator app) before you continue.',
    'auth.second_factor_not_enrolled': 'Two-factor sign-in is not set up.',
    'auth.second_factor_already_enrolled': 'Two-factor sign-in is already set up; an administrator must reset it before it can be replaced.',
    'auth.second_factor_no_enrolment': 'No two-factor set-up is waiting for confirmation; start again.',
    'auth.reauth_required': 'This action needs your authenticator code from the last 15 minutes; verify again and retry.',
    'auth.code_format': '"{field}" must be a 6-digit code or a recovery code.',
  },
};
