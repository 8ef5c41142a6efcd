import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp } from './schema.ts';

/** The shared public services catalogue (migration 0026). */
export type ServiceCategory = 'employment' | 'medical_insurance' | 'social_security' | 'pension' | 'government_services' | 'transport' | 'education' | 'other';
export type AvailabilityStatus = 'planned' | 'pilot' | 'available' | 'suspended';
export type ServiceChannel = 'online' | 'app' | 'counter';
export type UsageBasis = 'origin' | 'destination' | 'total';
/** date: read as YYYY-MM-DD text (the driver's date parser is off for dates). */
type DateText = ColumnType<string, string, string>;
/** bigint: read as text by the driver, written from a number. */
type BigCount = ColumnType<string, number | string, number | string>;

export interface PublicServicesTable {
  id: Generated<string>;
  code: string;
  name_zh: string;
  name_en: Generated<string>;
  category: ServiceCategory;
  legal_basis_zh: Generated<string>;
  legal_basis_en: Generated<string>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PublicServiceBodiesTable {
  service_id: string;
  member_code: string;
  body_code: string;
}

export interface PublicServiceAvailabilityTable {
  id: Generated<string>;
  service_id: string;
  member_code: string;
  status: AvailabilityStatus;
  since: DateText | null;
  channels: Generated<ServiceChannel[]>;
  all_cities: Generated<boolean>;
  city_codes: Generated<string[]>;
  note: Generated<string>;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  updated_at: GeneratedTimestamp;
  updated_by: string | null;
}

export interface PublicServiceAvailabilityHistoryTable {
  id: Generated<string>;
  availability_id: string;
  service_id: string;
  member_code: string;
  revision: number;
  status: AvailabilityStatus;
  since: DateText | null;
  channels: ServiceChannel[];
  all_cities: boolean;
  city_codes: string[];
  note: Generated<string>;
  is_demo: Generated<boolean>;
  changed_by: string | null;
  changed_by_name: Generated<string>;
  changed_at: GeneratedTimestamp;
}

export interface PublicServiceUsageTable {
  service_id: string;
  origin_member_code: string;
  destination_member_code: string;
  month: string;
  month_start: DateText;
  count: BigCount;
  is_demo: Generated<boolean>;
  version: Generated<number>;
  updated_at: GeneratedTimestamp;
  updated_by: string | null;
}

export interface PublicServiceIndicatorsTable {
  service_id: string;
  basis: UsageBasis;
  indicator_id: string;
  created_at: GeneratedTimestamp;
}

export interface ServiceTables {
  public_services: PublicServicesTable;
  public_service_bodies: PublicServiceBodiesTable;
  public_service_availability: PublicServiceAvailabilityTable;
  public_service_availability_history: PublicServiceAvailabilityHistoryTable;
  public_service_usage: PublicServiceUsageTable;
  public_service_indicators: PublicServiceIndicatorsTable;
}
