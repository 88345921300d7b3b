import type { AccessRefusalMessages } from './accessRefusals.sv.js';

export const accessRefusalsEn: AccessRefusalMessages = {
  case: {
    consent_not_in_force:
      'The consent is no longer in force, so this cannot be done now. Record a new consent or close the SIP.',
    not_allowed_for_unit: 'Your unit’s part in this SIP does not allow that.',
  },
  organisation: {
    workWithCases:
      'Your role in the unit you act for does not work with cases: it cannot start a SIP or a discharge.',
    readAccessLog: 'Your role in the unit you act for does not allow reviewing the access log.',
    administerUnits: 'Your role in the unit you act for does not allow administering units.',
    readStatistics: 'Your role in the unit you act for does not allow reading statistics.',
    administerCountySettings: 'Only the system administrator can change the county settings.',
    readOutbox: 'Your role in the unit you act for does not allow reading the mail outbox.',
  },
};
