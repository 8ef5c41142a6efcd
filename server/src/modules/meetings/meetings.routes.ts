import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { LIST_EXPORT_CAP } from '../excel/excel.list-export.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportMeetings } from './meetings.export.ts';
import { meetingsPolicies } from './meetings.policies.ts';
import type * as repo from './meetings.repository.ts';
import {
  CreatedResponse, CreateMeetingBody, DraftMinutesBody, IdParams, MeetingDetailSchema, MeetingFilterQuery, MeetingList, MeetingListQuery, MinutesVerdictBody, NextHostSchema, UpdateMeetingBody,
} from './meetings.schemas.ts';
import * as usecases from './meetings.usecases.ts';

const tags = ['meetings'];
type MeetingRow = NonNullable<Awaited<ReturnType<typeof repo.findMeeting>>>;

export function presentMeeting(m: MeetingRow) {
  return {
    id: m.id, type: m.type, tier: m.tier, bodyCode: m.body_code, hostMemberCode: m.host_member_code, hostCityCode: m.host_city_code,
    startsAt: m.starts_at.toISOString(), endsAt: m.ends_at.toISOString(), timeOfDayKnown: m.time_of_day_known, venueZh: m.venue_zh, venueEn: m.venue_en,
    titleZh: m.title_zh, titleEn: m.title_en, themeZh: m.theme_zh, themeEn: m.theme_en, parentMeetingId: m.parent_meeting_id,
    status: m.status, isDemo: m.is_demo, version: m.version,
  };
}

function presentDetail(d: Awaited<ReturnType<typeof usecases.getMeeting>>) {
  return {
    ...presentMeeting(d.meeting),
    participants: d.participants.map((p) => ({ id: p.id, nameZh: p.name_zh, nameEn: p.name_en, titleZh: p.title_zh, titleEn: p.title_en, memberCode: p.member_code, organisation: p.organisation, role: p.role })),
    agenda: d.agenda.map((a) => ({ id: a.id, titleZh: a.title_zh, titleEn: a.title_en })),
    sessions: d.sessions.map(presentMeeting),
    approvingMembers: d.approvingMembers,
    minutes: d.versions.map((v) => ({
      id: v.id, revision: v.revision, bodyZh: v.body_zh, bodyEn: v.body_en, status: v.status, draftedAt: v.drafted_at.toISOString(), finalisedAt: v.finalised_at?.toISOString() ?? null,
      approvals: d.approvals.filter((a) => a.minutes_version_id === v.id).map((a) => ({ memberCode: a.member_code, verdict: a.verdict, comment: a.comment, decidedAt: a.decided_at.toISOString() })),
    })),
    decisions: d.decisions.map((x) => ({ id: x.id, titleZh: x.title_zh, titleEn: x.title_en, decidedAt: x.decided_at.toISOString(), timeOfDayKnown: x.time_of_day_known, isDemo: x.is_demo })),
  };
}

export async function meetingsRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/api/v1/meetings', {
    config: { policy: meetingsPolicies.read },
    schema: { tags, summary: 'Meetings in date order (oldest first for the calendar, newest first with order=desc), optionally within [from, to), of one type and tier; cursor-paged', querystring: MeetingListQuery, response: { 200: MeetingList } },
    handler: async (request) => {
      const page = await usecases.listMeetings(deps, request.query);
      return { items: page.items.map(presentMeeting), nextCursor: page.nextCursor };
    },
  });

  app.get('/api/v1/meetings/export.xlsx', {
    config: { policy: meetingsPolicies.read, operationId: 'meetings.export' },
    schema: {
      tags, summary: `The meeting list (same filters and order as GET /api/v1/meetings, every page, at most ${LIST_EXPORT_CAP} rows) as .xlsx, with an About sheet`,
      querystring: MeetingFilterQuery, produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportMeetings(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'meetings', zh: '会议', date: result.date }, result);
    },
  });

  app.post('/api/v1/meetings', {
    config: { policy: meetingsPolicies.manage },
    schema: { tags, summary: 'Create a meeting with its participants and agenda (a parallel session or site visit names its main meeting)', body: CreateMeetingBody, response: { 201: CreatedResponse } },
    handler: async (request, reply) => reply.status(201).send({ id: await usecases.createMeeting(callerDeps(deps, request), request.body) }),
  });

  app.get('/api/v1/meetings/:id', {
    config: { policy: meetingsPolicies.read },
    schema: { tags, summary: 'A meeting with participants, agenda, sessions, every minutes version with approvals, and decisions', params: IdParams, response: { 200: MeetingDetailSchema } },
    handler: async (request) => presentDetail(await usecases.getMeeting(deps, request.params.id)),
  });

  app.patch('/api/v1/meetings/:id', {
    config: { policy: meetingsPolicies.manage },
    schema: {
      tags, summary: 'Change a meeting (facts, status, participants, agenda), naming the version read; 409 with the current version when someone else was first',
      params: IdParams, body: UpdateMeetingBody, response: { 200: MeetingDetailSchema },
    },
    handler: async (request) => presentDetail(await usecases.updateMeeting(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/meetings/:id/minutes', {
    config: { policy: meetingsPolicies.manage },
    schema: { tags, summary: 'Draft a new version of the minutes (earlier versions are kept)', params: IdParams, body: DraftMinutesBody, response: { 200: MeetingDetailSchema } },
    handler: async (request) => presentDetail(await usecases.draftMinutes(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/meetings/:id/minutes/verdicts', {
    config: { policy: meetingsPolicies.approveMinutes },
    schema: { tags, summary: "A member's liaison approves the current minutes or requests a change (with a comment), for its own member only", params: IdParams, body: MinutesVerdictBody, response: { 200: MeetingDetailSchema } },
    handler: async (request) => presentDetail(await usecases.decideMinutes(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/meetings/:id/minutes/finalise', {
    config: { policy: meetingsPolicies.manage },
    schema: { tags, summary: 'Finalise the minutes once every participating member approved them', params: IdParams, response: { 200: MeetingDetailSchema } },
    handler: async (request) => presentDetail(await usecases.finaliseMinutes(callerDeps(deps, request), request.params.id)),
  });

  app.get('/api/v1/host-rotation/next', {
    config: { policy: meetingsPolicies.read },
    schema: { tags, summary: "The proposed next host of the annual symposium, from the rotation order and the last host", response: { 200: NextHostSchema } },
    handler: async () => usecases.nextHost(deps),
  });
}
