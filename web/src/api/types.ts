/**
 * The API's shapes as the screens name them, every one taken from the server's
 * OpenAPI document (generated/openapi.d.ts via openapi.ts, by operationId):
 * no answer, body or query is written by hand (only the generic Page and the
 * documents' address segment are), so a server schema change shows up as a
 * type error wherever the UI relies on the old shape. Lists of values the
 * screens iterate (statuses, tiers…) are in values.ts, checked against these.
 *
 * Where the document types a value only as a string (a plan transition's and
 * a baseline row's status, a task's plan kind/status, a flag's kind, a matter
 * event's kind and tiers), so do these: narrow with isOneOf (values.ts).
 */
import type { ApiBody, ApiErrorBody, ApiItem, ApiQuery, ApiResult, ElementOf } from './openapi.ts';

export * from './values.ts';

/** Cursor-paged list operations answer this shape (the generic the paging hooks use). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list's query without its paging. */
type Filters<Q> = Omit<Q, 'cursor' | 'limit'>;

// — common: errors (every operation), the signed-in user (auth)
export type ErrorBody = ApiErrorBody;
export type FieldError = ElementOf<NonNullable<ErrorBody['error']['fields']>>;
export type SessionResponse = ApiResult<'auth.session'>;
export type CurrentUser = NonNullable<SessionResponse['user']>;
export type RoleGrant = ElementOf<CurrentUser['roles']>;
export type Locale = CurrentUser['locale'];
export type RoleName = RoleGrant['role'];
export type PasswordPolicy = ApiResult<'auth.passwordPolicy'>;

// — users
export type User = ApiResult<'users.get'>;
export type UserStatus = User['status'];
export type UserRole = ElementOf<User['roles']>;
export type RoleInput = ApiBody<'users.grantRole'>;
export type CreateUserInput = ApiBody<'users.create'>;
export type UpdateUserInput = ApiBody<'users.update'>;

// — region
export type RegionOverview = ApiResult<'region.get'>;
export type Region = NonNullable<RegionOverview['region']>;
export type Member = ApiItem<'region.listMembers'>;
export type City = ApiItem<'region.listCities'>;
export type Body = ApiItem<'region.listBodies'>;
export type Tier = Body['tier'];

// — audit
export type AuditEvent = ApiItem<'audit.list'>;
export type AuditOutcome = AuditEvent['outcome'];

// — plans
export type Plan = ApiItem<'plans.list'>;
export type PlanKind = Plan['kind'];
export type PlanStatus = Plan['status'];
export type Cadence = Plan['reportingCadence'];
export type PlanDetail = ApiResult<'plans.get'>;
export type PlanTransition = ElementOf<PlanDetail['transitions']>;
export type CreatePlanInput = ApiBody<'plans.create'>;
export type UpdatePlanInput = ApiBody<'plans.update'>;
export type DeriveAnnualInput = ApiBody<'plans.createAnnualPlan'>;
export type Baseline = ApiResult<'plans.baseline'>;
export type BaselineRow = ElementOf<Baseline['rows']>;
export type FocusArea = ApiItem<'plans.listFocusAreas'>;
export type CreateAreaInput = ApiBody<'plans.createFocusArea'>;

// — tasks
export type TaskListItem = ApiItem<'tasks.list'>;
export type TaskDetail = ApiResult<'tasks.get'>;
export type WorkStatus = TaskDetail['status'];
export type Priority = TaskDetail['priority'];
export type Share = ElementOf<TaskDetail['shares']>;
export type ShareRole = Share['role'];
export type Milestone = ElementOf<TaskDetail['milestones']>;
export type TaskFlag = ElementOf<TaskDetail['flags']>;
export type Severity = TaskFlag['severity'];
export type TaskPlanRef = ElementOf<TaskDetail['plans']>;
export type TaskFilters = Filters<ApiQuery<'tasks.list'>>;
export type MemberRoleFilter = NonNullable<TaskFilters['memberRole']>;
export type FlagFilter = NonNullable<TaskFilters['flag']>;
export type TaskSort = NonNullable<TaskFilters['sort']>;
export type CreateTaskInput = ApiBody<'tasks.create'>;
export type UpdateTaskInput = ApiBody<'tasks.update'>;
export type UpdateShareInput = ApiBody<'tasks.updateShare'>;
export type SavedView = ApiItem<'tasks.listSavedViews'>;

// — excel
export type ImportReport = ApiResult<'excel.importTasks', 200>;
export type ImportMode = ImportReport['mode'];
export type ImportRowError = ElementOf<ImportReport['errors']>;
/** About a whole column: a synonym read as a field, a row-number or empty column left out. */
export type ImportWarning = ElementOf<ImportReport['warnings']>;
export type ImportAccepted = ApiResult<'excel.importTasks', 202>;
export type ImportStatus = ApiResult<'excel.importStatus'>;

// — reports and My work
export type ReportDetail = ApiResult<'reports.get'>;
export type ReviewState = ReportDetail['state'];
export type Evidence = ElementOf<ReportDetail['evidence']>;
export type FileReportInput = ApiBody<'reports.file'>;
/** GET /api/v1/my-work: the totals; each section's rows come page by page from its own list. */
export type MyWorkSummary = ApiResult<'reports.myWork'>;
export type MyShare = ApiItem<'reports.myWorkShares'>;
export type MyFlag = ApiItem<'reports.myWorkFlags'>;
/** A row of the report list (and of My work's report sections). */
export type ReportListItem = ApiItem<'reports.list'>;
/** Filters of the report list (GET /reports); the page keeps them in its address. */
export type ReportFilters = Filters<ApiQuery<'reports.list'>>;

// — supervision
export type Board = ApiResult<'supervision.board'>;
export type BoardCell = ElementOf<Board['cells']>;
export type BoardColour = BoardCell['colour'];
export type ScanResult = ApiResult<'supervision.scan'>;

// — notifications
export type InboxPage = ApiResult<'notifications.inbox'>;
export type Notification = ElementOf<InboxPage['items']>;
export type Webhook = ApiItem<'notifications.listWebhooks'>;
export type WebhookDelivery = ApiItem<'notifications.listWebhookDeliveries'>;

// — documents
/** The owner's collection in the documents' addresses (/api/v1/<owner>/:id/documents). */
export type DocumentOwnerKind = 'meetings' | 'agreements' | 'projects';
export type StoredDocument = ApiItem<'documents.listForMeeting'>;

// — dashboard
export type DashboardSummary = ApiResult<'dashboard.summary'>;
/** A count and the list that shows exactly the records counted. */
export type DashboardFigure = DashboardSummary['tasks']['total'];
export type AreaProgress = ElementOf<DashboardSummary['byArea']>;
export type MemberProgress = ElementOf<DashboardSummary['byMember']>;
export type StatusSegment = ElementOf<AreaProgress['statuses']>;
export type BilingualRule = DashboardSummary['rules']['tasks'];

// — meetings, minutes, decisions, calendar
export type Meeting = ApiItem<'meetings.list'>;
export type MeetingType = Meeting['type'];
export type MeetingTier = Meeting['tier'];
export type MeetingStatus = Meeting['status'];
export type MeetingDetail = ApiResult<'meetings.get'>;
export type MeetingParticipant = ElementOf<MeetingDetail['participants']>;
export type ParticipantRole = MeetingParticipant['role'];
export type MinutesVersion = ElementOf<MeetingDetail['minutes']>;
export type MinutesStatus = MinutesVersion['status'];
export type MinutesApproval = ElementOf<MinutesVersion['approvals']>;
export type MinutesVerdict = MinutesApproval['verdict'];
export type CreateMeetingInput = ApiBody<'meetings.create'>;
/** Any field of a meeting, naming the version read; participants and agenda, when given, replace the whole list. */
export type UpdateMeetingInput = ApiBody<'meetings.update'>;
export type NextHost = ApiResult<'meetings.nextHost'>;
export type CreateDecisionInput = ApiBody<'decisions.create'>;
export type DecisionEffectInput = ElementOf<CreateDecisionInput['effects']>;
export type DecisionTaskInput = ElementOf<Extract<DecisionEffectInput, { kind: 'create_tasks' }>['tasks']>;
export type DecisionDetail = ApiResult<'decisions.get'>;
export type DecisionEffect = ElementOf<DecisionDetail['effects']>;
export type DecisionEffectKind = DecisionEffect['kind'];
export type DecisionTask = ElementOf<DecisionDetail['tasks']>;
/** A row of the decision list (GET /decisions): implementation by the published rule. */
export type DecisionListItem = ApiItem<'decisions.list'>;
export type DecisionFilters = Filters<ApiQuery<'decisions.list'>>;
export type CalendarToken = ApiResult<'calendar.rotateToken'>;

// — matters
export type Matter = ApiItem<'matters.list'>;
export type MatterTier = Matter['tier'];
export type MatterStatus = Matter['status'];
export type MatterUrgency = Matter['urgency'];
export type MatterDetail = ApiResult<'matters.get'>;
export type MatterEvent = ElementOf<MatterDetail['timeline']>;
export type MatterEventKind = MatterEvent['kind'];
export type MatterBoard = ApiResult<'matters.board'>;
export type BoardMatter = ElementOf<ElementOf<MatterBoard['tiers']>['matters']>;
export type MatterFilters = Filters<ApiQuery<'matters.list'>>;
export type RaiseMatterInput = ApiBody<'matters.create'>;
/** What the matter page shows of the decision that resolved it (GET /api/v1/decisions/:id). */
export type ResolvingDecision = Pick<DecisionDetail, 'id' | 'meetingId' | 'titleZh' | 'titleEn' | 'decidedAt'>;

// — agreements
export type Agreement = ApiItem<'agreements.list'>;
export type AgreementStatus = Agreement['status'];
/** A party is one member or one body. */
export type AgreementParty = ElementOf<Agreement['parties']>;
export type AgreementDetail = ApiResult<'agreements.get'>;
export type AgreementClause = ElementOf<AgreementDetail['clauses']>;
export type ClauseTask = ElementOf<AgreementClause['tasks']>;
export type CreateAgreementInput = ApiBody<'agreements.create'>;
/** What the agreement form needs of a meeting (GET /api/v1/meetings): enough to name it. */
export type SigningMeeting = Pick<Meeting, 'id' | 'type' | 'tier' | 'titleZh' | 'titleEn' | 'startsAt' | 'status'>;

// — indicators and observations
export type Indicator = ApiItem<'indicators.list'>;
export type IndicatorValueKind = Indicator['valueKind'];
export type IndicatorDirection = Indicator['direction'];
export type IndicatorLevel = Indicator['level'];
export type IndicatorFrequency = Indicator['frequency'];
export type IndicatorStatus = Indicator['status'];
export type IndicatorDetail = ApiResult<'indicators.get'>;
/** A target of one scope ('region', a member code or a city code) for one year. */
export type IndicatorTarget = ElementOf<IndicatorDetail['targets']>;
export type IndicatorListQuery = Filters<ApiQuery<'indicators.list'>>;
export type IndicatorInput = ApiBody<'indicators.create'>;
export type IndicatorSeries = ApiResult<'indicators.series'>;
/** One scope's values over time as parallel arrays, oldest first. */
export type ScopeSeries = ElementOf<IndicatorSeries['series']>;
export type SeriesQuery = ApiQuery<'indicators.series'>;
/** Which value a read shows: the latest revision, or the value as first published. */
export type ObservationView = NonNullable<SeriesQuery['view']>;
export type IndicatorMap = ApiResult<'indicators.map'>;
export type IndicatorMapItem = ElementOf<IndicatorMap['items']>;
export type Observation = ApiItem<'indicators.listObservations'>;
export type ObservationStatus = Observation['status'];
export type ObservationDetail = ApiResult<'indicators.getObservation'>;
/** One entry of an observation's append-only history; revision 1 is the value as first published. */
export type ObservationRevision = ElementOf<ObservationDetail['revisions']>;
export type ObservationListQuery = Filters<ApiQuery<'indicators.listObservations'>>;
export type ObservationInput = ApiBody<'indicators.createObservation'>;
export type ObservationCorrection = ApiBody<'indicators.updateObservation'>;

// — the integration index
export type IndexMethod = ApiItem<'compositeIndex.listIndexMethods'>;
export type IndexMethodDetail = ApiResult<'compositeIndex.getIndexMethod'>;
export type IndexMethodVersion = ElementOf<IndexMethodDetail['versions']>;
export type IndexVersionStatus = IndexMethodVersion['status'];
export type IndexMethodSpec = IndexMethodVersion['spec'];
export type IndexNormalisation = IndexMethodSpec['normalisation'];
export type IndexMissingRule = IndexMethodSpec['missing'];
/** A monthly or quarterly indicator's value for a year: the mean of its periods, or its last period. */
export type IndexYearAggregate = NonNullable<IndexMethodSpec['aggregate']>;
export type IndexVersionInput = ApiBody<'compositeIndex.createVersion'>;
export type IndexValues = ApiResult<'compositeIndex.indexMethodValues'>;
/** One composite value (0–100): scope 'region' or a member code, one year. */
export type IndexValue = ElementOf<IndexValues['items']>;
export type IndexValueComponent = ElementOf<NonNullable<IndexValue['components']>>;
export type IndexIndicatorComponent = ElementOf<IndexValueComponent['indicators']>;
export type IndexValuesQuery = ApiQuery<'compositeIndex.indexMethodValues'>;
export type IndexRun = ApiItem<'compositeIndex.indexMethodRuns'>;

// — printing (single records as PDF, a background job)
export type PrintRequest = ApiBody<'printing.requestPrint'>;
export type PrintAccepted = ApiResult<'printing.requestPrint'>;
export type PrintStatus = ApiResult<'printing.printStatus'>;

// — results reports (annual, quarterly, member: a document model the page, Word and PDF render)
export type ResultsReport = ApiResult<'results.report'>;
export type ResultsKind = ResultsReport['kind'];
export type ReportBlock = ElementOf<ResultsReport['blocks']>;
export type ReportFigure = ElementOf<Extract<ReportBlock, { type: 'figures' }>['items']>;
export type RecordRef = ElementOf<ElementOf<ResultsReport['appendix']>['refs']>;
export type ResultsReportQuery = ApiQuery<'results.report'>;
export type ResultsEdition = ApiResult<'results.edition'>;
export type SaveEditionInput = ApiBody<'results.saveEdition'>;
export type PublishEditionInput = ApiBody<'results.publishEdition'>;
