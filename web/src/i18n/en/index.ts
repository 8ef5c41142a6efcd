/** UI strings in English, the second working language: the same keys as zh-CN/, feature by feature. */
import type { Messages } from '../messages.ts';
import type { zhCN } from '../zh-CN/index.ts';
import { shell } from './shell.ts';
import { common } from './common.ts';
import { auth } from './auth.ts';
import { home } from './home.ts';
import { region } from './region.ts';
import { users } from './users.ts';
import { audit } from './audit.ts';
import { plans } from './plans.ts';
import { tasks } from './tasks.ts';
import { reports } from './reports.ts';
import { mywork } from './mywork.ts';
import { supervision } from './supervision.ts';
import { inbox } from './inbox.ts';
import { webhooks } from './webhooks.ts';
import { excel } from './excel.ts';
import { meetings } from './meetings.ts';
import { matters } from './matters.ts';
import { agreements } from './agreements.ts';
import { documents } from './documents.ts';
import { dashboard } from './dashboard.ts';
import { indicators } from './indicators.ts';
import { todo } from './todo.ts';
import { tokens } from './tokens.ts';
import { publications } from './publications.ts';
import { search } from './search.ts';
import { services } from './services.ts';
import { projects } from './projects.ts';
import { risks } from './risks.ts';
import { printing } from './printing.ts';
import { results } from './results.ts';

export const en: Messages<typeof zhCN> = {
  ...shell,
  ...common,
  ...auth,
  ...home,
  ...region,
  ...users,
  ...audit,
  ...plans,
  ...tasks,
  ...reports,
  ...mywork,
  ...supervision,
  ...inbox,
  ...webhooks,
  ...excel,
  ...meetings,
  ...matters,
  ...agreements,
  ...documents,
  ...dashboard,
  ...indicators,
  ...todo,
  ...tokens,
  ...publications,
  ...search,
  ...services,
  ...projects,
  ...risks,
  ...printing,
  ...results,
};
