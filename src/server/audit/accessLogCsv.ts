import { stockholmClock } from '../../domain/time/stockholm.js';
import type { AccessLogEntry, UnusualPattern } from '../../shared/api/accessLog.js';
import { accessLogEn } from '../../shared/words/accessLog.en.js';
import { accessLogSv } from '../../shared/words/accessLog.sv.js';
import type { Language } from '../language.js';
import { spreadsheetCsv } from '../spreadsheetCsv.js';

const headers: Record<Language, string[]> = {
  sv: [
    'Tidpunkt',
    'Användare',
    'Användarnamn',
    'Enhet',
    'Roll',
    'Åtgärd',
    'Person',
    'Identitetsnummer',
    'SIP',
    'Ärendenummer',
    'Klientadress',
    'Skäl',
    'Avvikande mönster',
  ],
  en: [
    'Time',
    'User',
    'Username',
    'Unit',
    'Role',
    'Action',
    'Person',
    'Identity number',
    'SIP',
    'Case number',
    'Client address',
    'Reason',
    'Unusual patterns',
  ],
};

const patternNames: Record<Language, Record<UnusualPattern, string>> = {
  sv: {
    many_persons: 'många personer på kort tid',
    outside_working_hours: 'utanför arbetstid',
    unit_not_taking_part: 'enheten deltar inte i SIP:en',
  },
  en: {
    many_persons: 'many persons in a short time',
    outside_working_hours: 'outside working hours',
    unit_not_taking_part: 'unit does not take part in the SIP',
  },
};

const relationNames: Record<Language, Record<string, string>> = {
  sv: accessLogSv.relations,
  en: accessLogEn.relations,
};

/** A staff role as logged; for someone signed in with e-ID, their relation to the SIP in words. */
function role(entry: AccessLogEntry, language: Language): string {
  const relations = relationNames[language];
  return entry.actorKind === 'e_id' && Object.hasOwn(relations, entry.role)
    ? relations[entry.role]!
    : entry.role;
}

/** "2026-05-12 14:03:22", Stockholm time, as a spreadsheet reads it. */
function localTime(instant: Date): string {
  const at = stockholmClock(instant);
  return `${at.year}-${at.month}-${at.day} ${at.hour}:${at.minute}:${at.second}`;
}

/**
 * The entries as CSV, UTF-8 with a byte-order mark so spreadsheet programs read Swedish letters, in the
 * reviewer's language. It is built from the same presented entries as the page, so masking is the same.
 */
export function accessLogCsv(entries: AccessLogEntry[], language: Language): string {
  const rows = entries.map((entry) => [
    localTime(new Date(entry.occurredAt)),
    entry.user.name,
    entry.user.username,
    entry.unit?.name ?? '',
    role(entry, language),
    entry.action,
    entry.person?.name ?? '',
    entry.person?.idNumber ?? '',
    entry.sip?.id ?? '',
    entry.sip?.caseNumber ?? '',
    entry.clientAddress,
    entry.reason,
    entry.unusual.map((pattern) => patternNames[language][pattern]).join('; '),
  ]);
  return spreadsheetCsv([headers[language], ...rows]);
}
