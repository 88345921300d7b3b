/** Feedback after a meeting: the public form (written for the individual, plain words), the card and the results. */
export const feedbackSv = {
  form: {
    pageTitle: 'Tyck till om SIP-mötet – Samplan',
    title: 'Vad tyckte du om SIP-mötet?',
    intro:
      'Du var med på ett möte om din samordnade individuella plan (SIP), eller om planen för någon du står nära. Berätta hur det var. Det tar några minuter.',
    anonymous:
      'Du är anonym. Vi sparar inte vem du är, och ingen kan se vad just du svarade. Svaren räknas ihop med andras.',
    scaleHelp: '1 betyder inte alls, 5 betyder helt och hållet.',
    loading: 'Hämtar formuläret …',
    questions: {
      respect: 'Blev du bemött med respekt?',
      coDetermination: 'Fick du vara med och bestämma?',
      relevance: 'Handlade mötet om det som är viktigt för dig?',
      structure: 'Var mötet välordnat?',
      information: 'Fick du den information du behövde?',
      followUp: 'Vet du vad som händer nu och när planen ska följas upp?',
    },
    score: {
      '1': '1 – Inte alls',
      '2': '2',
      '3': '3',
      '4': '4',
      '5': '5 – Helt och hållet',
      dontKnow: 'Vet ej',
    },
    freeText: 'Vill du säga något mer? (frivilligt)',
    freeTextHelp: 'Skriv inte ditt namn eller personnummer. Högst 2 000 tecken.',
    send: 'Skicka mina svar',
    sending: 'Skickar …',
    unanswered: 'Välj ett svar på varje fråga, eller ”Vet ej”. Det saknas svar på: {{questions}}.',
    thanksTitle: 'Tack för dina svar!',
    thanks:
      'Dina svar hjälper dem som arbetar med SIP att bli bättre. Länken fungerar inte igen. Du kan stänga sidan nu.',
    closedTitle: 'Det går inte att svara med den här länken',
  },
  offer: {
    title: 'Feedback från den enskilde',
    intro:
      'Efter mötet kan den enskilde eller en närstående tycka till om mötet, anonymt. Skapa ett kort med länk och QR-kod och ge det till personen. Varje kort kan användas en gång och gäller i 30 dagar.',
    create: 'Skapa feedbackkort',
    creating: 'Skapar …',
    cardTitle: 'Tyck till om SIP-mötet',
    cardText:
      'Hur var mötet om din plan? Skanna QR-koden med mobilen eller skriv in adressen. Det tar några minuter och du är anonym.',
    qrLabel: 'QR-kod till formuläret',
    address: 'Adress',
    validUntil: 'Gäller till och med {{date}}',
    shownOnce:
      'Kortet visas bara nu – Samplan sparar inte länken. Skriv ut kortet eller skapa ett nytt om det behövs.',
    print: 'Skriv ut kortet',
  },
  results: {
    nav: 'Feedback',
    title: 'Feedback efter SIP-möten',
    intro:
      'Medelvärden på de sex frågorna, från 1 (inte alls) till 5 (helt och hållet), för möten som kallats av din enhet (chef), din organisation (administratör) eller hela länet (samordnare). Svaren visas bara när det finns minst 5, så att ingen enskild kan kännas igen.',
    from: 'Från och med',
    to: 'Till och med',
    show: 'Visa',
    loading: 'Hämtar feedback …',
    fewerThanFive: 'Färre än 5 svar – resultatet visas inte.',
    answers: 'Antal svar: {{count}}',
    question: 'Fråga',
    average: 'Medelvärde',
    answered: 'Antal som svarade (inte ”Vet ej”)',
    tooFew: 'Färre än 5 svar',
    freeTexts: 'Fritextsvar',
    noFreeTexts: 'Inga fritextsvar.',
    questions: {
      respect: 'Bemött med respekt',
      coDetermination: 'Delaktighet',
      relevance: 'Relevans',
      structure: 'Struktur',
      information: 'Information',
      followUp: 'Uppföljning',
    },
  },
};

export type FeedbackMessages = typeof feedbackSv;
