/** Swedish texts under the `notifications.` prefix; notifications.en.ts mirrors every key (the compiler checks it). */
export const notificationsSv = {
  preferencesNav: 'E-postaviseringar',
  outboxNav: 'Utkorg',
  kinds: {
    invitation_new: 'Ny kallelse till SIP-möte',
    invitation_unanswered: 'Påminnelse om obesvarad kallelse',
    meeting_changed: 'Ett möte har flyttats',
    meeting_cancelled: 'Ett möte har ställts in',
    meeting_tomorrow: 'Påminnelse dagen före ett möte',
    plan_established: 'En plan har fastställts',
    plan_changed: 'En plan har ändrats',
    follow_up_due: 'En uppföljning närmar sig',
    follow_up_overdue: 'En uppföljning är försenad',
    consent_expiring: 'Ett samtycke upphör snart',
    deviation_assigned: 'En avvikelse har lämnats till dig',
    discharge_invitation_due: 'En utskrivningsklar patient ska kallas till SIP',
  },
  preferences: {
    title: 'E-postaviseringar',
    intro:
      'Välj vad du vill få e-post om. Allt syns ändå på startsidan i Samplan, och din enhets gemensamma e-postlåda får alla aviseringar. E-posten innehåller aldrig namn eller personnummer, bara en länk till Samplan.',
    legend: 'Skicka e-post till mig när',
    noAddress:
      'Du har ingen e-postadress registrerad i Samplan, så ingen e-post kan skickas till dig. Be din administratör lägga in den.',
    save: 'Spara valen',
    saved: 'Dina val är sparade.',
    loading: 'Hämtar dina val …',
  },
  outbox: {
    title: 'Utkorg för e-post',
    intro:
      'Här är e-posten som Samplan har skickat eller ska skicka till enheterna i din organisation. Utan e-postserver stannar posten här, med status ”Lokal”, så att du kan se vad som skulle ha skickats.',
    status: 'Status',
    anyStatus: 'Alla',
    caption: 'E-post, senaste först',
    empty: 'Ingen e-post att visa.',
    loading: 'Hämtar e-posten …',
    columns: {
      created: 'Skapad',
      to: 'Mottagare',
      unit: 'Enhet',
      subject: 'Ämne',
      state: 'Status',
    },
    statuses: {
      pending: 'Väntar',
      sent: 'Skickad',
      failed: 'Misslyckad',
      local: 'Lokal',
    },
    notComposed: 'Skrivs snart',
    calendar: 'Med kalenderinbjudan',
    showText: 'Visa texten',
    attempts: 'Försök: {{count}}',
    error: 'Senaste fel: {{error}}',
    sentAt: 'Skickad {{time}}',
  },
};
