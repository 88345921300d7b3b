/**
 * The individual's own pages under /mina: for the person a SIP is for, their guardians and their guests. Plain
 * Swedish a 12-year-old can follow: short sentences, everyday words, "du" throughout.
 */
export const minaSv = {
  brand: 'Samplan – min SIP',
  skipToContent: 'Hoppa till innehållet',
  otherLanguage: 'In English',
  signOut: 'Logga ut',
  signedInAs: 'Inloggad som {{name}}',
  loading: 'Hämtar …',
  signIn: {
    pageTitle: 'Logga in – Samplan, min SIP',
    title: 'Logga in och se din SIP',
    intro:
      'SIP betyder samordnad individuell plan. Det är en plan som du gör tillsammans med dem som hjälper dig. Här kan du läsa din plan och säga vad du tycker.',
    methods: 'Logga in med e-legitimation',
    withMethod: 'Logga in med {{method}}',
    noMethods: 'Det går inte att logga in med e-legitimation just nu. Försök igen senare.',
    failedTitle: 'Inloggningen gick inte',
    errors: {
      cancelled: 'Du avbröt inloggningen. Du kan försöka igen när du vill.',
      expired: 'Inloggningen tog för lång tid. Börja om från början.',
      failed: 'Något gick fel när du loggade in. Börja om från början.',
      provider_unavailable: 'Tjänsten för e-legitimation svarar inte just nu. Försök igen om en stund.',
      no_identity_number:
        'Vi fick inte ditt personnummer från e-legitimationen. Försök igen, eller använd en annan e-legitimation.',
    },
    invitation: 'Du har fått en inbjudan. Logga in med e-legitimation för att se den.',
    demo: {
      title: 'Prova som en påhittad person',
      explanation:
        'Det här är en demo. Personerna är påhittade, och du behöver ingen e-legitimation. Välj vem du vill vara.',
      tryAs: 'Prova som {{name}}',
      signingIn: 'Loggar in …',
    },
  },
  sips: {
    pageTitle: 'Mina SIP:ar – Samplan',
    title: 'Mina SIP:ar',
  },
};
