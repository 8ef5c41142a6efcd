import type { ReviewState } from '../../src/db/schema.ts';
import { makePlan, makeTask, shareOf } from '../work-fixtures.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** Progress reports, evidence and "My work": own member vs other member for every write. */
export async function reportsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = ctx.deps;
  const planId = await makePlan(deps, { reportingCadence: 'quarterly', periodStart: '2024-01-01', periodEnd: '2026-12-31' });
  const taskId = await makeTask(deps, planId, { leadMemberCode: OWN_MEMBER, participantMemberCodes: [OTHER_MEMBER] });
  const ownShare = await shareOf(deps, taskId, OWN_MEMBER);
  const otherShare = await shareOf(deps, taskId, OTHER_MEMBER);
  const share = { own: ownShare, other: otherShare };
  const ownWriters: Who[] = ['office', 'liaison', 'editor'];

  // Fixtures are written directly: each call gets a fresh record, whatever the rules say about periods.
  const report = async (whose: 'own' | 'other', state: ReviewState, period = '2024-Q1') =>
    (
      await deps.db
        .insertInto('progress_reports')
        .values({
          share_id: share[whose].id, task_id: taskId, member_code: share[whose].member_code, period, body: '矩阵测试', percent: 10, status: 'on_track',
          review_state: state, submitted_at: deps.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const evidence = async (whose: 'own' | 'other') =>
    (
      await deps.db
        .insertInto('report_evidence')
        .values({ report_id: await report(whose, 'submitted'), file_name: 'matrix.pdf', content_type: 'application/pdf', size_bytes: PDF.length, sha256: 'x', content: PDF, uploaded_at: deps.clock.now() })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const pdfForm = () => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), '佐证.pdf');
    return form;
  };
  // One fresh period per caller, so each filing is the first for its share and period.
  const periodOf: Record<Who, string> = { anonymous: '2025-Q4', admin: '2025-Q4', observer: '2025-Q4', office: '2025-Q1', liaison: '2025-Q2', editor: '2025-Q3' };

  const readable = await report('own', 'accepted', '2024-Q2');
  await report('other', 'accepted', '2024-Q2');
  const readableEvidence = await evidence('own');

  return {
    'POST /api/v1/shares/:id/reports #own member': {
      path: () => `/api/v1/shares/${ownShare.id}/reports`,
      payload: (who) => ({ period: periodOf[who], body: '本季度进展', percent: 20, status: 'on_track' }),
      expect: only(ownWriters, 201),
    },
    'POST /api/v1/shares/:id/reports #other member': {
      path: () => `/api/v1/shares/${otherShare.id}/reports`,
      payload: (who) => ({ period: periodOf[who], body: '本季度进展', percent: 20, status: 'on_track' }),
      expect: only(['office'], 201),
    },
    'POST /api/v1/reports/:id/review': {
      path: async () => `/api/v1/reports/${await report('own', 'submitted')}/review`,
      payload: () => ({ decision: 'return', comment: '请补充', version: 1 }),
      expect: only(['office']),
    },
    'POST /api/v1/reports/review-batch': {
      path: () => '/api/v1/reports/review-batch',
      payload: async () => ({ items: [{ id: await report('own', 'submitted'), decision: 'accept', version: 1 }, { id: await report('other', 'submitted'), decision: 'return', comment: '请补充', version: 1 }] }),
      expect: only(['office']),
    },
    'POST /api/v1/reports/:id/revise #own member': {
      path: async () => `/api/v1/reports/${await report('own', 'returned')}/revise`,
      payload: () => ({ body: '修改后重报', percent: 30, status: 'on_track', version: 1 }),
      expect: only(ownWriters, 201),
    },
    'POST /api/v1/reports/:id/revise #other member': {
      path: async () => `/api/v1/reports/${await report('other', 'returned')}/revise`,
      payload: () => ({ body: '修改后重报', percent: 30, status: 'on_track', version: 1 }),
      expect: only(['office'], 201),
    },
    'GET /api/v1/reports': {
      path: () => `/api/v1/reports?taskId=${taskId}&limit=200`,
      expect: only(WORK_READERS),
      // Every work role reads every member's reports: the list must not be narrowed to the caller's member.
      check: (_who, body) => {
        const members = new Set((body as { items: { memberCode: string }[] }).items.map((r) => r.memberCode));
        if (!members.has(OWN_MEMBER) || !members.has(OTHER_MEMBER)) throw new Error('report list filtered by member');
      },
    },
    'GET /api/v1/reports/:id': { path: () => `/api/v1/reports/${readable}`, expect: only(WORK_READERS) },
    'GET /api/v1/tasks/:id/reports': { path: () => `/api/v1/tasks/${taskId}/reports`, expect: only(WORK_READERS) },
    'POST /api/v1/reports/:id/evidence #own member': {
      path: async () => `/api/v1/reports/${await report('own', 'submitted')}/evidence`,
      payload: pdfForm,
      expect: only(ownWriters, 201),
    },
    'POST /api/v1/reports/:id/evidence #other member': {
      path: async () => `/api/v1/reports/${await report('other', 'submitted')}/evidence`,
      payload: pdfForm,
      expect: only(['office'], 201),
    },
    'GET /api/v1/evidence/:id': { path: () => `/api/v1/evidence/${readableEvidence}`, expect: only(WORK_READERS) },
    'DELETE /api/v1/evidence/:id #own member': { path: async () => `/api/v1/evidence/${await evidence('own')}`, expect: only(ownWriters) },
    'DELETE /api/v1/evidence/:id #other member': { path: async () => `/api/v1/evidence/${await evidence('other')}`, expect: only(['office']) },
    'GET /api/v1/my-work': { path: () => '/api/v1/my-work', expect: only(WORK_READERS) },
    // Each section answers every work role: a role without the section gets an empty page, never another member's rows.
    'GET /api/v1/my-work/shares': {
      path: () => '/api/v1/my-work/shares?limit=200',
      expect: only(WORK_READERS),
      check: (_who, body) => {
        if ((body as { items: { memberCode: string }[] }).items.some((s) => s.memberCode !== OWN_MEMBER)) throw new Error("My work lists another member's share");
      },
    },
    'GET /api/v1/my-work/returned-reports': { path: () => '/api/v1/my-work/returned-reports', expect: only(WORK_READERS) },
    'GET /api/v1/my-work/awaiting-review': { path: () => '/api/v1/my-work/awaiting-review', expect: only(WORK_READERS) },
    'GET /api/v1/my-work/flags': { path: () => '/api/v1/my-work/flags', expect: only(WORK_READERS) },
  };
}
