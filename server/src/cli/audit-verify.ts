import type { AppConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';
import { anchorChain, anchorFilePath, readAnchors } from '../modules/audit/audit.anchors.ts';
import { verifyAuditChain } from '../modules/audit/audit.usecases.ts';
import { withDatabase } from './context.ts';
import { progressBar } from './progress.ts';

/**
 * Verifies the chain and every anchor written outside the database, prints the
 * verdict, then anchors the current head (issue 14, item 20). Exit code: 0
 * intact, 2 broken or no longer matching an anchor.
 */
export async function runAuditVerify(
  deps: { db: Db; clock: Clock; config: Pick<AppConfig, 'dataDir'> },
  print: (line: string) => void,
  onProgress?: (checked: number, total: number) => void,
): Promise<number> {
  const anchors = readAnchors(deps.config.dataDir);
  const result = await verifyAuditChain(deps, onProgress, { anchors });
  if (result.firstBroken) {
    const broken = result.firstBroken;
    const what =
      broken.problem === 'altered'
        ? `event #${broken.seq} (${broken.action}, ${broken.occurredAt}, id ${broken.id}) was altered`
        : `the event before #${broken.seq} was removed or rewritten (last intact event: #${broken.lastGoodSeq ?? 'none'})`;
    print(`✗ Audit chain broken after ${result.checked} intact events: ${what}.`);
  } else {
    print(`✓ Audit chain intact: ${result.checked} events. Head hash ${result.headHash}`);
  }
  const check = result.anchors!;
  const file = anchorFilePath(deps.config.dataDir);
  if (check.problem) {
    const { anchor, kind, missingEvents, lastPresentSeq } = check.problem;
    const after = lastPresentSeq ? `after event #${lastPresentSeq}` : 'at the start of the chain';
    print(
      kind === 'rewritten'
        ? `✗ The chain was rewritten: event #${anchor.seq} no longer has the hash anchored on ${anchor.at} (${anchor.hash}).`
        : `✗ ${missingEvents} events are missing ${after}: the anchor of ${anchor.at} recorded ${anchor.events} events up to #${anchor.seq} (hash ${anchor.hash}).`,
    );
    if (check.failing > 1) print(`  ${check.failing} of ${check.anchors} anchors in ${file} no longer match.`);
  } else if (check.latest) {
    print(`✓ Matches all ${check.anchors} anchors in ${file} (latest ${check.latest.at}: ${check.latest.events} events up to #${check.latest.seq}).`);
  } else {
    print(`· No anchor yet in ${file}: from now on, removing the newest events is detected.`);
  }
  // At every verification, whatever the verdict: earlier anchors keep the evidence of a failure.
  const anchored = await anchorChain(deps, 'verify', () => undefined);
  if (anchored) print(`· Anchored the head (#${anchored.seq}, ${anchored.events} events, hash ${anchored.hash}) in ${file}.`);
  return result.ok ? 0 : 2;
}

export async function auditVerifyCommand() {
  const code = await withDatabase(async ({ deps }) => {
    const bar = progressBar('Verifying audit chain');
    const lines: string[] = [];
    const exitCode = await runAuditVerify(deps, (line) => lines.push(line), (checked, total) => bar.update(checked, total));
    bar.stop();
    for (const line of lines) console.log(line);
    return exitCode;
  });
  process.exitCode = code;
}
