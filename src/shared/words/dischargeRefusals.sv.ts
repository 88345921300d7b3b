import type { DischargeAction, DischargeStatus } from '../api/dischargeVocabulary.js';
import type { Messages } from './messages.js';

/** Swedish words of the refusals of a discharge process's steps; dischargeRefusals.en.ts mirrors every key. */
export const dischargeRefusalsSv = {
  /** Where the process stands, inside a sentence: "Utskrivningsprocessen är utskrivningsklar, …". */
  status: {
    admitted: 'inskriven',
    ready: 'utskrivningsklar',
    sip_started: 'SIP påbörjad',
    invited: 'kallad till SIP',
    interrupted: 'avbruten',
  } satisfies Record<DischargeStatus, string>,
  /** Each step in the infinitive: "… det går inte att meddela utskrivningsklar nu". */
  step: {
    setEstimatedDischarge: 'ändra beräknat utskrivningsdatum',
    declareReady: 'meddela utskrivningsklar',
    assignCareContact: 'utse fast vårdkontakt',
    startSip: 'starta SIP',
    interrupt: 'avbryta processen',
  } satisfies Record<DischargeAction, string>,
  notNow: 'Utskrivningsprocessen är {{status}}, så det går inte att {{step}} nu.',
  timeInFuture: 'Tidpunkten kan inte ligga i framtiden. Registrera det som redan har hänt.',
  dateBeforeAdmission: 'Det beräknade utskrivningsdatumet kan inte vara före inskrivningen.',
  readyBeforeAdmission: 'Patienten kan inte bli utskrivningsklar före inskrivningen.',
  careContactNotInUnit: 'Den fasta vårdkontakten måste arbeta i er enhet.',
  noCareContact: 'Utse först den fasta vårdkontakten, som sammankallar till SIP.',
  notInpatientUnit: 'Bara en enhet inom slutenvården skickar inskrivningsmeddelanden.',
  noExpectedEfforts: 'Ange om patienten väntas behöva insatser från kommunen, primärvården eller båda.',
  /** A receiving unit of the wrong kind, by the kind of organisation asked for. */
  notAReceivingUnit: {
    municipality: 'Välj en enhet i en kommun.',
    region: 'Välj en vårdcentral i regionen.',
  },
  notForUnit: 'Din enhets roll i utskrivningsprocessen ger inte behörighet att {{step}}.',
};

export type DischargeRefusalMessages = Messages<typeof dischargeRefusalsSv>;
