import type { LocalisedText } from '../../domain/errors.js';
import { bothLanguages } from '../words/bothLanguages.js';
import { searchRefusalsEn } from '../words/searchRefusals.en.js';
import { searchRefusalsSv } from '../words/searchRefusals.sv.js';

const words = { sv: searchRefusalsSv, en: searchRefusalsEn };
/**
 * The case list's limits and its case-number search rule, without the validator, so the web app can check a
 * search before it reaches the address without bundling the schemas (those are in sipList.ts).
 */

export const sipListPageSize = { standard: 50, max: 100 } as const;
export const dueWithinDaysMax = 365;
/** How far ahead the start page looks for follow-ups, so they can be booked in time. */
export const followUpHorizonDays = 14;

/** A piece of a case number such as SIP-2026-00042: part of the letters SIP, then digits and dashes. */
const CASE_NUMBER_PIECE = /^(SIP|SI|S|IP|I|P)?[0-9-]+$|^(SIP|SI|S|IP|I|P)$/i;
/** The shape of an identity number (personnummer or samordningsnummer), with or without century and dash. */
const IDENTITY_NUMBER = /\d{6}(\d{2})?-?\d{4}/;

/**
 * What is wrong with a case-number search, or null. Only what a case number can hold is accepted, so neither a
 * name nor an identity number can end up in an address, a log or the browser's history.
 */
export function caseNumberSearchProblem(text: string): LocalisedText | null {
  if (!CASE_NUMBER_PIECE.test(text)) {
    return bothLanguages(words, (said) => said.caseNumberOnly);
  }
  if (IDENTITY_NUMBER.test(text)) {
    return bothLanguages(words, (said) => said.identityNumberInAddress);
  }
  return null;
}
