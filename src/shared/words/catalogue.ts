import { accessLogEn } from './accessLog.en.js';
import { accessLogSv } from './accessLog.sv.js';
import { appEn } from './app.en.js';
import { appSv } from './app.sv.js';
import { caseEn } from './case.en.js';
import { caseSv } from './case.sv.js';
import { codesEn } from './codes.en.js';
import { codesSv } from './codes.sv.js';
import { deviationsEn } from './deviations.en.js';
import { deviationsSv } from './deviations.sv.js';
import { dischargeEn } from './discharge.en.js';
import { dischargeSv } from './discharge.sv.js';
import { feedbackEn } from './feedback.en.js';
import { feedbackSv } from './feedback.sv.js';
import { fhirClientsEn } from './fhirClients.en.js';
import { fhirClientsSv } from './fhirClients.sv.js';
import { guidanceEn } from './guidance.en.js';
import { guidanceSv } from './guidance.sv.js';
import type { Messages } from './messages.js';
import { minaEn } from './mina.en.js';
import { minaSv } from './mina.sv.js';
import { minaMoreEn } from './minaMore.en.js';
import { minaMoreSv } from './minaMore.sv.js';
import { notificationsEn } from './notifications.en.js';
import { notificationsSv } from './notifications.sv.js';
import { reserveEn } from './reserve.en.js';
import { reserveSv } from './reserve.sv.js';
import { settingsEn } from './settings.en.js';
import { settingsSv } from './settings.sv.js';
import { startEn } from './start.en.js';
import { startSv } from './start.sv.js';
import { statisticsEn } from './statistics.en.js';
import { statisticsSv } from './statistics.sv.js';
import { templatesEn } from './templates.en.js';
import { templatesSv } from './templates.sv.js';
import { vocabEn } from './vocab.en.js';
import { vocabSv } from './vocab.sv.js';

/** Every word of the web in Swedish, one area under each prefix; its shape is what `t()` keys are checked against. */
export const svCatalogue = {
  ...appSv,
  accessLog: accessLogSv,
  case: caseSv,
  codes: codesSv,
  deviations: deviationsSv,
  discharge: dischargeSv,
  notifications: notificationsSv,
  reserve: reserveSv,
  settings: settingsSv,
  start: startSv,
  feedback: feedbackSv,
  fhirClients: fhirClientsSv,
  guidance: guidanceSv,
  mina: minaSv,
  minaMore: minaMoreSv,
  statistics: statisticsSv,
  templates: templatesSv,
  vocab: vocabSv,
};

export const enCatalogue: Messages<typeof svCatalogue> = {
  ...appEn,
  accessLog: accessLogEn,
  case: caseEn,
  codes: codesEn,
  deviations: deviationsEn,
  discharge: dischargeEn,
  notifications: notificationsEn,
  reserve: reserveEn,
  settings: settingsEn,
  start: startEn,
  feedback: feedbackEn,
  fhirClients: fhirClientsEn,
  guidance: guidanceEn,
  mina: minaEn,
  minaMore: minaMoreEn,
  statistics: statisticsEn,
  templates: templatesEn,
  vocab: vocabEn,
};
