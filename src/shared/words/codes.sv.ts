import type { Messages } from './messages.js';

/** Swedish words of coded content: code systems, codes in the plan, and plans by code; codes.en.ts mirrors it. */
export const codesSv = {
  /** Beside needs, goals and efforts in the plan editor. */
  editor: {
    label: 'Lägg till kod',
    hint: 'Sök på kod eller ord. Koden klassar texten; texten är fortfarande det planen säger.',
    searching: 'Söker …',
    noMatch: 'Ingen kod matchar.',
    found_one: '{{count}} kod hittad. Välj med pil upp och ner och Enter.',
    found_other: '{{count}} koder hittade. Välj med pil upp och ner och Enter.',
    chosen: 'Valda koder',
    remove: 'Ta bort koden {{code}} {{display}}',
    added: 'Koden {{code}} är tillagd.',
    removed: 'Koden {{code}} är borttagen.',
    failed: 'Koderna kunde inte hämtas. Försök igen.',
  },
  /** Where a plan is read: the case's plan and the print view. */
  view: {
    codes: 'Koder',
    needsCodes: 'Koder för behoven',
  },
  page: {
    title: 'Kodsystem',
    intro:
      'Kodsystem som planerna kan klassas med, till exempel ICF eller Socialstyrelsens KSI. Läs in ett kodsystem från en CSV-fil med kolumnerna system, code och display (kodsystemets URI, koden och den svenska texten) och en rubrikrad. Läser du in samma kodsystem igen ersätts dess koder.',
    file: 'CSV-fil',
    fileHint: 'UTF-8, komma eller semikolon, högst 10 MB.',
    name: 'Kodsystemets namn',
    nameHint: 'Som länet kallar det. Lämnas tomt behålls namnet för ett kodsystem som redan finns.',
    version: 'Version (valfritt)',
    load: 'Läs in',
    uploading: 'Skickar filen …',
    progress: 'Uppladdning',
    loaded: '{{name}} är inläst med {{count}} koder.',
    loadedReplacing: '{{name}} är inläst med {{count}} koder i stället för {{replaced}}.',
    refused: 'Filen lästes inte in',
    line: 'Rad {{line}}',
    notUtf8: 'Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.',
    chooseFile: 'Välj en fil först.',
    systems: 'Inlästa kodsystem',
    none: 'Inga kodsystem är inlästa.',
    uri: 'URI',
    codeCount: 'Koder',
    loadedAt: 'Inläst',
    loadedBy: 'Av',
    commandLine: 'kommandoraden',
  },
  statistics: {
    heading: 'Planer per kod',
    hint: 'SIP:ar vars fastställda plan gällde någon dag under perioden, per kod på behoven, på ett mål och på en insats. En SIP kan ha flera koder, så koderna summerar inte till något total. De mest använda koderna visas.',
    caption: 'SIP:ar per kod',
    code: 'Kod',
    system: 'Kodsystem',
    need: 'På behoven',
    goal: 'På ett mål',
    effort: 'På en insats',
    removedCode: '(finns inte längre i kodsystemet)',
  },
};

export type CodesMessages = Messages<typeof codesSv>;
