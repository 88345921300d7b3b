import type { Messages } from './messages.js';

/** Swedish texts under the `guidance.` prefix; guidance.en.ts mirrors every key (the compiler checks it). */
export const guidanceSv = {
  nav: 'Vägledning',
  title: 'Vägledning',
  intro:
    'Länets rutin och lagens text för varje steg i en SIP och vid utskrivning från sluten vård. Samma vägledning finns bakom knappen Vägledning i varje steg på SIP-sidan.',
  loadFailed: 'Vägledningen kunde inte hämtas.',
  contents: 'Steg',
  steps: {
    need: 'Behov',
    consent: 'Samtycke',
    preparation: 'Förberedelse',
    meeting: 'Kallelse och möte',
    plan: 'Planen',
    followUp: 'Uppföljning',
    closing: 'Avslut',
    discharge: 'Utskrivning från sluten vård',
  },
  toggle: 'Vägledning',
  toggleFor: 'för {{step}}',
  panelLabel: 'Vägledning för {{step}}',
  routine: {
    heading: 'Länets rutin',
    swedishOnly: 'Länets rutin är skriven på svenska.',
    none: 'Länet har ingen rutintext för det här steget ännu.',
    changed: 'Version {{version}}, senast ändrad {{at}} av {{name}}.',
  },
  law: {
    heading: 'Lagens text',
    swedishNote: 'Lagen återges på svenska, så som den är skriven. En sammanfattning följer.',
    summary: 'I korthet',
    note: 'Lagtexten är återgiven som hjälp i arbetet. Gällande lydelse finns i Svensk författningssamling (SFS).',
  },
  allSteps: 'All vägledning',
  editor: {
    open: 'Ändra rutintexten',
    label: 'Rutintext för {{step}}',
    hint: 'Skriv i Markdown: ## Rubrik, - punkt, 1. numrerad punkt, **fetstil** och [länktext](https://adress). HTML och bilder visas inte. Högst {{max}} tecken.',
    preview: 'Förhandsgranskning',
    previewEmpty: 'Texten är tom. Sparar du den visas ingen rutin för steget.',
    save: 'Spara som ny version',
    saved: 'Rutintexten för {{step}} är sparad som version {{version}}.',
    unchanged: 'Rutintexten för {{step}} var redan densamma. Ingen ny version behövdes.',
    conflictCurrent: 'Texten som gäller nu (version {{version}}):',
    conflictNone: 'Texten har tagits bort av någon annan.',
    characters: '{{count}} av {{max}} tecken',
  },
  versions: {
    open: 'Visa tidigare versioner',
    heading: 'Versioner av rutintexten för {{step}}',
    none: 'Inga versioner ännu.',
    entry: 'Version {{version}} – {{at}} – {{name}}',
    empty: '(tom text)',
    loadFailed: 'Versionerna kunde inte hämtas.',
  },
  firstGuide: {
    heading: 'Ny i Samplan? Så kommer du igång',
    intro: 'Fem saker som är bra att veta från början.',
    process:
      'En SIP går i steg: behov, samtycke, förberedelse, kallelse och möte, planen, uppföljning och avslut. SIP-sidan visar vilket steg ni är i.',
    consent: 'Samtycket kommer först. Ingen kallas och inget delas förrän samtycket är registrerat.',
    guidanceBefore: 'Varje steg på SIP-sidan har en knapp ',
    guidanceButton: 'Vägledning',
    guidanceAfter:
      ' som visar länets rutin och lagens text för just det steget. Allt finns också samlat under ',
    guidanceLink: 'Vägledning i menyn',
    reserveBefore: 'Fungerar inte Samplan? Skriv ut ',
    reserveLink: 'blanketterna för reservrutinen',
    reserveAfter: ' och för in mötet i Samplan efteråt.',
    caseList: 'Dina SIP:ar finns i listan på startsidan. Där kan du söka, filtrera och öppna dem.',
    done: 'Klar, visa inte igen',
    again: 'Introduktionen finns kvar på sidan Vägledning när du vill läsa den igen.',
  },
};

export type GuidanceMessages = Messages<typeof guidanceSv>;
