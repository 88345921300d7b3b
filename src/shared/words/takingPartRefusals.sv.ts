import type { Messages } from './messages.js';

/**
 * Swedish words of the refusals when staff record who from the individual's side takes part in a case (guardians,
 * a child's own sign-in), where the individual's notices go, and when the child's view is taken into the plan;
 * takingPartRefusals.en.ts mirrors every key.
 */
export const takingPartRefusalsSv = {
  sipClosed: 'SIP:en är avslutad och kan inte ändras.',
  guardiansOnlyForChild: 'Vårdnadshavare registreras bara för den som är under 18 år.',
  twoGuardiansAtMost:
    'Ett barn har högst två vårdnadshavare, och två är redan registrerade. Ta bort den ena först om den har ändrats.',
  guardianAlreadyRecorded: 'Den här personen är redan registrerad som vårdnadshavare i ärendet.',
  guardianIsTheChild: 'Barnet kan inte vara sin egen vårdnadshavare.',
  guardianMissing: 'Vårdnadshavaren finns inte i ärendet, eller är redan borttagen.',
  childTooYoung:
    'Barnet är yngre än {{age}} år. Egen inloggning kan ges från {{age}} års ålder (länets inställning).',
  notAChild: 'Personen är 18 år eller äldre och loggar in själv; egen inloggning för barn gäller bara barn.',
  noChildView: 'Barnet har inte berättat något ännu, så det finns inget att ta in i planen.',
  mobileFormat: 'Skriv ett svenskt mobilnummer, till exempel 070-123 45 67 eller +46 70 123 45 67.',
};

export type TakingPartRefusalMessages = Messages<typeof takingPartRefusalsSv>;
