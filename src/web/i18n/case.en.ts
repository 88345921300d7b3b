import type { CaseMessages } from './case.sv.js';

export const caseEn: CaseMessages = {
  title: '',
};
