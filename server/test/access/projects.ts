import { systemActor } from '../../src/shared/principal.ts';
import { createProject } from '../../src/modules/projects/projects.usecases.ts';
import { only, OTHER_MEMBER, OWN_MEMBER, WORK_READERS, type Cases, type MatrixFixtures, type Who } from './matrix.ts';

/**
 * Key projects: every work role reads; the Office edits any project, a liaison or
 * editor only the projects its member leads (own/other cases); observers only read.
 */
export async function projectsCases({ ctx }: MatrixFixtures): Promise<Cases> {
  const deps = { ...ctx.deps, actor: systemActor('matrix') };
  let n = 0;
  const body = (lead: string) => ({
    titleZh: '矩阵项目', type: 'infrastructure' as const, leadMemberCode: lead, phase: 'planning' as const,
    members: [{ memberCode: OWN_MEMBER }, { memberCode: OTHER_MEMBER }], milestones: [{ titleZh: '开工', dueDate: '2027-01-01' }],
  });
  // A fresh project per call: an update names version 1, so each role reaches the rule on equal terms.
  const fresh = async (lead: string) => createProject(deps, 'all', { ...body(lead), code: `MX-PJ-${++n}` });
  const id = await fresh(OWN_MEMBER);
  const writers: Who[] = ['office', 'liaison', 'editor'];
  return {
    'GET /api/v1/projects': { path: () => '/api/v1/projects', expect: only(WORK_READERS) },
    'POST /api/v1/projects #own': { path: () => '/api/v1/projects', payload: (who) => ({ ...body(OWN_MEMBER), code: `MX-OWN-${who.toUpperCase()}` }), expect: only(writers, 201) },
    'POST /api/v1/projects #other': { path: () => '/api/v1/projects', payload: (who) => ({ ...body(OTHER_MEMBER), code: `MX-OTHER-${who.toUpperCase()}` }), expect: only(['office'], 201) },
    'GET /api/v1/projects/map': { path: () => '/api/v1/projects/map', expect: only(WORK_READERS) },
    'GET /api/v1/projects/export.xlsx': { path: () => '/api/v1/projects/export.xlsx', expect: only(WORK_READERS) },
    'GET /api/v1/projects/:id': { path: () => `/api/v1/projects/${id}`, expect: only(WORK_READERS) },
    'PUT /api/v1/projects/:id #own': { path: async () => `/api/v1/projects/${await fresh(OWN_MEMBER)}`, payload: () => ({ ...body(OWN_MEMBER), version: 1 }), expect: only(writers) },
    'PUT /api/v1/projects/:id #other': { path: async () => `/api/v1/projects/${await fresh(OTHER_MEMBER)}`, payload: () => ({ ...body(OTHER_MEMBER), version: 1 }), expect: only(['office']) },
  };
}
