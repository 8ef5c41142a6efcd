/**
 * Bulk creation of accounts from an .xlsx (issue 12, item 9): one row per
 * person — username, display name, e-mail, roles. Every row is checked before
 * anything is written; one error anywhere and no account is created (each error
 * names its row and column in both languages). On success every new account has
 * a one-time password, handed back once as a sheet — or, delivered by e-mail,
 * sent to each account that has an address (users.account-mail.ts) while the
 * sheet lists those without one.
 */
import ExcelJS from 'exceljs';
import type { AppDeps } from '../../app-deps.ts';
import type { RoleName } from '../../db/schema.ts';
import { translate } from '../../i18n/messages.ts';
import { AppError, type FieldError } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction } from '../audit/audit.usecases.ts';
import { generateOneTimePassword, hashPassword } from '../auth/auth.passwords.ts';
import { addPasswordHistory } from '../auth/auth.repository.ts';
import { readWorkbook } from '../excel/excel.parser.ts';
import { enqueue } from '../jobs/jobs.usecases.ts';
import { accountMailJob } from './users.account-mail.ts';
import * as repo from './users.repository.ts';

/** How the one-time passwords reach their owners: all in the answered sheet, or by e-mail where the row has an address. */
export type PasswordDelivery = 'sheet' | 'email';

/** Hashing a password costs tens of milliseconds: an import stays well under a request's patience. */
export const MAX_IMPORT_USERS = 200;

type ColumnKey = 'username' | 'displayName' | 'email' | 'roles';
export const IMPORT_COLUMNS: { key: ColumnKey; zh: string; en: string; required: boolean; synonyms: string[] }[] = [
  { key: 'username', zh: '用户名', en: 'Username', required: true, synonyms: ['账号', '登录名', 'user name', 'login'] },
  { key: 'displayName', zh: '显示名', en: 'Display name', required: true, synonyms: ['姓名', '名称', 'name', 'full name'] },
  { key: 'email', zh: '电子邮箱', en: 'E-mail', required: false, synonyms: ['邮箱', 'email', 'mail'] },
  { key: 'roles', zh: '角色', en: 'Roles', required: false, synonyms: ['role'] },
];

/** Role names as written in a sheet: the API's names or the Chinese labels of the UI. */
const ROLE_NAMES: Record<string, RoleName> = {
  admin: 'admin', office: 'office', observer: 'observer', liaison: 'liaison', editor: 'editor',
  管理员: 'admin', 区域合作办: 'office', 办公室: 'office', 观察员: 'observer', 联络员: 'liaison', 编辑: 'editor',
};
const MEMBER_SCOPED: RoleName[] = ['liaison', 'editor'];
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const normalise = (text: string) => text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('hyperlink' in value) return String(value.text ?? '').replace(/^mailto:/, '').trim();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

/** A header cell names a column in either language, or both ("用户名 / Username"). */
function columnOf(header: string): ColumnKey | undefined {
  const parts = header.split(/[/\n]|（|\(/).map((p) => normalise(p.replace(/[)）]/g, ''))).filter(Boolean);
  return IMPORT_COLUMNS.find((c) => parts.some((p) => [c.zh, c.en, ...c.synonyms].map(normalise).includes(p)))?.key;
}

export interface ImportRow {
  row: number;
  username: string;
  displayName: string;
  email: string | null;
  roles: { role: RoleName; memberCode: string | null; bodyCode: string | null }[];
  rolesText: string;
  /** Column letter of the username, for an error found only at writing. */
  usernameLetter: string;
}

interface RowError { row: number; letter: string; column: ColumnKey; rule: string; value: string; params?: Record<string, unknown> }

const fileError = (code: string, params: Record<string, unknown> = {}) => new AppError(400, code, params, [{ field: 'file', rule: code, params }]);


function rowErrorsToAppError(errors: RowError[], total: number): AppError {
  const params = (e: RowError) => {
    const column = IMPORT_COLUMNS.find((c) => c.key === e.column)!;
    return { ...(e.params ?? {}), row: e.row, letter: e.letter, headerZh: column.zh, headerEn: column.en, value: e.value };
  };
  const fields: FieldError[] = errors.map((e) => ({ field: `${e.letter}${e.row}`, rule: e.rule, params: params(e) }));
  return new AppError(400, 'users.import.invalid_rows', { count: errors.length, total }, fields, {
    errors: errors.map((e) => ({
      row: e.row, column: e.letter, field: e.column, rule: e.rule, value: e.value,
      messageZh: translate('zh-CN', e.rule, params(e)), messageEn: translate('en', e.rule, params(e)),
    })),
  });
}

/** The sheet's rows, read and checked against each other and the database; throws with every error found. */
export async function readImport(deps: Pick<AppDeps, 'db'>, buffer: Buffer): Promise<ImportRow[]> {
  const workbook = await readWorkbook(buffer);
  const sheet = workbook.worksheets.find((s) => s.state === 'visible' && s.actualRowCount > 0);
  if (!sheet) throw fileError('users.import.no_rows');
  let headerRow = 0;
  const columns = new Map<ColumnKey, number>();
  // The header is the first row naming a column we know (a title row above it is allowed).
  for (let r = 1; r <= Math.min(sheet.rowCount, 10) && headerRow === 0; r += 1) {
    sheet.getRow(r).eachCell((cell, col) => {
      const key = columnOf(cellText(cell.value));
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (columns.size > 0) headerRow = r;
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.has(c.key));
  if (missing.length > 0) throw fileError('users.import.missing_columns', { columnsZh: missing.map((c) => c.zh).join('、'), columnsEn: missing.map((c) => c.en).join(', ') });

  const letter = (key: ColumnKey) => sheet.getColumn(columns.get(key)!).letter;
  const raw: { row: number; cells: Record<ColumnKey, string> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, columns.has(c.key) ? cellText(row.getCell(columns.get(c.key)!).value) : ''])) as Record<ColumnKey, string>;
    if (Object.values(cells).some((v) => v !== '')) raw.push({ row: rowNumber, cells });
  });
  if (raw.length === 0) throw fileError('users.import.no_rows');
  if (raw.length > MAX_IMPORT_USERS) throw fileError('users.import.too_many_rows', { max: MAX_IMPORT_USERS, count: raw.length });

  const [taken, region] = await Promise.all([repo.takenUsernames(deps.db, raw.map((r) => r.cells.username).filter(Boolean)), repo.regionCodes(deps.db)]);
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  for (const { row, cells } of raw) {
    const fail = (column: ColumnKey, rule: string, value: string, params?: Record<string, unknown>) => errors.push({ row, letter: letter(column), column, rule, value, params });
    const username = cells.username;
    if (!username) fail('username', 'users.import.required', '');
    else if (username.length < 3 || username.length > 64 || !USERNAME.test(username)) fail('username', 'users.import.username_invalid', username);
    else if (seen.has(username.toLowerCase())) fail('username', 'users.import.username_repeated', username, { otherRow: seen.get(username.toLowerCase()) });
    else if (taken.has(username.toLowerCase())) fail('username', 'users.import.username_taken', username);
    if (username) seen.set(username.toLowerCase(), seen.get(username.toLowerCase()) ?? row);
    if (!cells.displayName) fail('displayName', 'users.import.required', '');
    else if (cells.displayName.length > 100) fail('displayName', 'users.import.too_long', cells.displayName, { max: 100 });
    const email = cells.email || null;
    if (email && (email.length > 200 || !EMAIL.test(email))) fail('email', 'users.import.email_invalid', email);
    const roles: ImportRow['roles'] = [];
    for (const item of cells.roles.split(/[;；,，、\n]+/).map((s) => s.trim()).filter(Boolean)) {
      const [name = '', memberCode = null, bodyCode = null] = item.split(/\s*[:：]\s*/);
      const role = ROLE_NAMES[name.toLowerCase()];
      if (!role) { fail('roles', 'users.import.role_unknown', item); continue; }
      const scoped = MEMBER_SCOPED.includes(role);
      if (scoped !== (memberCode !== null) || (!scoped && bodyCode !== null)) { fail('roles', 'users.import.role_scope', item, { role }); continue; }
      if (memberCode && !region.members.has(memberCode)) { fail('roles', 'users.import.unknown_member', item, { code: memberCode }); continue; }
      if (bodyCode && !region.bodies.has(bodyCode)) { fail('roles', 'users.import.unknown_body', item, { code: bodyCode }); continue; }
      if (bodyCode && region.bodies.get(bodyCode) !== memberCode) { fail('roles', 'users.import.body_not_of_member', item, { code: bodyCode, memberCode }); continue; }
      if (roles.some((r) => r.role === role && r.memberCode === memberCode && r.bodyCode === bodyCode)) continue;
      roles.push({ role, memberCode, bodyCode });
    }
    rows.push({ row, username, displayName: cells.displayName, email, roles, rolesText: cells.roles, usernameLetter: letter('username') });
  }
  if (errors.length > 0) throw rowErrorsToAppError(errors, raw.length);
  return rows;
}

/**
 * Creates every account of the sheet in one audited transaction; answers each with its one-time password, or
 * (delivery by e-mail, row with an address) none: such an account gets no password here, only a queued mail job
 * that makes and sends one.
 */
export async function importUsers(deps: Pick<AppDeps, 'db' | 'clock'> & { actor: Actor }, rows: ImportRow[], delivery: PasswordDelivery = 'sheet') {
  const withPasswords = await Promise.all(rows.map(async (r) => {
    if (delivery === 'email' && r.email) return { ...r, oneTimePassword: null, passwordHash: null };
    const oneTimePassword = generateOneTimePassword();
    return { ...r, oneTimePassword, passwordHash: await hashPassword(oneTimePassword) };
  }));
  await auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    // Checked again under the transaction: someone may have taken a name since the sheet was read.
    const taken = await repo.takenUsernames(trx, rows.map((r) => r.username));
    if (taken.size > 0) {
      const clash = rows.filter((r) => taken.has(r.username.toLowerCase()));
      throw rowErrorsToAppError(clash.map((r) => ({ row: r.row, letter: r.usernameLetter, column: 'username', rule: 'users.import.username_taken', value: r.username })), rows.length);
    }
    for (const r of withPasswords) {
      const userId = await repo.insertUser(trx, { username: r.username, displayName: r.displayName, email: r.email, locale: 'zh-CN', passwordHash: r.passwordHash, isDemo: false, now });
      if (r.passwordHash) await addPasswordHistory(trx, userId, r.passwordHash, now);
      else await enqueue(trx, accountMailJob(userId, now), now);
      for (const role of r.roles) await repo.insertRole(trx, { userId, ...role, grantedBy: deps.actor.userId, now });
      audit({
        action: 'user.create', objectType: 'user', objectId: userId,
        summary: { username: r.username, displayName: r.displayName, email: r.email, roles: r.roles, isDemo: false, importRow: r.row, passwordDelivery: r.passwordHash ? 'sheet' : 'email' },
      });
    }
  });
  return withPasswords.map((r) => ({ username: r.username, displayName: r.displayName, email: r.email, oneTimePassword: r.oneTimePassword, rolesText: r.rolesText }));
}

const headerOf = (zh: string, en: string) => `${zh} / ${en}`;

/** The answer of an import: who was created and each one-time password, shown only here. */
export async function passwordSheet(created: Awaited<ReturnType<typeof importUsers>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('一次性密码 One-time passwords');
  sheet.columns = [
    { header: headerOf('用户名', 'Username'), width: 24 },
    { header: headerOf('显示名', 'Display name'), width: 24 },
    { header: headerOf('一次性密码', 'One-time password'), width: 28 },
    { header: headerOf('角色', 'Roles'), width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  // Accounts whose password goes by e-mail come first, marked so; the rest are those the administrator hands over.
  const ordered = [...created.filter((r) => r.oneTimePassword === null), ...created.filter((r) => r.oneTimePassword !== null)];
  for (const r of ordered) sheet.addRow([r.username, r.displayName, r.oneTimePassword ?? `已发送至邮箱 / Sent by e-mail to ${r.email}`, r.rolesText]);
  const note = workbook.addWorksheet('说明 Notes');
  note.addRow(['每个密码只在此表中出现一次，请分别安全地交给本人；首次登录时须修改密码。']);
  note.addRow(['Each password appears only in this sheet: hand it to its owner securely. It must be changed at first sign-in.']);
  if (ordered.some((r) => r.oneTimePassword === null)) {
    note.addRow(['标为“已发送至邮箱”的账号，其一次性密码已通过邮件单独发送，不在此表中。']);
    note.addRow(['Accounts marked "Sent by e-mail" get their one-time password in their own e-mail; it is not in this sheet.']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An empty sheet with the columns and an example row. */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('用户 Users');
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: headerOf(c.zh, c.en), width: c.key === 'roles' ? 40 : 24 }));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet('说明 Notes');
  for (const line of [
    '每行一个用户；用户名、显示名必填。角色可多个，以分号分隔：office、observer、admin、liaison:成员方代码、editor:成员方代码:机构代码。',
    'One user per row; username and display name are required. Several roles are separated by semicolons: office, observer, admin, liaison:<member code>, editor:<member code>:<body code>.',
    '例 Example: zhang.san | 张三 | zhang.san@example.cn | liaison:320000; editor:320000',
    '全部行无误才会导入；有任何错误则不创建任何用户。All rows must be valid; with any error no user is created.',
  ]) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
