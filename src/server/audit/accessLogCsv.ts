import { TIME_ZONE } from '../../domain/time/stockholm.js';
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
const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The entries as CSV, UTF-8 with a byte-order mark so spreadsheet programs read Swedish letters, in the
 * reviewer's language. It is built from the same presented entries as the page, so masking is the same.
 */
export function accessLogCsv(entries: AccessLogEntry[], language: Language): string {
  const rows = entries.map((entry) => [
    localTime.format(new Date(entry.occurredAt)),
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
