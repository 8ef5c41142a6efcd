/**
 * Demo governance: a held coordination meeting whose minutes await the
 * members' approval, an upcoming working-group meeting, major matters at two
 * tiers and two agreements (one in force with clauses tied to demo tasks).
 * Every record has is_demo set and its title says 【演示】/[Demo]; the
 * contents are invented for demonstration and are not real records. The demo
 * accounts act (the Office drafts, liaisons raise and approve), so the audit
 * trail and timelines read as they would in use.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { RoleName } from '../../db/schema.ts';
import { actorOf, type UserPrincipal } from '../../shared/principal.ts';
import { createAgreement } from '../agreements/agreements.usecases.ts';
import { changeTier, coordinate, raiseMatter } from '../matters/matters.usecases.ts';
import { createMeeting, decideMinutes, draftMinutes } from '../meetings/meetings.usecases.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { findUserByUsername } from '../auth/auth.repository.ts';
import { listAreas } from '../plans/plans.repository.ts';
import { demoTaskIdsByTitle } from './demo.repository.ts';

const FLAG = 'demo.governance_loaded';
const MEMBERS = ['310000', '320000', '330000', '340000'] as const;
const MEMBER_NAMES: Record<(typeof MEMBERS)[number], [string, string]> = {
  '310000': ['上海市', 'Shanghai'], '320000': ['江苏省', 'Jiangsu'], '330000': ['浙江省', 'Zhejiang'], '340000': ['安徽省', 'Anhui'],
};
const LIAISONS: Record<(typeof MEMBERS)[number], string> = {
  '310000': 'demo.sh.liaison', '320000': 'demo.js.liaison', '330000': 'demo.zj.liaison', '340000': 'demo.ah.liaison',
};

type Deps = Pick<AppDeps, 'db' | 'clock'>;

/** A demo account acting with one role, as the session plugin would build it for a signed-in user. */
async function demoPrincipal(deps: Deps, username: string, role: RoleName, memberCode: string | null = null): Promise<UserPrincipal | undefined> {
  const user = await findUserByUsername(deps.db, username);
  if (!user?.is_demo) return undefined;
  return {
    kind: 'user', userId: user.id, username: user.username, displayName: user.display_name, locale: user.locale,
    roles: [{ id: `demo:${username}`, role, memberCode, bodyCode: null }], mustChangePassword: false, isDemo: true,
    sessionTokenHash: Buffer.alloc(0), csrfToken: '',
  };
}

const acting = (deps: Deps, principal: UserPrincipal) => ({ ...deps, principal, actor: actorOf(principal, null) });

export async function loadDemoGovernance(deps: Deps): Promise<{ loaded: boolean; meetings: number; matters: number; agreements: number }> {
  const none = { loaded: false, meetings: 0, matters: 0, agreements: 0 };
  if ((await getSetting(deps.db, FLAG)) === true) return none;
  const office = await demoPrincipal(deps, 'demo.office', 'office');
  if (!office) return none; // demo accounts not loaded: nothing to act as
  const liaisons = new Map<string, ReturnType<typeof acting>>();
  for (const code of MEMBERS) {
    const principal = await demoPrincipal(deps, LIAISONS[code], 'liaison', code);
    if (principal) liaisons.set(code, acting(deps, principal));
  }
  const asOffice = acting(deps, office);
  const areas = new Map((await listAreas(deps.db)).map((a) => [a.code, a.id]));

  // A coordination meeting held in spring, its minutes drafted: Shanghai approved, Zhejiang asked for a change.
  const joint = await createMeeting(asOffice, {
    type: 'joint_meeting', tier: 'coordination', hostMemberCode: '320000', hostCityCode: '320100',
    startsAt: '2026-03-20T01:00:00Z', endsAt: '2026-03-20T09:00:00Z', venueZh: '【演示】南京', venueEn: '[Demo] Nanjing',
    titleZh: '【演示】2026年长三角地区合作与发展联席会议', titleEn: '[Demo] 2026 Joint Meeting on Cooperation and Development',
    themeZh: '【演示】推进年度重点任务落实', themeEn: '[Demo] Delivering the key tasks of the year', status: 'held', isDemo: true,
    participants: [
      { nameZh: '【演示】区域合作办公室 主任', nameEn: '[Demo] Director, Regional Cooperation Office', organisation: '区域合作办公室', role: 'presider' },
      ...MEMBERS.map((code) => ({
        nameZh: `【演示】${MEMBER_NAMES[code][0]}发展改革委 代表`, nameEn: `[Demo] ${MEMBER_NAMES[code][1]} DRC representative`,
        titleZh: '副主任', titleEn: 'Deputy Director', memberCode: code, role: 'attendee' as const,
      })),
    ],
    agenda: [
      { titleZh: '【演示】通报三年行动计划年度进展', titleEn: '[Demo] Progress of the Three-Year Action Plan' },
      { titleZh: '【演示】协调省际断头路建设重大事项', titleEn: '[Demo] Coordinating the cross-border dead-end roads matter' },
      { titleZh: '【演示】审议文旅一卡通合作协议', titleEn: '[Demo] The culture and tourism pass agreement' },
    ],
  });
  await draftMinutes(asOffice, joint, {
    bodyZh: '【演示】会议纪要（演示文本）：一、会议通报了三年行动计划年度进展；二、会议就省际断头路建设资金分担进行了协调；三、会议同意签署文旅一卡通合作协议。',
    bodyEn: '[Demo] Minutes (demo text): 1. Progress of the Three-Year Action Plan was reported; 2. funding of cross-border roads was coordinated; 3. the culture and tourism pass agreement was approved for signature.',
  });
  const sh = liaisons.get('310000');
  const zj = liaisons.get('330000');
  if (sh) await decideMinutes(sh, joint, { memberCode: '310000', verdict: 'approve' });
  if (zj) await decideMinutes(zj, joint, { memberCode: '330000', verdict: 'request_change', comment: '【演示】建议在第二项补充资金分担的时间安排。' });

  // An upcoming working-group meeting for the calendar.
  await createMeeting(asOffice, {
    type: 'working_group', tier: 'execution', hostMemberCode: '340000', hostCityCode: '340100',
    startsAt: '2026-12-17T06:00:00Z', endsAt: '2026-12-17T09:00:00Z', venueZh: '【演示】合肥', venueEn: '[Demo] Hefei',
    titleZh: '【演示】生态环境联防联治专题合作组会议', titleEn: '[Demo] Working group on joint ecological protection', status: 'published', isDemo: true,
    participants: MEMBERS.map((code) => ({ nameZh: `【演示】${MEMBER_NAMES[code][0]}生态环境厅 代表`, nameEn: `[Demo] ${MEMBER_NAMES[code][1]} ecology department`, memberCode: code, role: 'attendee' as const })),
  });

  // Major matters raised by members' liaisons: one still with the Office, one escalated to the coordination tier.
  let matters = 0;
  const ah = liaisons.get('340000');
  const js = liaisons.get('320000');
  if (ah) {
    await raiseMatter(ah, {
      titleZh: '【演示】省际断头路建设资金分担方式未达成一致', titleEn: '[Demo] No agreement on sharing the cost of cross-border roads',
      descriptionZh: '【演示】演示数据：两省交界处道路项目的资金分担比例尚未商定。', descriptionEn: '[Demo] Demo data: the cost split of a border road project is not settled.',
      raisedByMemberCode: '340000', affectedMemberCodes: ['320000'], focusAreaId: areas.get('2') ?? null, urgency: 'normal', isDemo: true,
    });
    matters += 1;
  }
  if (js) {
    const taihu = await raiseMatter(js, {
      titleZh: '【演示】太湖流域跨界断面水质监测数据口径不一', titleEn: '[Demo] Differing water-quality measures at Taihu cross-border sections',
      descriptionZh: '【演示】演示数据：相邻监测断面的指标口径不同，无法直接比较。', descriptionEn: '[Demo] Demo data: neighbouring sections report by different measures.',
      raisedByMemberCode: '320000', affectedMemberCodes: ['330000', '310000'], focusAreaId: areas.get('4') ?? null, urgency: 'high', isDemo: true,
    });
    await coordinate(asOffice, taihu, { note: '【演示】办公室已组织两轮协调，三方口径仍有分歧。' });
    await changeTier(js, taihu, { direction: 'up', reason: '【演示】执行层协调未果，提请联席会议协调。' });
    matters += 1;
  }

  // Agreements: one signed at the joint meeting and in force, one in draft.
  const tasks = await demoTaskIdsByTitle(deps.db, ['【演示】长三角文旅一卡通', '【演示】江南文化品牌联合推广', '【演示】太湖流域水环境综合治理']);
  await createAgreement(asOffice, {
    titleZh: '【演示】长三角文旅一卡通合作协议', titleEn: '[Demo] YRD culture and tourism pass agreement', meetingId: joint,
    signedOn: '2026-03-20', termStart: '2026-04-01', termEnd: '2028-12-31', status: 'in_force', isDemo: true,
    parties: MEMBERS.map((memberCode) => ({ memberCode })),
    clauses: [
      { textZh: '【演示】四方景区互认一卡通并共享客源数据。', textEn: '[Demo] The four members accept one pass and share visitor data.', taskIds: [tasks.get('【演示】长三角文旅一卡通')].filter((id): id is string => Boolean(id)) },
      { textZh: '【演示】联合推广江南文化旅游线路。', textEn: '[Demo] Jointly promote Jiangnan culture routes.', taskIds: [tasks.get('【演示】江南文化品牌联合推广')].filter((id): id is string => Boolean(id)) },
    ],
  });
  await createAgreement(asOffice, {
    titleZh: '【演示】太湖流域水环境联合治理协议（草案）', titleEn: '[Demo] Taihu basin joint water governance agreement (draft)',
    termStart: '2027-01-01', termEnd: '2029-12-31', status: 'draft', isDemo: true,
    parties: [{ memberCode: '310000' }, { memberCode: '320000' }, { memberCode: '330000' }],
    clauses: [{ textZh: '【演示】统一跨界断面监测指标与频次。', textEn: '[Demo] One set of measures and frequencies at cross-border sections.', taskIds: [tasks.get('【演示】太湖流域水环境综合治理')].filter((id): id is string => Boolean(id)) }],
  });

  await putSetting(deps.db, FLAG, true);
  return { loaded: true, meetings: 2, matters, agreements: 2 };
}
