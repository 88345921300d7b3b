import type { DischargeRefusalMessages } from './dischargeRefusals.sv.js';

export const dischargeRefusalsEn: DischargeRefusalMessages = {
  status: {
    admitted: 'admitted',
    ready: 'ready for discharge',
    sip_started: 'SIP started',
    invited: 'invited to SIP',
    interrupted: 'interrupted',
  },
  step: {
    setEstimatedDischarge: 'change the estimated discharge date',
    declareReady: 'declare ready for discharge',
    assignCareContact: 'assign the named care contact',
    startSip: 'start the SIP',
    interrupt: 'interrupt the process',
  },
  notNow: 'The discharge process is {{status}}, so you cannot {{step}} now.',
  timeInFuture: 'The time cannot be in the future. Record what has already happened.',
  dateBeforeAdmission: 'The estimated discharge date cannot be before the admission.',
  readyBeforeAdmission: 'The patient cannot be ready for discharge before the admission.',
  careContactNotInUnit: 'The named care contact must work in your unit.',
  noCareContact: 'First assign the named care contact, who convenes the SIP.',
  notInpatientUnit: 'Only an inpatient care unit sends admission notices.',
  noExpectedEfforts:
    'State whether the patient is expected to need efforts from the municipality, primary care or both.',
  notAReceivingUnit: {
    municipality: 'Choose a unit of a municipality.',
    region: 'Choose a primary care unit of the region.',
  },
  notForUnit: 'Your unit’s part in the discharge process does not allow you to {{step}}.',
};
