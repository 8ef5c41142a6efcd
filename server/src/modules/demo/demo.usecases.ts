/**
 * Demo data: clearly labelled (is_demo in the data, a "演示/Demo" tag in the UI),
 * loaded once on first start when YRD_DEMO_DATA is on. Demo accounts have no
 * password: an administrator issues one with "reset password" to try a role.
 */
import type { AppDeps } from '../../app-deps.ts';
import type { RoleName } from '../../db/schema.ts';
import { systemActor } from '../../shared/principal.ts';
import { getSetting, putSetting } from '../region/region.repository.ts';
import { createUser } from '../users/users.usecases.ts';
import { usernameExists } from '../users/users.repository.ts';
import { loadDemoServices } from './demo.services.ts';
import { loadDemoRisks } from './demo.risks.ts';
import { loadDemoProjects } from './demo.projects.ts';

const DEMO_FLAG = 'demo.accounts_loaded';

interface DemoAccount {
  username: string;
  displayName: string;
  role: RoleName;
  memberCode?: string;
  bodyCode?: string;
  locale?: 'zh-CN' | 'en';
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'demo.office', displayName: '【演示】区域合作办公室 张敏', role: 'office', bodyCode: undefined },
  { username: 'demo.sh.liaison', displayName: '【演示】上海市发展改革委 联络员', role: 'liaison', memberCode: '310000', bodyCode: 'drc-310000' },
  { username: 'demo.js.liaison', displayName: '【演示】江苏省发展改革委 联络员', role: 'liaison', memberCode: '320000', bodyCode: 'drc-320000' },
  { username: 'demo.zj.liaison', displayName: '【演示】浙江省发展改革委 联络员', role: 'liaison', memberCode: '330000', bodyCode: 'drc-330000' },
  { username: 'demo.ah.liaison', displayName: '【演示】安徽省发展改革委 联络员', role: 'liaison', memberCode: '340000', bodyCode: 'drc-340000' },
  { username: 'demo.js.editor', displayName: '【演示】江苏省 部门编辑', role: 'editor', memberCode: '320000' },
  { username: 'demo.observer', displayName: '[Demo] NDRC observer', role: 'observer', locale: 'en' },
];

export async function loadDemoData(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<{ loaded: boolean; accounts: number }> {
  await loadDemoServices(deps); // its own flag: installations that had the accounts get the services too
  await loadDemoRisks(deps); // its own flags, like the services
  await loadDemoProjects(deps); // its own flag, like the services
  if ((await getSetting(deps.db, DEMO_FLAG)) === true) return { loaded: false, accounts: 0 };
  const actor = systemActor('demo-data');
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await usernameExists(deps.db, account.username)) continue;
    await createUser(
      { ...deps, actor },
      {
        username: account.username,
        displayName: account.displayName,
        locale: account.locale ?? 'zh-CN',
        roles: [{ role: account.role, memberCode: account.memberCode ?? null, bodyCode: account.bodyCode ?? null }],
        isDemo: true,
        withPassword: false,
      },
    );
    created += 1;
  }
  await putSetting(deps.db, DEMO_FLAG, true);
  return { loaded: true, accounts: created };
}
