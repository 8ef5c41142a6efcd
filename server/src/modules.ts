import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { regionRoutes } from './modules/region/region.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import { tasksRoutes } from './modules/tasks/tasks.routes.ts';
import { excelRoutes } from './modules/excel/excel.routes.ts';
import { jobsRoutes } from './modules/jobs/jobs.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { supervisionRoutes } from './modules/supervision/supervision.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { meetingsRoutes } from './modules/meetings/meetings.routes.ts';
import { decisionsRoutes } from './modules/decisions/decisions.routes.ts';
import { mattersRoutes } from './modules/matters/matters.routes.ts';
import { agreementsRoutes } from './modules/agreements/agreements.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.ts';
import { todoRoutes } from './modules/todo/todo.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { compositeIndexRoutes } from './modules/composite-index/composite-index.routes.ts';
import { tokensRoutes } from './modules/tokens/tokens.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { servicesRoutes } from './modules/services/services.routes.ts';
import { risksRoutes } from './modules/risks/risks.routes.ts';
import { publicationsRoutes } from './modules/publications/publications.routes.ts';
import { portalRoutes } from './modules/portal/portal.routes.ts';
import { projectsRoutes } from './modules/projects/projects.routes.ts';
import { printingRoutes } from './modules/printing/printing.routes.ts';
import { resultsRoutes } from './modules/results/results.routes.ts';

export interface AppModule {
  name: string;
  routes: (app: FastifyInstance, deps: AppDeps) => Promise<void>;
}

/** Every feature module, in registration order. Adding a module means adding it here. */
export const modules: AppModule[] = [
  { name: 'system', routes: systemRoutes },
  { name: 'auth', routes: authRoutes },
  { name: 'users', routes: usersRoutes },
  { name: 'region', routes: regionRoutes },
  { name: 'audit', routes: auditRoutes },
  { name: 'plans', routes: plansRoutes },
  { name: 'tasks', routes: tasksRoutes },
  { name: 'excel', routes: excelRoutes },
  { name: 'reports', routes: reportsRoutes },
  { name: 'supervision', routes: supervisionRoutes },
  { name: 'notifications', routes: notificationsRoutes },
  { name: 'jobs', routes: jobsRoutes },
  { name: 'meetings', routes: meetingsRoutes },
  { name: 'decisions', routes: decisionsRoutes },
  { name: 'matters', routes: mattersRoutes },
  { name: 'agreements', routes: agreementsRoutes },
  { name: 'calendar', routes: calendarRoutes },
  { name: 'documents', routes: documentsRoutes },
  { name: 'indicators', routes: indicatorsRoutes },
  { name: 'todo', routes: todoRoutes },
  { name: 'dashboard', routes: dashboardRoutes },
  { name: 'composite-index', routes: compositeIndexRoutes },
  { name: 'tokens', routes: tokensRoutes },
  { name: 'search', routes: searchRoutes },
  { name: 'services', routes: servicesRoutes },
  { name: 'risks', routes: risksRoutes },
  { name: 'publications', routes: publicationsRoutes },
  { name: 'portal', routes: portalRoutes },
  { name: 'projects', routes: projectsRoutes },
  { name: 'printing', routes: printingRoutes },
  { name: 'results', routes: resultsRoutes },
];
