/**
 * A major matter's hand-offs go to its parties: the Office, which coordinates
 * every matter, and the liaisons of the members party to it. Raising,
 * escalating, sending down, withdrawing and resolving are each announced once,
 * linking to the matter's page (its timeline shows the step).
 */
import type { MeetingTier } from '../../db/schema.ts';
import type { Trx } from '../audit/audit.usecases.ts';
import { announce, memberParam, merge, same, titleIn, type LocalParams, type NoticeDeps } from '../notifications/handoffs.ts';
import { TIER_NAMES } from './matters.models.ts';
import * as repo from './matters.repository.ts';

type Matter = { id: string; title_zh: string; title_en: string };
type Step =
  | { kind: 'matters.raised' }
  | { kind: 'matters.escalated' | 'matters.de_escalated'; to: MeetingTier; reason: string; version: number }
  | { kind: 'matters.withdrawn'; reason: string }
  | { kind: 'matters.resolved'; decision: { id: string; titleZh: string; titleEn: string } };

const tierParam = (tier: MeetingTier): LocalParams => ({ 'zh-CN': { tier: TIER_NAMES[tier].zh }, en: { tier: TIER_NAMES[tier].en } });

export async function announceMatter(trx: Trx, deps: NoticeDeps, matter: Matter, step: Step): Promise<string[]> {
  const members = await repo.membersOf(trx, matter.id);
  let params: LocalParams = same({});
  let event = matter.id;
  switch (step.kind) {
    case 'matters.raised':
      params = await memberParam(trx, 'members', members);
      break;
    case 'matters.escalated':
    case 'matters.de_escalated':
      params = merge(tierParam(step.to), same({ reason: step.reason }));
      event = `${matter.id}:v${step.version}`;
      break;
    case 'matters.withdrawn':
      params = same({ reason: step.reason });
      break;
    case 'matters.resolved':
      params = { 'zh-CN': { decision: titleIn('zh-CN', step.decision.titleZh, step.decision.titleEn) }, en: { decision: titleIn('en', step.decision.titleZh, step.decision.titleEn) } };
      break;
  }
  return announce(trx, deps, {
    kind: step.kind,
    record: { type: 'matter', id: matter.id, titleZh: matter.title_zh, titleEn: matter.title_en },
    audience: { office: true, liaisonsOf: members },
    event,
    link: `/matters/${matter.id}`,
    params,
  });
}
