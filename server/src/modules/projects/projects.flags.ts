/**
 * The supervision rule "key project milestone overdue", run by the supervision
 * scan (one call in supervision.usecases.ts runScan) inside its transaction and
 * lock. It uses the same ladder: the lead member's editors (else its liaisons)
 * first, the lead member's liaisons after the escalation grace, the Office after
 * another; one notice per flag, rung and person (dedup key).
 */
import type { AppConfig } from '../../config.ts';
import { translate } from '../../i18n/messages.ts';
import type { RecordAudit, Trx } from '../audit/audit.usecases.ts';
import { notifyUser } from '../notifications/notifications.usecases.ts';
import { nextEscalationAt, recipientsFor, TOP_LEVEL, type Grant } from '../supervision/supervision.ladder.ts';
import { overdueProjectMilestoneFlag, type DesiredProjectFlag } from './projects.models.ts';
import * as repo from './projects.repository.ts';

export const PROJECT_FLAG_NOTICE = 'supervision.overdue_project_milestone';

type FlagRow = repo.ProjectFlagRow;

export interface ProjectScanContext { now: Date; today: string; graceDays: number; grants: Grant[]; audit: RecordAudit }

export async function scanProjectFlags(trx: Trx, config: Pick<AppConfig, 'smtpUrl'>, c: ProjectScanContext) {
  const late = await repo.lateMilestones(trx, c.today);
  const wanted = new Map<string, DesiredProjectFlag>();
  for (const m of late) {
    const flag = overdueProjectMilestoneFlag({ milestoneId: m.id, projectId: m.project_id, leadMemberCode: m.lead_member_code, dueDate: m.due_date, doneOn: m.done_on }, c.today);
    if (flag) wanted.set(flag.subjectKey, flag);
  }
  const milestoneTitles = new Map(late.map((m) => [m.id, m]));
  const projectIds = [...new Set([...late.map((m) => m.project_id)])];
  const open = await repo.openProjectFlags(trx);
  const projects = new Map((await repo.projectTitles(trx, [...new Set([...projectIds, ...open.map((f) => f.project_id)])])).map((p) => [p.id, p]));
  const members = new Map((await repo.memberNames(trx)).map((m) => [m.code, m]));
  const result = { raised: 0, resolved: 0, escalated: 0, notifications: 0 };

  const notify = async (flag: FlagRow) => {
    const project = projects.get(flag.project_id);
    const milestone = flag.milestone_id ? milestoneTitles.get(flag.milestone_id) : undefined;
    const member = members.get(flag.member_code);
    const levels = ['', '（已升级至成员方联络员）', '（已升级至区域合作办公室）'];
    const levelsEn = ['', ' (escalated to the member liaison)', ' (escalated to the Regional Cooperation Office)'];
    const params = (en: boolean) => ({
      code: project?.code ?? '', title: (en ? project?.title_en || project?.title_zh : project?.title_zh) ?? '', member: (en ? member?.name_en : member?.name_zh) ?? flag.member_code,
      milestone: (en ? milestone?.title_en || milestone?.title_zh : milestone?.title_zh) ?? '', dueDate: String(flag.detail.dueDate ?? ''),
      level: (en ? levelsEn : levels)[flag.escalation_level] ?? '',
    });
    const users = recipientsFor(flag.escalation_level, { memberCode: flag.member_code, ownerBodyCode: null }, c.grants);
    for (const userId of users) {
      const id = await notifyUser(trx, config, {
        userId, kind: PROJECT_FLAG_NOTICE, dedupKey: `project-flag:${flag.id}:L${flag.escalation_level}:${flag.severity}:${userId}`,
        titleZh: translate('zh-CN', 'projects.notice.overdue_milestone.title', params(false)), titleEn: translate('en', 'projects.notice.overdue_milestone.title', params(true)),
        bodyZh: translate('zh-CN', 'projects.notice.overdue_milestone.body', params(false)), bodyEn: translate('en', 'projects.notice.overdue_milestone.body', params(true)),
        link: `/projects/${flag.project_id}`,
      }, c.now);
      if (id) result.notifications += 1;
    }
    return users.length;
  };
  const event = (action: string, flag: FlagRow, extra: Record<string, unknown> = {}) =>
    c.audit({ action, objectType: 'project', objectId: flag.project_id, summary: { flagId: flag.id, kind: 'overdue_project_milestone', milestoneId: flag.milestone_id, memberCode: flag.member_code, level: flag.escalation_level, ...extra } });

  for (const flag of open) {
    if (wanted.delete(flag.subject_key)) {
      if (!flag.next_escalation_at || flag.next_escalation_at > c.now || flag.escalation_level >= TOP_LEVEL) continue;
      const level = flag.escalation_level + 1;
      const next = nextEscalationAt(level, c.now, c.graceDays);
      await repo.escalateProjectFlag(trx, flag.id, level, next);
      Object.assign(flag, { escalation_level: level, next_escalation_at: next });
      event('supervision.project_flag_escalate', flag, { recipients: await notify(flag) });
      result.escalated += 1;
      continue;
    }
    await repo.resolveProjectFlag(trx, flag.id, c.now);
    event('supervision.project_flag_resolve', flag);
    result.resolved += 1;
  }
  for (const want of wanted.values()) {
    const flag = await repo.insertProjectFlag(trx, {
      subject_key: want.subjectKey, project_id: want.projectId, milestone_id: want.milestoneId, member_code: want.memberCode, severity: want.severity,
      detail: JSON.stringify(want.detail), raised_at: c.now, next_escalation_at: nextEscalationAt(0, c.now, c.graceDays),
    });
    event('supervision.project_flag_raise', flag, { detail: want.detail, recipients: await notify(flag) });
    result.raised += 1;
  }
  return result;
}
