import type { ModuleMessages } from '../../i18n/messages.ts';

export const tokensMessages: ModuleMessages = {
  'zh-CN': {
    'tokens.not_found': '找不到该 API 令牌。',
    'tokens.unknown_member': '字段“{field}”：成员“{code}”不存在。',
    'tokens.unknown_indicator': '字段“{field}”：指标代码“{code}”不存在。',
    'tokens.expiry_past': '字段“{field}”：到期时间必须晚于现在。',
    'tokens.expiry_too_far': '字段“{field}”：到期时间最多为 {maxDays} 天之后。',
    'tokens.already_revoked': '该 API 令牌已被吊销。',
    'tokens.invalid': 'API 令牌缺失、无效、已过期或已被吊销（请在 Authorization 头中以 Bearer 方式提供有效令牌）。',
    'tokens.indicator_not_allowed': '字段“{field}”：该令牌无权写入指标“{code}”。',
  },
  en: {
    'tokens.not_found': 'The API token was not found.',
    'tokens.unknown_member': 'Field "{field}": there is no member "{code}".',
    'tokens.unknown_indicator': 'Field "{field}": there is no indicator "{code}".',
    'tokens.expiry_past': 'Field "{field}": the expiry must be in the future.',
    'tokens.expiry_too_far': 'Field "{field}": the expiry may be at most {maxDays} days ahead.',
    'tokens.already_revoked': 'The API token has already been revoked.',
    'tokens.invalid': 'The API token is missing, unknown, expired or revoked (send a valid one as "Authorization: Bearer <token>").',
    'tokens.indicator_not_allowed': 'Field "{field}": this token may not write indicator "{code}".',
  },
};
