export type Role = 'staff' | 'unit_manager' | 'organisation_admin' | 'county_coordinator' | 'system_admin';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  locale: 'sv' | 'en';
  activeUnitId: string | null;
  units: {
    unitId: string;
    unitName: string;
    organisationId: string;
    organisationName: string;
    organisationKind: 'region' | 'municipality' | 'other';
    role: Role;
  }[];
  /** Whether the start page shows the first-time guide. */
  showFirstGuide: boolean;
}
