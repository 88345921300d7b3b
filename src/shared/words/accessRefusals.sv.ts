import type { Messages } from './messages.js';

/** Swedish words of the refusals of what a unit or a role may do; accessRefusals.en.ts mirrors every key. */
export const accessRefusalsSv = {
  /** A case action refused for the unit's standing in the case, by the decision's code. */
  case: {
    consent_not_in_force:
      'Samtycket gäller inte längre, så det går inte just nu. Registrera ett nytt samtycke eller avsluta SIP:en.',
    not_allowed_for_unit: 'Din enhets roll i den här SIP:en ger inte behörighet till det.',
  },
  /** An organisation action refused for the user's role, by the action. */
  organisation: {
    workWithCases:
      'Din roll i enheten du arbetar för arbetar inte med ärenden: den kan inte starta en SIP eller en utskrivning.',
    readAccessLog: 'Din roll i enheten du arbetar för ger inte behörighet att granska åtkomstloggen.',
    administerUnits: 'Din roll i enheten du arbetar för ger inte behörighet att administrera enheter.',
    readStatistics: 'Din roll i enheten du arbetar för ger inte behörighet att se statistik.',
    administerCountySettings: 'Bara systemadministratören kan ändra länets inställningar.',
    readOutbox: 'Din roll i enheten du arbetar för ger inte behörighet att läsa utkorgen för e-post.',
  },
};

export type AccessRefusalMessages = Messages<typeof accessRefusalsSv>;
