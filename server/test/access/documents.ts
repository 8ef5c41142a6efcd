import { createAgreement } from '../../src/modules/agreements/agreements.usecases.ts';
import { createMeeting } from '../../src/modules/meetings/meetings.usecases.ts';
import { createProject } from '../../src/modules/projects/projects.usecases.ts';
import { systemActor } from '../../src/shared/principal.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures } from './matrix.ts';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/**
 * Documents of meetings and agreements: every work role reads, the Office adds and removes.
 * A project's documents: every work role reads; the Office or the lead member's liaisons and
 * editors add and remove them (own/other cases by the project's lead).
 */
export async function documentsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  const meetingId = await createMeeting(deps, { type: 'forum', tier: 'execution', startsAt: '2026-05-01T01:00:00Z', endsAt: '2026-05-01T09:00:00Z', titleZh: '论坛（文件）' });
  const agreementId = await createAgreement(deps, { titleZh: '合作协议（文件）', parties: [{ memberCode: OWN_MEMBER }, { memberCode: OTHER_MEMBER }] });
  let n = 0;
  const project = (lead: string) => createProject(deps, 'all', {
    code: `MX-DOC-PJ-${++n}`, titleZh: '项目（文件）', type: 'infrastructure', leadMemberCode: lead, phase: 'planning', members: [{ memberCode: OWN_MEMBER }, { memberCode: OTHER_MEMBER }],
  });
  const ownProject = await project(OWN_MEMBER);
  const otherProject = await project(OTHER_MEMBER);
  const document = async (owner: { meeting_id: string } | { project_id: string } = { meeting_id: meetingId }) =>
    (
      await ctx.deps.db.insertInto('documents')
        .values({ ...owner, file_name: 'matrix.pdf', content_type: 'application/pdf', size_bytes: PDF.length, sha256: 'x', content: PDF, uploaded_at: ctx.deps.clock.now() })
        .returning('id').executeTakeFirstOrThrow()
    ).id;
  const pdfForm = () => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), '会议材料.pdf');
    return form;
  };
  const readable = await document();
  return {
    'GET /api/v1/meetings/:id/documents': { path: () => `/api/v1/meetings/${meetingId}/documents`, expect: only(WORK_READERS) },
    'GET /api/v1/agreements/:id/documents': { path: () => `/api/v1/agreements/${agreementId}/documents`, expect: only(WORK_READERS) },
    'POST /api/v1/meetings/:id/documents': { path: () => `/api/v1/meetings/${meetingId}/documents`, payload: pdfForm, expect: only(['office'], 201) },
    'POST /api/v1/agreements/:id/documents': { path: () => `/api/v1/agreements/${agreementId}/documents`, payload: pdfForm, expect: only(['office'], 201) },
    'GET /api/v1/documents/:id': { path: () => `/api/v1/documents/${readable}`, expect: only(WORK_READERS) },
    'DELETE /api/v1/documents/:id': { path: async () => `/api/v1/documents/${await document()}`, expect: only(['office']) },
    'GET /api/v1/projects/:id/documents': { path: () => `/api/v1/projects/${otherProject}/documents`, expect: only(WORK_READERS) },
    'POST /api/v1/projects/:id/documents #own': { path: () => `/api/v1/projects/${ownProject}/documents`, payload: pdfForm, expect: only(['office', 'liaison', 'editor'], 201) },
    'POST /api/v1/projects/:id/documents #other': { path: () => `/api/v1/projects/${otherProject}/documents`, payload: pdfForm, expect: only(['office'], 201) },
    'DELETE /api/v1/documents/:id #own-project': { path: async () => `/api/v1/documents/${await document({ project_id: ownProject })}`, expect: only(['office', 'liaison', 'editor']) },
    'DELETE /api/v1/documents/:id #other-project': { path: async () => `/api/v1/documents/${await document({ project_id: otherProject })}`, expect: only(['office']) },
  };
}
