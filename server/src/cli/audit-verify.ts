import { verifyAuditChain } from '../modules/audit/audit.usecases.ts';
import { withDatabase } from './context.ts';
import { progressBar } from './progress.ts';

export async function auditVerifyCommand() {
  const ok = await withDatabase(async ({ deps }) => {
    const bar = progressBar('Verifying audit chain');
    const result = await verifyAuditChain(deps, (checked, total) => bar.update(checked, total));
    bar.stop();
    if (result.ok) {
      console.log(`✓ Audit chain intact: ${result.checked} events. Head hash ${result.headHash}`);
      console.log('  Keep the head hash somewhere else to detect removal of the newest events too.');
      return true;
    }
    const broken = result.firstBroken!;
    const what =
      broken.problem === 'altered'
        ? `event #${broken.seq} (${broken.action}, ${broken.occurredAt}, id ${broken.id}) was altered`
        : `the event before #${broken.seq} was removed or rewritten (last intact event: #${broken.lastGoodSeq ?? 'none'})`;
    console.log(`✗ Audit chain broken after ${result.checked} intact events: ${what}.`);
    return false;
  });
  process.exitCode = ok ? 0 : 2;
}
