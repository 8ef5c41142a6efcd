import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { hasRole, type Principal } from '../../shared/principal.ts';
import { CreatedResponse } from '../plans/plans.schemas.ts';
import { canEditShare } from '../tasks/tasks.policies.ts';
import { reportsErrors } from './reports.errors.ts';
import { EVIDENCE_LIMITS } from './reports.models.ts';
import { readOneUpload, sendAttachment } from '../../shared/files.ts';
import { reportsPolicies } from './reports.policies.ts';
import type { ReportRow } from './reports.repository.ts';
import {
  DeletedResponse,
  EvidenceSchema,
  FileReportBody,
  IdParams,
  ReportDetailSchema,
  ReportFilterQuery,
  ReportListQuery,
  ReportPage,
  ReviewBatchBody,
  ReviewBatchResponse,
  ReviewReportBody,
  ReviseReportBody,
  TaskReportsSchema,
} from './reports.schemas.ts';
import * as usecases from './reports.usecases.ts';
import * as review from './reports.review.ts';
import { MyFlagPage, MyReportPage, MySharePage, MyWorkPageQuery, MyWorkSummarySchema } from './my-work.schemas.ts';
import * as myWork from './my-work.usecases.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportReports } from './reports.export.ts';

const tags = ['reports'];

type EvidenceRow = Awaited<ReturnType<typeof usecases.findEvidence>>;

function presentEvidence(e: EvidenceRow) {
  return {
    id: e.id,
    reportId: e.report_id,
    fileName: e.file_name,
    contentType: e.content_type,
    sizeBytes: e.size_bytes,
    sha256: e.sha256,
    uploadedAt: e.uploaded_at.toISOString(),
    uploadedBy: e.uploaded_by_username,
  };
}

function presentReport(r: ReportRow, principal: Principal) {
  const open = r.review_state === 'submitted' || (r.review_state === 'returned' && r.next_report_id === null);
  return {
    id: r.id,
    taskId: r.task_id,
    taskCode: r.task_code,
    taskTitleZh: r.task_title_zh,
    taskTitleEn: r.task_title_en,
    planId: r.plan_id,
    shareId: r.share_id,
    memberCode: r.member_code,
    period: r.period,
    state: r.review_state,
    revision: r.revision,
    previousReportId: r.previous_report_id,
    nextReportId: r.next_report_id,
    percent: Number(r.percent),
    status: r.status,
    submittedAt: r.submitted_at.toISOString(),
    submittedBy: r.submitted_by_username,
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    reviewedBy: r.reviewed_by_username,
    comment: r.review_comment,
    evidenceCount: Number(r.evidence_count ?? 0),
    version: r.version,
    isDemo: r.is_demo,
    editable: open && canEditShare(principal, r),
    reviewable: r.review_state === 'submitted' && hasRole(principal, 'office'),
  };
}

const presentListItem = (r: ReportRow & { excerpt: string }, principal: Principal) => ({ ...presentReport(r, principal), excerpt: r.excerpt });

function presentDetail(r: ReportRow & { body: string }, evidence: EvidenceRow[], principal: Principal) {
  return { ...presentReport(r, principal), body: r.body, evidence: evidence.filter((e) => e.report_id === r.id).map(presentEvidence) };
}

type MyShareRow = Awaited<ReturnType<typeof myWork.mySharesPage>>['items'][number];
type MyFlagRow = Awaited<ReturnType<typeof myWork.myFlagsPage>>['items'][number];

const presentMyShare = (s: MyShareRow) => ({
  shareId: s.id,
  taskId: s.task_id,
  taskCode: s.task_code,
  taskTitleZh: s.task_title_zh,
  taskTitleEn: s.task_title_en,
  planCode: s.plan_code,
  memberCode: s.member_code,
  role: s.role,
  ownerBodyCode: s.owner_body_code,
  status: s.status,
  percent: Number(s.percent),
  dueDate: s.due_date,
  overdue: s.overdue,
  cadence: s.reporting_cadence,
  currentPeriod: s.current_period,
  currentReport:
    s.report_id && s.report_state && s.report_revision !== null && s.report_submitted_at
      ? { id: s.report_id, state: s.report_state, revision: s.report_revision, submittedAt: s.report_submitted_at.toISOString() }
      : null,
  reportDue: s.report_due,
});

const presentMyFlag = (f: MyFlagRow) => ({
  id: f.id,
  kind: f.kind,
  severity: f.severity,
  taskId: f.task_id,
  taskCode: f.task_code,
  taskTitleZh: f.task_title_zh,
  taskTitleEn: f.task_title_en,
  memberCode: f.member_code,
  shareId: f.share_id,
  period: f.period,
  raisedAt: f.raised_at.toISOString(),
  escalationLevel: f.escalation_level,
});

export async function reportsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const detail = async (id: string, principal: Principal) => {
    const { report, evidence } = await usecases.getReport(deps, id);
    return presentDetail(report, evidence, principal);
  };

  app.post('/api/v1/shares/:id/reports', {
    config: { policy: reportsPolicies.file },
    schema: {
      tags,
      summary: "File a progress report on your member's share for a period of the home plan's cadence (one open report per share and period)",
      params: IdParams,
      body: FileReportBody,
      response: { 201: CreatedResponse },
    },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.fileReport(callerDeps(deps, request), request.params.id, request.body) }),
  });

  app.post('/api/v1/reports/:id/review', {
    config: { policy: reportsPolicies.review },
    schema: {
      tags,
      summary: "Accept (the share takes the report's percent and status) or return (with a comment) a submitted report; needs the current version",
      params: IdParams,
      body: ReviewReportBody,
      response: { 200: ReportDetailSchema },
    },
    handler: async (request) => {
      await review.reviewReport(callerDeps(deps, request), request.params.id, request.body);
      return detail(request.params.id, request.principal);
    },
  });

  app.post('/api/v1/reports/review-batch', {
    config: { policy: reportsPolicies.review },
    schema: {
      tags,
      summary: 'Review several submitted reports at once (e.g. accept a screenful from the to-do queue), each naming its version; all or nothing — one refused item refuses the batch, naming it (items/<n>/…); a return still needs its own comment',
      body: ReviewBatchBody,
      response: { 200: ReviewBatchResponse },
    },
    handler: async (request) => ({ items: await review.reviewReports(callerDeps(deps, request), request.body.items) }),
  });

  app.post('/api/v1/reports/:id/revise', {
    config: { policy: reportsPolicies.file },
    schema: {
      tags,
      summary: 'Revise a returned report: a new revision is submitted (with the evidence carried over); the returned one stays in the history',
      params: IdParams,
      body: ReviseReportBody,
      response: { 201: CreatedResponse },
    },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.reviseReport(callerDeps(deps, request), request.params.id, request.body) }),
  });

  app.get('/api/v1/reports', {
    config: { policy: reportsPolicies.read },
    schema: { tags, summary: 'Progress reports, newest first, with filters', querystring: ReportListQuery, response: { 200: ReportPage } },
    handler: async (request) => {
      const page = await usecases.listReports(deps, request.query);
      return { items: page.items.map((r) => presentListItem(r, request.principal)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/reports/export.xlsx', {
    config: { policy: reportsPolicies.read, operationId: 'reports.export' },
    schema: {
      tags,
      summary: "The report list (same filters as GET /api/v1/reports, e.g. the review queue or one task's reports; every page) as .xlsx: bilingual headers, an About sheet with who, when and which filters",
      querystring: ReportFilterQuery,
      produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportReports(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'progress-reports', zh: '进展报告', date: result.date }, result);
    },
  });

  app.get('/api/v1/reports/:id', {
    config: { policy: reportsPolicies.read },
    schema: { tags, summary: 'One report with its text and evidence', params: IdParams, response: { 200: ReportDetailSchema } },
    handler: async (request) => detail(request.params.id, request.principal),
  });

  app.get('/api/v1/tasks/:id/reports', {
    config: { policy: reportsPolicies.read },
    schema: { tags, summary: "The task's report timeline: every revision, newest first, with evidence", params: IdParams, response: { 200: TaskReportsSchema } },
    handler: async (request) => {
      const { reports, evidence } = await usecases.taskReports(deps, request.params.id);
      return { items: reports.map((r) => presentDetail(r, evidence, request.principal)) };
    },
  });

  // Multipart is parsed only here: the plugin lives in its own context, so every other route still takes JSON only.
  await fastify.register(async (uploads) => {
    await uploads.register(multipart, { limits: { fileSize: EVIDENCE_LIMITS.maxBytes, files: 1 } });
    uploads.withTypeProvider<TypeBoxTypeProvider>().post('/api/v1/reports/:id/evidence', {
      config: { policy: reportsPolicies.file },
      schema: {
        tags,
        summary: `Attach one evidence file (multipart/form-data, field "file"; pdf, png, jpeg, docx, xlsx, doc, xls, txt, csv; at most ${EVIDENCE_LIMITS.maxBytes / 1024 / 1024} MiB, ${EVIDENCE_LIMITS.maxFilesPerReport} per report) to an open report`,
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: EvidenceSchema },
      },
      handler: async (request, reply) => {
        await usecases.checkCanAttach({ ...deps, principal: request.principal }, request.params.id);
        const id = await usecases.addEvidence(callerDeps(deps, request), request.params.id, await readOneUpload(request, reportsErrors));
        return reply.status(201).send(presentEvidence(await usecases.findEvidence(deps, id)));
      },
    });
  });

  app.get('/api/v1/evidence/:id', {
    config: { policy: reportsPolicies.read },
    schema: { tags, summary: 'Download an evidence file (as an attachment, never rendered inline)', params: IdParams },
    handler: async (request, reply) => {
      return sendAttachment(reply, await usecases.evidenceFile(deps, request.params.id));
    },
  });

  app.delete('/api/v1/evidence/:id', {
    config: { policy: reportsPolicies.file },
    schema: { tags, summary: 'Remove an evidence file from an open report of your member', params: IdParams, response: { 200: DeletedResponse } },
    handler: async (request) => {
      await usecases.deleteEvidence(callerDeps(deps, request), request.params.id);
      return { id: request.params.id };
    },
  });

  app.get('/api/v1/my-work', {
    config: { policy: reportsPolicies.personal },
    schema: {
      tags,
      summary: "What the signed-in user should do next, in totals: open shares (by status, overdue, report due), returned reports, the review queue, flags; each section's rows come from its own paged list (/api/v1/my-work/…)",
      response: { 200: MyWorkSummarySchema },
    },
    handler: async (request) => {
      const { periods, asOf, ...summary } = await myWork.myWorkSummary(deps, request.principal);
      return { ...summary, asOf: asOf.toISOString(), currentPeriods: periods };
    },
  });

  app.get('/api/v1/my-work/shares', {
    config: { policy: reportsPolicies.personal },
    schema: { tags, summary: "My work: the open shares of the user's member (or body), by due date, with the report due this period; paged", querystring: MyWorkPageQuery, response: { 200: MySharePage } },
    handler: async (request) => {
      const page = await myWork.mySharesPage(deps, request.principal, request.query);
      return { items: page.items.map(presentMyShare), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/my-work/returned-reports', {
    config: { policy: reportsPolicies.personal },
    schema: { tags, summary: "My work: returned reports of the user's member waiting for their revision, oldest return first; paged", querystring: MyWorkPageQuery, response: { 200: MyReportPage } },
    handler: async (request) => {
      const page = await myWork.myReturnedPage(deps, request.principal, request.query);
      return { items: page.items.map((r) => presentListItem(r, request.principal)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/my-work/awaiting-review', {
    config: { policy: reportsPolicies.personal },
    schema: { tags, summary: 'My work (the Office): reports waiting for review, oldest first; paged', querystring: MyWorkPageQuery, response: { 200: MyReportPage } },
    handler: async (request) => {
      const page = await myWork.myReviewsPage(deps, request.principal, request.query);
      return { items: page.items.map((r) => presentListItem(r, request.principal)), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/my-work/flags', {
    config: { policy: reportsPolicies.personal },
    schema: { tags, summary: "My work: open flags, red first — the member's own for liaisons and editors, the red ones for the Office; paged", querystring: MyWorkPageQuery, response: { 200: MyFlagPage } },
    handler: async (request) => {
      const page = await myWork.myFlagsPage(deps, request.principal, request.query);
      return { items: page.items.map(presentMyFlag), nextCursor: page.nextCursor };
    },
  });
}
