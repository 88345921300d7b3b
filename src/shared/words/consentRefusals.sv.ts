import type { Messages } from './messages.js';

/** Swedish words of the refusals of a consent as recorded; consentRefusals.en.ts mirrors every key. */
export const consentRefusalsSv = {
  decisionInFuture: 'Datumet för beslutet kan inte ligga i framtiden.',
  unknownUnit: 'En av de valda enheterna finns inte.',
  expired: 'Samtyckets giltighetstid har redan passerat.',
  scopeEmpty: 'Ange vilka enheter som får utbyta information.',
  guardianConsentMissing: 'För ett barn ska vårdnadshavarnas samtycke registreras.',
  childViewMissing: 'Beskriv barnets egen syn, eller varför den inte kunnat inhämtas.',
  consequencesNotExplained:
    'Den enskilde ska ha fått veta vad det innebär att inte samtycka innan nej registreras.',
};

export type ConsentRefusalMessages = Messages<typeof consentRefusalsSv>;
