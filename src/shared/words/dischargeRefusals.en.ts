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
  notForUnit: 'Your unit’s part in the discharge process does not allow you to {{step}}.',
};
