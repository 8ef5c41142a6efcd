/**
 * Password hashing (argon2id) and the password policy. The standard profile asks
 * for length and rejects common/breached passwords; the MLPS level-3 profile adds
 * character classes, rotation and no reuse.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import languageCommon from '@zxcvbn-ts/language-common';
import type { PasswordProfile } from '../../config.ts';
import type { FieldError } from '../../shared/errors.ts';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
  return false;
}

export interface PasswordRules {
  minLength: number;
  maxLength: number;
  minClasses: number;
  /** Days after which the password must be changed; 0 = never. */
  maxAgeDays: number;
  /** How many earlier passwords may not be reused; 0 = only the current one. */
  historyCount: number;
}

export function rulesFor(profile: PasswordProfile): PasswordRules {
  return profile === 'mlps3'
    ? { minLength: 12, maxLength: 128, minClasses: 3, maxAgeDays: 90, historyCount: 5 }
    : { minLength: 12, maxLength: 128, minClasses: 0, maxAgeDays: 0, historyCount: 0 };
}

/** Common passwords in Chinese-speaking use that the English-centred list lacks. */
const EXTRA_COMMON = ['woaini1314', '5201314', 'woaini520', 'a123456789', 'qq123456', 'zhang123', 'wang123456', 'admin123456', 'yrd123456'];
const COMMON = new Set<string>([...(languageCommon.dictionary['passwords-common'] as string[]), ...EXTRA_COMMON]);

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  // "Password2024!" is still "password": strip decorations at the ends.
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 4 && COMMON.has(core)) return true;
  // One character repeated, or a plain run such as 123456789012.
  if (/^(.)\1+$/.test(lower)) return true;
  return '01234567890123456789'.includes(lower) || 'abcdefghijklmnopqrstuvwxyz'.includes(lower);
}

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
}

/** Checks that need no database; history is checked by the use case. */
export function checkPasswordRules(password: string, username: string, rules: PasswordRules): FieldError[] {
  const errors: FieldError[] = [];
  const field = 'newPassword';
  if ([...password].length < rules.minLength)
    errors.push({ field, rule: 'password.too_short', params: { min: rules.minLength } });
  if ([...password].length > rules.maxLength)
    errors.push({ field, rule: 'password.too_long', params: { max: rules.maxLength } });
  if (isCommon(password)) errors.push({ field, rule: 'password.common' });
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    errors.push({ field, rule: 'password.contains_username' });
  if (rules.minClasses > 0 && characterClasses(password) < rules.minClasses)
    errors.push({ field, rule: 'password.classes', params: { min: rules.minClasses } });
  return errors;
}

const ONE_TIME_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A one-time password: 20 characters from an alphabet without look-alikes, grouped for reading aloud. */
export function generateOneTimePassword(): string {
  const chars = Array.from({ length: 20 }, () => ONE_TIME_ALPHABET[randomInt(ONE_TIME_ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
