import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { systemActor } from '../../shared/principal.ts';
import { createAgreement } from '../agreements/agreements.usecases.ts';
import { createMeeting } from '../meetings/meetings.usecases.ts';
import { createProject } from '../projects/projects.usecases.ts';
import { MAX_DOCUMENTS_PER_RECORD } from './documents.usecases.ts';

let ctx: TestContext;
let office: Session;
let liaison: Session;
let observer: Session;
let meetingId: string;
let agreementId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.database.appDb;
  await createUser(db, 'office.doc', [{ role: 'office' }]);
  await createUser(db, 'js.liaison.doc', [{ role: 'liaison', memberCode: '320000' }]);
  await createUser(db, 'observer.doc', [{ role: 'observer' }]);
  [office, liaison, observer] = await Promise.all([login(ctx.app, 'office.doc'), login(ctx.app, 'js.liaison.doc'), login(ctx.app, 'observer.doc')]);
  const deps = { ...ctx.deps, actor: systemActor('test') };
  meetingId = await createMeeting(deps, { type: 'joint_meeting', tier: 'coordination', startsAt: '2025-03-10T01:00:00Z', endsAt: '2025-03-10T09:00:00Z', titleZh: '联席会议' });
  agreementId = await createAgreement(deps, { titleZh: '长三角生态绿色一体化合作协议', parties: [{ memberCode: '310000' }, { memberCode: '320000' }], clauses: [] });
});
afterAll(() => ctx.close());

function upload(session: Session, url: string, name: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes]), name);
  return ctx.app.inject({ method: 'POST', url, headers: session.headers, payload: form });
}
const get = (session: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: session.headers });

describe('documents of meetings and agreements', () => {
  it('the Office attaches a document with a title; readers list and download it as an attachment; the write is audited', async () => {
    const name = '会议议程（2025年3月）.pdf';
    const response = await upload(office, `/api/v1/meetings/${meetingId}/documents`, name, PDF, { titleZh: '会议议程', titleEn: 'Agenda' });
    expect(response.statusCode, response.body).toBe(201);
    const doc = response.json();
    expect(doc).toMatchObject({ meetingId, agreementId: null, titleZh: '会议议程', titleEn: 'Agenda', fileName: name, contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: 'office.doc' });
    expect(doc.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const list = await get(liaison, `/api/v1/meetings/${meetingId}/documents`);
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([doc.id]);
    const download = await get(observer, `/api/v1/documents/${doc.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const audit = await ctx.database.appDb.selectFrom('audit_events').select(['action', 'object_type', 'summary']).where('object_id', '=', meetingId).where('action', '=', 'document.add').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatchObject({ documentId: doc.id, fileName: name, sha256: doc.sha256 });
  });

  it('keeps agreement documents apart from meeting documents, and removes them with an audit event', async () => {
    const added = await upload(office, `/api/v1/agreements/${agreementId}/documents`, '协议文本.txt', Buffer.from('协议正文\n'));
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id;
    expect(added.json()).toMatchObject({ agreementId, meetingId: null, contentType: 'text/plain; charset=utf-8' });
    expect((await get(office, `/api/v1/agreements/${agreementId}/documents`)).json().items).toHaveLength(1);
    expect((await get(office, `/api/v1/meetings/${meetingId}/documents`)).json().items.every((d: { id: string }) => d.id !== id)).toBe(true);

    const removed = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/documents/${id}`, headers: office.headers });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await get(office, `/api/v1/agreements/${agreementId}/documents`)).json().items).toEqual([]);
    expect((await get(office, `/api/v1/documents/${id}`)).statusCode).toBe(404);
    const actions = await ctx.database.appDb.selectFrom('audit_events').select('action').where('object_id', '=', agreementId).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['document.add', 'document.delete']));
  });

  it('refuses wrong files with 4xx naming the field and rule, in the caller’s language', async () => {
    const url = `/api/v1/meetings/${meetingId}/documents`;
    const exe = await upload(office, url, 'setup.exe', Buffer.from('MZ\x90\x00'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error).toMatchObject({ code: 'documents.file_type', fields: [{ field: 'file', rule: 'documents.file_type' }] });
    expect(exe.json().error.message).toMatch(/不支持该文件类型/);
    const disguised = await upload(office, url, '纪要.pdf', Buffer.from('<html>'));
    expect(disguised.json().error.code).toBe('documents.file_content_mismatch');
    const empty = await upload(office, url, 'a.pdf', Buffer.alloc(0));
    expect(empty.json().error.code).toBe('documents.file_empty');
    const longTitle = await upload(office, url, 'a.pdf', PDF, { titleZh: '长'.repeat(301) });
    expect(longTitle.json().error.fields[0]).toMatchObject({ field: 'titleZh', rule: 'documents.bad_title' });
    const json = await ctx.app.inject({ method: 'POST', url, headers: { ...office.headers, 'accept-language': 'en' }, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    const noOwner = await upload(office, '/api/v1/meetings/00000000-0000-4000-8000-000000000000/documents', 'a.pdf', PDF);
    expect(noOwner.statusCode).toBe(404);
    expect(noOwner.json().error.code).toBe('documents.meeting_not_found');
    expect((await get(office, `/api/v1/meetings/${meetingId}/documents`)).json().items).toHaveLength(1);
  });

  it(`keeps at most ${MAX_DOCUMENTS_PER_RECORD} documents per record, even when uploads race`, async () => {
    const deps = { ...ctx.deps, actor: systemActor('test') };
    const id = await createMeeting(deps, { type: 'forum', tier: 'execution', startsAt: '2025-04-10T01:00:00Z', endsAt: '2025-04-10T09:00:00Z', titleZh: '论坛' });
    const url = `/api/v1/meetings/${id}/documents`;
    const results = await Promise.all(Array.from({ length: MAX_DOCUMENTS_PER_RECORD + 3 }, (_, i) => upload(office, url, `材料${i}.pdf`, PDF)));
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(MAX_DOCUMENTS_PER_RECORD);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual(['documents.file_count', 'documents.file_count', 'documents.file_count']);
    expect((await get(office, url)).json().items).toHaveLength(MAX_DOCUMENTS_PER_RECORD);
  });
});

describe('documents of key projects', () => {
  it('the lead member’s liaison attaches a document; every reader lists and downloads it; another member’s project is refused', async () => {
    const deps = { ...ctx.deps, actor: systemActor('test') };
    const project = (code: string, lead: string) => createProject(deps, 'all', {
      code, titleZh: '沪苏通铁路二期', type: 'infrastructure', leadMemberCode: lead, phase: 'approved', members: [{ memberCode: '310000' }, { memberCode: '320000' }],
    });
    const own = await project('DOC-PJ-JS', '320000');
    const other = await project('DOC-PJ-SH', '310000');

    const added = await upload(liaison, `/api/v1/projects/${own}/documents`, '可研批复.pdf', PDF, { titleZh: '可研批复', titleEn: 'Feasibility approval' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ projectId: own, meetingId: null, agreementId: null, titleEn: 'Feasibility approval', uploadedBy: 'js.liaison.doc' });
    const list = await get(observer, `/api/v1/projects/${own}/documents`);
    expect(list.json().items.map((d: { id: string }) => d.id)).toEqual([added.json().id]);
    const download = await get(observer, `/api/v1/documents/${added.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const audit = await ctx.database.appDb.selectFrom('audit_events').select('object_type').where('object_id', '=', own).where('action', '=', 'document.add').execute();
    expect(audit).toEqual([{ object_type: 'project' }]);

    const refused = await upload(liaison, `/api/v1/projects/${other}/documents`, 'a.pdf', PDF);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('documents.not_project_lead');
    const byOffice = await upload(office, `/api/v1/projects/${other}/documents`, 'b.pdf', PDF);
    expect(byOffice.statusCode, byOffice.body).toBe(201);
    const removeOther = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/documents/${byOffice.json().id}`, headers: liaison.headers });
    expect(removeOther.statusCode).toBe(403);
    const removeOwn = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/documents/${added.json().id}`, headers: liaison.headers });
    expect(removeOwn.statusCode, removeOwn.body).toBe(200);
    expect((await get(observer, `/api/v1/projects/${own}/documents`)).json().items).toEqual([]);

    const noProject = await get(observer, '/api/v1/projects/00000000-0000-4000-8000-000000000000/documents');
    expect(noProject.statusCode).toBe(404);
    expect(noProject.json().error.code).toBe('documents.project_not_found');
  });

  it('a liaison cannot remove a meeting’s document (the Office keeps those)', async () => {
    const added = await upload(office, `/api/v1/meetings/${meetingId}/documents`, 'c.pdf', PDF);
    const removed = await ctx.app.inject({ method: 'DELETE', url: `/api/v1/documents/${added.json().id}`, headers: liaison.headers });
    expect(removed.statusCode).toBe(403);
    expect(removed.json().error.code).toBe('documents.office_only');
  });
});
