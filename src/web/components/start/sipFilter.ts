import type { SipListItem } from '../../../shared/api/sipList.js';
import type { sipPhaseValues } from '../../../shared/api/vocabulary.js';

export type PhaseFilter = (typeof sipPhaseValues)[number] | '';

export interface SipFilter {
  phase: PhaseFilter;
  text: string;
}

function normalise(value: string): string {
  return value.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/** The SIPs that match a phase and a piece of a case number or a name; done in the browser, the list is the unit's. */
export function filterSips(sips: SipListItem[], filter: SipFilter): SipListItem[] {
  const text = normalise(filter.text);
  return sips.filter(
    (sip) =>
      (filter.phase === '' || sip.phase === filter.phase) &&
      (text === '' || normalise(sip.caseNumber).includes(text) || normalise(sip.personName).includes(text)),
  );
}
