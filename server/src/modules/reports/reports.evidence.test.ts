import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { EVIDENCE_LIMITS } from './reports.models.ts';

let ctx: TestContext;
let office: Session;
let jsEditor: Session;
let zjLiaison: Session;
let observer: Session;
let planId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.e', [{ role: 'office' }]);
  await createUser(db, 'js.editor.e', [{ role: 'editor', memberCode: '320000' }]);
  await createUser(db, 'zj.liaison.e', [{ role: 'liaison', memberCode: '330000' }]);
  await createUser(db, 'observer.e', [{ role: 'observer' }]);
  [office, jsEditor, zjLiaison, observer] = await Promise.all([login(ctx.app, 'office.e'), login(ctx.app, 'js.editor.e'), login(ctx.app, 'zj.liaison.e'), login(ctx.app, 'observer.e')]);
  planId = await makePlan(ctx.deps, { code: 'EVIDENCE-Q' });
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200, 0)]);

function upload(session: Session, reportId: string, name: string, bytes: Buffer, type = 'application/pdf') {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return ctx.app.inject({ method: 'POST', url: `/api/v1/reports/${reportId}/evidence`, headers: session.headers, payload: form });
}

async function newReport(): Promise<{ taskId: string; reportId: string }> {
  const taskId = await makeTask(ctx.deps, planId, { leadMemberCode: '320000', participantMemberCodes: ['330000'] });
  const share = await shareOf(ctx.deps, taskId, '320000');
  const response = await api(jsEditor, 'POST', `/api/v1/shares/${share.id}/reports`, { period: '2026-Q1', body: '附佐证材料。', percent: 20, status: 'on_track' });
  expect(response.statusCode, response.body).toBe(201);
  return { taskId, reportId: response.json().id };
}

describe('evidence files', () => {
  it('accepts a PDF, stores its bytes with sha256, and serves it as an attachment with a Chinese name', async () => {
    const { taskId, reportId } = await newReport();
    const name = '长三角协同创新进展（第一季度）.pdf';
    const response = await upload(jsEditor, reportId, name, PDF, 'application/x-whatever');
    expect(response.statusCode, response.body).toBe(201);
    const evidence = response.json();
    expect(evidence).toMatchObject({ reportId, fileName: name, contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: 'js.editor.e' });
    expect(evidence.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const download = await api(observer, 'GET', `/api/v1/evidence/${evidence.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(download.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);

    const detail = (await api(office, 'GET', `/api/v1/reports/${reportId}`)).json();
    expect(detail.evidenceCount).toBe(1);
    expect(detail.evidence[0]).toMatchObject({ id: evidence.id, fileName: name });
    expect(detail.version).toBe(2); // evidence moves the version: a review of what was not seen is refused

    const history = (await api(office, 'GET', `/api/v1/tasks/${taskId}/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'report.evidence_add', summary: { reportId, fileName: name, sizeBytes: PDF.length, sha256: evidence.sha256 } });
    expect(JSON.stringify(history[0].summary)).not.toContain('%PDF');
  });

  it('refuses an executable renamed .pdf, an unknown type, an empty file, and a non-multipart request', async () => {
    const { reportId } = await newReport();
    const renamed = await upload(jsEditor, reportId, 'report.pdf', EXE);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_content_mismatch' });
    const exe = await upload(jsEditor, reportId, 'setup.exe', EXE);
    expect(exe.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_type' });
    const empty = await upload(jsEditor, reportId, 'empty.txt', Buffer.alloc(0));
    expect(empty.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_empty' });
    const text = await upload(jsEditor, reportId, '数据.csv', Buffer.from('成员,进度\n江苏,40\n'), 'text/csv');
    expect(text.statusCode, text.body).toBe(201);
    expect(text.json().contentType).toBe('text/csv; charset=utf-8');
    const json = await api(jsEditor, 'POST', `/api/v1/reports/${reportId}/evidence`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('reports.evidence_not_multipart');
  });

  it('refuses a file over 20 MiB, naming the field and the rule; exactly 20 MiB is fine', async () => {
    const { reportId } = await newReport();
    const big = Buffer.alloc(EVIDENCE_LIMITS.maxBytes + 1, 0x20);
    PDF.copy(big);
    const response = await upload(jsEditor, reportId, 'big.pdf', big);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_too_large' });
    expect(response.json().error.message).toContain('20 MiB');
    const exact = await upload(jsEditor, reportId, 'exact.pdf', big.subarray(0, EVIDENCE_LIMITS.maxBytes));
    expect(exact.statusCode, exact.body).toBe(201);
    expect(exact.json().sizeBytes).toBe(EVIDENCE_LIMITS.maxBytes);
  });

  it('keeps at most 10 files per report and one file per request', async () => {
    const { reportId } = await newReport();
    for (let i = 1; i <= EVIDENCE_LIMITS.maxFilesPerReport; i++) expect((await upload(jsEditor, reportId, `附件${i}.pdf`, PDF)).statusCode).toBe(201);
    const eleventh = await upload(jsEditor, reportId, 'one-too-many.pdf', PDF);
    expect(eleventh.statusCode).toBe(400);
    expect(eleventh.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_count' });

    const other = await newReport();
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'a.pdf');
    form.append('file', new Blob([PDF]), 'b.pdf');
    const two = await ctx.app.inject({ method: 'POST', url: `/api/v1/reports/${other.reportId}/evidence`, headers: jsEditor.headers, payload: form });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.fields[0]).toMatchObject({ field: 'file', rule: 'reports.evidence_one_file' });
  });

  it('only the own member attaches and deletes, and only while the report is open; JSON routes stay JSON', async () => {
    const { reportId } = await newReport();
    const foreign = await upload(zjLiaison, reportId, 'x.pdf', PDF);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('reports.not_your_share');
    expect((await upload(observer, reportId, 'x.pdf', PDF)).statusCode).toBe(403);

    const kept = (await upload(jsEditor, reportId, 'keep.pdf', PDF)).json().id;
    const dropped = (await upload(jsEditor, reportId, 'drop.pdf', PDF)).json().id;
    expect((await api(zjLiaison, 'DELETE', `/api/v1/evidence/${dropped}`)).statusCode).toBe(403);
    expect((await api(jsEditor, 'DELETE', `/api/v1/evidence/${dropped}`)).statusCode).toBe(200);
    expect((await api(observer, 'GET', `/api/v1/evidence/${dropped}`)).statusCode).toBe(404);

    // Returned: still open; the revision starts with a copy of the evidence, and the returned report's evidence is then frozen.
    const version = (await api(office, 'GET', `/api/v1/reports/${reportId}`)).json().version;
    await api(office, 'POST', `/api/v1/reports/${reportId}/review`, { decision: 'return', comment: '请补充合同扫描件', version });
    ctx.clock.advance(60_000);
    const added = await upload(jsEditor, reportId, 'contract.pdf', PDF);
    expect(added.statusCode).toBe(201);
    const returnedVersion = (await api(office, 'GET', `/api/v1/reports/${reportId}`)).json().version;
    const revised = (await api(jsEditor, 'POST', `/api/v1/reports/${reportId}/revise`, { body: '已补充。', percent: 30, status: 'on_track', version: returnedVersion })).json().id;
    const revision = (await api(office, 'GET', `/api/v1/reports/${revised}`)).json();
    expect(revision.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(['keep.pdf', 'contract.pdf']);
    expect((await upload(jsEditor, reportId, 'late.pdf', PDF)).json().error.code).toBe('reports.report_closed');
    expect((await api(jsEditor, 'DELETE', `/api/v1/evidence/${kept}`)).json().error.code).toBe('reports.report_closed');

    await api(office, 'POST', `/api/v1/reports/${revised}/review`, { decision: 'accept', version: 1 });
    const accepted = await upload(jsEditor, revised, 'after.pdf', PDF);
    expect(accepted.statusCode).toBe(409);
    expect((await api(jsEditor, 'DELETE', `/api/v1/evidence/${revision.evidence[0].id}`)).statusCode).toBe(409);

    // The multipart parser lives only on the upload route.
    const form = new FormData();
    form.append('period', '2026-Q1');
    const share = await shareOf(ctx.deps, (await newReport()).taskId, '330000');
    const multipartElsewhere = await ctx.app.inject({ method: 'POST', url: `/api/v1/shares/${share.id}/reports`, headers: zjLiaison.headers, payload: form });
    expect(multipartElsewhere.statusCode).toBe(415);
  });
});
