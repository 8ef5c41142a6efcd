import type { AppDeps } from '../../app-deps.ts';
import { commonErrors } from '../../shared/errors.ts';
import type { Actor } from '../../shared/principal.ts';
import { auditedTransaction, type Trx } from '../audit/audit.usecases.ts';
import { NOTICE_KIND_NAMES, type NoticeKind } from './notifications.kinds.ts';
import * as repo from './preferences.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type WriteDeps = Deps & { actor: Actor };

type Stored = { email_muted: string[]; digest: boolean } | undefined;

/** When a notice of this kind reaches the user by e-mail: at once, in tomorrow's digest, or not at all. No choice made = at once. */
export function emailTiming(prefs: Stored, kind: string): 'now' | 'digest' | 'never' {
  if (prefs?.email_muted.includes(kind)) return 'never';
  return prefs?.digest ? 'digest' : 'now';
}

export async function emailTimingOf(db: Deps['db'] | Trx, userId: string, kind: string) {
  return emailTiming(await repo.findPreferences(db, userId), kind);
}

/** The user's choices; before the first save, the defaults at version 0. */
export async function getPreferences(deps: Deps, userId: string) {
  const row = await repo.findPreferences(deps.db, userId);
  return { emailMuted: (row?.email_muted ?? []).filter((k): k is NoticeKind => (NOTICE_KIND_NAMES as string[]).includes(k)), digest: row?.digest ?? false, version: row?.version ?? 0 };
}

export interface PreferencesInput {
  version: number;
  digest?: boolean;
  /** Kinds that do not go by e-mail (they still reach the inbox). */
  emailMuted?: NoticeKind[];
}

/** Saves the user's own choices, naming the version read (0 before the first save); 409 when another save came first. */
export async function updatePreferences(deps: WriteDeps, userId: string, input: PreferencesInput) {
  await auditedTransaction(deps, async (trx, audit) => {
    const now = deps.clock.now();
    const current = await repo.findPreferencesForUpdate(trx, userId);
    if ((current?.version ?? 0) !== input.version) throw commonErrors.versionConflict(current?.version ?? 0);
    const values = {
      email_muted: [...new Set(input.emailMuted ?? current?.email_muted ?? [])].sort(),
      digest: input.digest ?? current?.digest ?? false,
    };
    if (current) await repo.updatePreferences(trx, userId, values, now);
    else if (!(await repo.insertPreferences(trx, userId, values, now))) throw commonErrors.versionConflict(1);
    audit({ action: 'notification.preferences', objectType: 'user', objectId: userId, summary: { emailMuted: values.email_muted, digest: values.digest } });
  });
  return getPreferences(deps, userId);
}
