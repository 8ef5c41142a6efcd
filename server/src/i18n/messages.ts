/**
 * Server-side messages by stable code, in both working languages. Error
 * responses and validation messages are looked up here.
 */
import { plansMessages } from '../modules/plans/plans.messages.ts';
import { regionMessages } from '../modules/region/region.messages.ts';
import { tasksMessages } from '../modules/tasks/tasks.messages.ts';
import { excelMessages } from '../modules/excel/excel.messages.ts';
import { meetingsMessages } from '../modules/meetings/meetings.messages.ts';
import { decisionsMessages } from '../modules/decisions/decisions.messages.ts';
import { mattersMessages } from '../modules/matters/matters.messages.ts';
import { agreementsMessages } from '../modules/agreements/agreements.messages.ts';
import { printingMessages } from '../modules/printing/printing.messages.ts';
import { resultsMessages } from '../modules/results/results.messages.ts';
import { publicationsMessages } from '../modules/publications/publications.messages.ts';
import { portalMessages } from '../modules/portal/portal.messages.ts';
import { calendarMessages } from '../modules/calendar/calendar.messages.ts';
import { documentsMessages } from '../modules/documents/documents.messages.ts';
import { indicatorsMessages } from '../modules/indicators/indicators.messages.ts';
import { jobsMessages } from '../modules/jobs/jobs.messages.ts';
import { notificationsMessages } from '../modules/notifications/notifications.messages.ts';
import { supervisionMessages } from '../modules/supervision/supervision.messages.ts';
import { reportsMessages } from '../modules/reports/reports.messages.ts';
import { usersMessages } from '../modules/users/users.messages.ts';
import { authMessages } from '../modules/auth/auth.messages.ts';
import { compositeIndexMessages } from '../modules/composite-index/composite-index.messages.ts';
import { tokensMessages } from '../modules/tokens/tokens.messages.ts';
import { observationsImportMessages } from '../modules/indicators/observations.import.messages.ts';
import { servicesMessages } from '../modules/services/services.messages.ts';
import { risksMessages } from '../modules/risks/risks.messages.ts';
import { projectsMessages } from '../modules/projects/projects.messages.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: Locale[] = ['zh-CN', 'en'];

type Catalogue = Record<string, string>;

/** A module's own messages, in both languages; registered below in MODULE_MESSAGES. */
export interface ModuleMessages {
  'zh-CN': Catalogue;
  en: Catalogue;
}

const zhCN: Catalogue = {
  'common.not_found': '找不到该记录。',
  'common.route_not_found': '接口 {method} {url} 不存在。',
  'common.version_conflict': '该记录已被他人修改（当前版本 {currentVersion}），请刷新后再保存。',
  'common.forbidden': '您无权执行此操作。',
  'common.unauthenticated': '请先登录。',
  'common.bad_cursor': '分页游标无效，请从第一页重新开始。',
  'common.internal': '服务器内部错误，已记录，请稍后重试。',
  'common.unavailable': '数据库暂时不可用（正在恢复），请稍后重试。',
  'common.too_many_requests': '请求过于频繁，请稍后再试。',
  'common.unsupported_media_type': '不支持的内容类型 {contentType}，请以 application/json 提交。',
  'common.payload_too_large': '提交的内容过大。',
  'common.bad_request': '请求格式不正确：{detail}',
  'validation.failed': '提交的内容有 {count} 处不符合要求：{first}',
  'validation.rule.required': '字段“{field}”为必填项',
  'validation.rule.minLength': '字段“{field}”至少需要 {limit} 个字符',
  'validation.rule.maxLength': '字段“{field}”最多 {limit} 个字符',
  'validation.rule.pattern': '字段“{field}”格式不正确',
  'validation.rule.format': '字段“{field}”应为有效的 {format}',
  'validation.rule.enum': '字段“{field}”只能取以下值之一：{allowed}',
  'validation.rule.type': '字段“{field}”应为 {type} 类型',
  'validation.rule.additionalProperties': '不允许未知字段“{field}”',
  'validation.rule.minimum': '字段“{field}”不能小于 {limit}',
  'validation.rule.maximum': '字段“{field}”不能大于 {limit}',
  'validation.rule.minItems': '字段“{field}”至少需要 {limit} 项',
  'validation.rule.maxItems': '字段“{field}”最多 {limit} 项',
  'validation.rule.uniqueItems': '字段“{field}”中不能有重复项',
  'validation.rule.const': '字段“{field}”的值不正确',
  'validation.rule.anyOf': '字段“{field}”的值不符合任何允许的形式',
  'validation.rule.other': '字段“{field}”不符合规则 {rule}',
  'validation.rule.text': '字段“{field}”含有不允许的字符（除制表符和换行外的控制字符，或不成对的代理项）',
  'auth.invalid_credentials': '用户名或密码不正确。',
  'auth.locked': '登录失败次数过多，请于 {minutes} 分钟后再试。',
  'auth.password_change_required': '首次登录或密码已过期，请先修改密码。',
  'auth.csrf_invalid': '安全校验失败（CSRF），请刷新页面后重试。',
  'auth.wrong_current_password': '当前密码不正确。',
  'password.too_short': '密码至少需要 {min} 个字符。',
  'password.too_long': '密码最多 {max} 个字符。',
  'password.common': '该密码过于常见或已在泄露密码库中出现，请换一个。',
  'password.contains_username': '密码不能包含用户名。',
  'password.classes': '密码须包含大写字母、小写字母、数字和符号中的至少 {min} 类。',
  'password.reused': '不能使用最近 {count} 次用过的密码。',
  'password.same_as_current': '新密码不能与当前密码相同。',
};

const en: Catalogue = {
  'common.not_found': 'The record was not found.',
  'common.route_not_found': 'There is no endpoint {method} {url}.',
  'common.version_conflict':
    'Someone else changed this record (current version {currentVersion}). Reload it before saving again.',
  'common.forbidden': 'You are not allowed to do this.',
  'common.unauthenticated': 'Please sign in first.',
  'common.bad_cursor': 'The page cursor is not valid; start again from the first page.',
  'common.internal': 'Internal server error. It has been logged; please try again later.',
  'common.unavailable': 'The database is unavailable for the moment (it is being recovered); please try again shortly.',
  'common.too_many_requests': 'Too many requests; please wait and try again.',
  'common.unsupported_media_type': 'Content type {contentType} is not supported; send application/json.',
  'common.payload_too_large': 'The request body is too large.',
  'common.bad_request': 'The request is malformed: {detail}',
  'validation.failed': '{count} field(s) are not valid: {first}',
  'validation.rule.required': 'Field "{field}" is required',
  'validation.rule.minLength': 'Field "{field}" must have at least {limit} characters',
  'validation.rule.maxLength': 'Field "{field}" must have at most {limit} characters',
  'validation.rule.pattern': 'Field "{field}" has the wrong format',
  'validation.rule.format': 'Field "{field}" must be a valid {format}',
  'validation.rule.enum': 'Field "{field}" must be one of: {allowed}',
  'validation.rule.type': 'Field "{field}" must be of type {type}',
  'validation.rule.additionalProperties': 'Unknown field "{field}" is not allowed',
  'validation.rule.minimum': 'Field "{field}" must be at least {limit}',
  'validation.rule.maximum': 'Field "{field}" must be at most {limit}',
  'validation.rule.minItems': 'Field "{field}" must have at least {limit} items',
  'validation.rule.maxItems': 'Field "{field}" must have at most {limit} items',
  'validation.rule.uniqueItems': 'Field "{field}" must not contain duplicates',
  'validation.rule.const': 'Field "{field}" has a wrong value',
  'validation.rule.anyOf': 'Field "{field}" matches none of the allowed forms',
  'validation.rule.other': 'Field "{field}" breaks the rule {rule}',
  'validation.rule.text': 'Field "{field}" contains characters that are not allowed (control characters other than tab and line breaks, or unpaired surrogates)',
  'auth.invalid_credentials': 'Wrong username or password.',
  'auth.locked': 'Too many failed sign-ins. Try again in {minutes} minutes.',
  'auth.password_change_required': 'Please change your password first (first sign-in or expired password).',
  'auth.csrf_invalid': 'Security check failed (CSRF). Reload the page and try again.',
  'auth.wrong_current_password': 'The current password is wrong.',
  'password.too_short': 'The password must have at least {min} characters.',
  'password.too_long': 'The password must have at most {max} characters.',
  'password.common': 'This password is too common or known from breaches; choose another.',
  'password.contains_username': 'The password must not contain the username.',
  'password.classes': 'The password must mix at least {min} of: upper case, lower case, digits, symbols.',
  'password.reused': 'You cannot reuse any of your last {count} passwords.',
  'password.same_as_current': 'The new password must differ from the current one.',
};

const MODULE_MESSAGES: ModuleMessages[] = [usersMessages, authMessages, regionMessages, plansMessages, tasksMessages, reportsMessages, supervisionMessages, notificationsMessages, jobsMessages, excelMessages, meetingsMessages, decisionsMessages, mattersMessages, agreementsMessages, calendarMessages, documentsMessages, compositeIndexMessages, indicatorsMessages, tokensMessages, observationsImportMessages, publicationsMessages, portalMessages, servicesMessages, risksMessages, projectsMessages, printingMessages, resultsMessages];

const catalogues: Record<Locale, Catalogue> = {
  'zh-CN': Object.assign({}, zhCN, ...MODULE_MESSAGES.map((m) => m['zh-CN'])),
  en: Object.assign({}, en, ...MODULE_MESSAGES.map((m) => m.en)),
};

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    params[name] === undefined ? `{${name}}` : String(params[name]),
  );
}

export function hasMessage(key: string): boolean {
  return key in catalogues['zh-CN'] && key in catalogues.en;
}

/** All codes, so a test can check both catalogues are complete. */
export function catalogueKeys(locale: Locale): string[] {
  return Object.keys(catalogues[locale]);
}

/** Picks zh-CN or en from an Accept-Language header; zh-CN is the working language. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
