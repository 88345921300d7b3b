import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SeededCounty } from '../../db/seed/seedDemo.js';
import type { GuidanceStep } from '../../shared/guidance.js';

/**
 * The demo county's routine text for each step, as its system administrator would write it: the county routine
 * (seed 001, the Örebro routine for coordinated plans) in plain Swedish, with the demo county's own names.
 */
const routineTexts: Record<GuidanceStep, string> = {
  need: `## När ska SIP erbjudas?

Erbjud en SIP när personen behöver insatser från **både** regionen och kommunen och någon av oss bedömer att insatserna behöver samordnas. Det gäller till exempel när

- en social insats bara fungerar om en medicinsk åtgärd görs samtidigt, eller tvärtom,
- behovet av samordning redan finns dokumenterat,
- personen eller en närstående själv ber om hjälp med samordningen.

Personen behöver inte redan ha insatser från båda huvudmännen.

## Så gör du

1. Berätta för personen vad en SIP är och erbjud den.
2. Skriv kort varför samordning behövs, med personens egna ord när det går.
3. Börja arbetet **utan dröjsmål**. Den som ser behovet tar initiativet.

Skolan, Försäkringskassan och andra aktörer kan föreslå en SIP, men det är regionen eller kommunen som kallar.

Läs mer hos SKR: [Vad ska en individuell plan innehålla?](https://skr.se/skr/halsasjukvard/patientinflytande/patientlagen/individuellplanering/vadskaenindividuellplaninnehalla.67347.html)
`,
  consent: `## Samtycke först

Ingen kallas och inga uppgifter lämnas till en annan verksamhet förrän samtycket är registrerat.

- Samtycket gäller just den här samordningen och en bestämd tid.
- Skriv vilka verksamheter som får dela uppgifter, och om närstående får delta.
- Skriv hur samtycket gavs: muntligt, skriftligt eller digitalt.
- Samtycket kan återkallas när som helst. Då slutar delningen direkt.

### Barn

För ett barn samtycker vårdnadshavarna, normalt båda. Ta reda på barnets egen inställning så långt det går, utifrån ålder och mognad.

### Om personen säger nej

Skriv att personen inte vill, och att du har berättat vad det betyder. Varje verksamhet planerar då sina egna insatser som vanligt.
`,
  preparation: `## Förbered mötet tillsammans med personen

Det är personens behov och önskemål som är utgångspunkten. Gå igenom tillsammans:

- Vad är viktigast för dig just nu?
- Vilka frågor vill du ta upp på mötet?
- Vilka ska bjudas in? Tänk på skolan, Försäkringskassan eller Arbetsförmedlingen om det behövs.
- Hur vill du mötas: på plats, per telefon eller video, kanske hemma?

### Barn och unga

Ett barn kan lämna sina synpunkter före mötet, som text, teckning eller en kort inspelning, så att barnet blir hört även om det inte är med på mötet.
`,
  meeting: `## Kallelse

Den verksamhet som tagit initiativet kallar. Regionens och kommunens verksamheter är **skyldiga att komma**; andra aktörer bjuds in.

- Den som blir kallad kvitterar kallelsen och svarar vem som kommer.
- En kallelse som hamnat fel skickas vidare inom den egna organisationen.
- Uteblir någon utan att meddela förhinder är det en avvikelse.

## Mötet

- Välj en mötesledare som håller tiden och ser till att personen blir hörd.
- Skriv planen **under mötet**, inte efteråt.
- Registrera närvaron för alla som var kallade.

Fungerar inte Samplan? Använd [reservblanketten](/reserve/plan) och för in mötet i efterhand.
`,
  plan: `## Planens innehåll

Enligt länets rutin ska planen innehålla

1. personens behov, förutsättningar och intressen,
2. målet för de samordnade insatserna,
3. planerade och beslutade insatser,
4. vilka verksamheter och vilken personal som genomför insatserna,
5. en tidsplan,
6. samordnarens namn, enhet, telefon och e-post,
7. vad som ska följas upp och utvärderas, och när.

Tänk också på läkemedel och hjälpmedel när det behövs. Anpassa innehållet efter det enskilda fallet.

## Samordnaren

Personen ska acceptera vem som blir samordnare. Samordnaren arbetar i en verksamhet som regionen eller kommunen finansierar och är kontaktperson för personen och de närstående.

Underskrifter behövs inte. En kopia av planen går till alla verksamheter som deltar och till personen själv.
`,
  followUp: `## Uppföljning

Samordnaren kallar till uppföljning på det datum som står i planen och ansvarar för att planen följs upp och utvärderas.

- Gå igenom varje mål och insats: uppnått, delvis uppnått, inte uppnått eller inte längre aktuellt.
- Skriv vad som inte fungerade och bestäm datum för nästa uppföljning.
- Ändras insatserna ser samordnaren till att alla berörda får säga sitt. Ändringen blir en ny version av planen.

Ta vara på erfarenheterna, så att vi lär oss till nästa gång.
`,
  closing: `## Avsluta en SIP

Avsluta samordningen när

- personen är överens om att målen är nådda,
- personen återkallar sitt samtycke eller vill avsluta,
- personen flyttar, eller
- personen avlider.

Skriv alltid orsaken.

## Om vi inte är överens

Går en fråga om ansvar inte att lösa lokalt tas den först till **Gränssnittsgruppen** och därefter till **Samverkansgruppen för hälso- och sjukvård och socialtjänst**. Rapportera en avvikelse i Samplan, så når den enhetens chef.
`,
  discharge: `## Utskrivning från sluten vård

Gäller patienter som efter utskrivningen behöver insatser från både regionen och kommunen.

1. **Inskrivningsmeddelande**: avdelningen skickar det till kommunen och vårdcentralen inom 24 timmar, med beräknat utskrivningsdatum.
2. **Fast vårdkontakt**: vårdcentralen utser en fast vårdkontakt för patienten.
3. **Utskrivningsklar**: avdelningen meddelar när läkaren har bedömt att patienten är utskrivningsklar.
4. **Kallelse till SIP**: den fasta vårdkontakten kallar senast den **3:e kalenderdagen** efter beskedet om utskrivningsklar.

Samplan visar vem som ligger efter. En kallelse som inte skickats i tid blir en avvikelse hos vårdcentralens chef.

Läs lagen: [Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård](https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2017612-om-samverkan-vid-utskrivning-fran_sfs-2017-612/)
`,
};

/** Each step's routine text as its first version, written by the demo county's system administrator. */
export async function seedDemoRoutineTexts(db: Kysely<DB>, county: SeededCounty): Promise<void> {
  const writtenBy = county.userIds.get('admin');
  if (!writtenBy) throw new Error('The demo county has no system administrator "admin"');
  await db
    .insertInto('routineTextVersions')
    .values(
      Object.entries(routineTexts).map(([step, markdown]) => ({
        step: step as GuidanceStep,
        version: 1,
        markdown,
        writtenBy,
      })),
    )
    .execute();
}
