import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_work_loop.ts';
import * as m0003 from './0003_supervision.ts';
import * as m0004 from './0004_excel_imports.ts';
import * as m0005 from './0005_work_indexes.ts';
import * as m0006 from './0006_governance.ts';
import * as m0007 from './0007_documents.ts';
import * as m0008 from './0008_list_indexes.ts';
import * as m0009 from './0009_my_work_reports_index.ts';
import * as m0010 from './0010_data_change_notify.ts';
import * as m0011 from './0011_board_counts.ts';
import * as m0012 from './0012_session_end_notify.ts';
import * as m0013 from './0013_indicators.ts';
import * as m0014 from './0014_integration_index.ts';
import * as m0015 from './0015_api_tokens.ts';
import * as m0017 from './0017_handoffs.ts';
import * as m0018 from './0018_faults.ts';
import * as m0019 from './0019_ical_sequence.ts';
import * as m0020 from './0020_auth_security.ts';
import * as m0021 from './0021_demo_plan_repair.ts';
import * as m0022 from './0022_kept_counts.ts';
import * as m0024 from './0024_search.ts';
import * as m0025 from './0025_records_2024.ts';
import * as m0026 from './0026_public_services.ts';
import * as m0027 from './0027_projects.ts';
import * as m0028 from './0028_risks.ts';
import * as m0029 from './0029_publications.ts';
import * as m0030 from './0030_time_of_day_known.ts';
import * as m0032 from './0032_project_documents.ts';
import * as m0033 from './0033_fold_past_due.ts';
import * as m0034 from './0034_my_work_share_order.ts';
import * as m0035 from './0035_results_editions.ts';

/** Every migration, in order. Names are permanent: never rename or reorder. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_work_loop': m0002,
  '0003_supervision': m0003,
  '0004_excel_imports': m0004,
  '0005_work_indexes': m0005,
  '0006_governance': m0006,
  '0007_documents': m0007,
  '0008_list_indexes': m0008,
  '0009_my_work_reports_index': m0009,
  '0010_data_change_notify': m0010,
  '0011_board_counts': m0011,
  '0012_session_end_notify': m0012,
  '0013_indicators': m0013,
  '0014_integration_index': m0014,
  '0015_api_tokens': m0015,
  '0017_handoffs': m0017,
  '0018_faults': m0018,
  '0019_ical_sequence': m0019,
  '0020_auth_security': m0020,
  '0021_demo_plan_repair': m0021,
  '0022_kept_counts': m0022,
  '0024_search': m0024,
  '0025_records_2024': m0025,
  '0026_public_services': m0026,
  '0027_projects': m0027,
  '0028_risks': m0028,
  '0029_publications': m0029,
  '0030_time_of_day_known': m0030,
  '0032_project_documents': m0032,
  '0033_fold_past_due': m0033,
  '0034_my_work_share_order': m0034,
  '0035_results_editions': m0035,
};
