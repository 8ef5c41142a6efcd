import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { supervisionPolicies } from './supervision.policies.ts';
import { BoardQuery, BoardSchema, FlagListQuery, FlagPage, ScanResultSchema } from './supervision.schemas.ts';
import * as usecases from './supervision.usecases.ts';

const tags = ['supervision'];

export const BOARD_RULE = {
  zh: '每格为该成员方在该重点领域（含其子领域）参与的任务数：红色为该成员方在任务上有未解除的红色督办标记，黄色为仅有黄色标记，其余为无标记。有红即红，否则有黄即黄，有任务而无标记为绿色。',
  en: 'Each cell counts the tasks of the focus area (sub-areas included) in which the member holds a share: red when the member has an open red flag on the task, yellow when only yellow ones, none otherwise. The cell is red if any task is red, else yellow if any is yellow, green when it has tasks and no flags.',
};

export async function supervisionRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.post('/api/v1/supervision/scan', {
    config: { policy: supervisionPolicies.scan },
    schema: { tags, summary: 'Run the supervision scan now: raise, resolve and escalate flags; returns the counts', response: { 200: ScanResultSchema } },
    handler: async (request) => usecases.runScan(callerDeps(deps, request)),
  });

  app.get('/api/v1/supervision/board', {
    config: { policy: supervisionPolicies.read },
    schema: { tags, summary: 'Focus area × member: tasks with red / yellow / no flags, colour per cell, and the filters to open them', querystring: BoardQuery, response: { 200: BoardSchema } },
    handler: async (request) => ({ ...(await usecases.board(deps, request.query.planId)), rule: BOARD_RULE }),
  });

  app.get('/api/v1/supervision/flags', {
    config: { policy: supervisionPolicies.read },
    schema: { tags, summary: 'Supervision flags, newest first (open ones unless open=false)', querystring: FlagListQuery, response: { 200: FlagPage } },
    handler: async (request) => {
      const page = await usecases.listFlags(deps, request.query);
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((f) => ({
          id: f.id,
          kind: f.kind,
          severity: f.severity,
          taskId: f.task_id,
          taskCode: f.task_code,
          taskTitleZh: f.task_title_zh,
          taskTitleEn: f.task_title_en,
          memberCode: f.member_code,
          shareId: f.share_id,
          milestoneId: f.milestone_id,
          period: f.period,
          detail: f.detail,
          raisedAt: f.raised_at.toISOString(),
          resolvedAt: f.resolved_at?.toISOString() ?? null,
          escalationLevel: f.escalation_level,
          nextEscalationAt: f.next_escalation_at?.toISOString() ?? null,
        })),
      };
    },
  });
}
