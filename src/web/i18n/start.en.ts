import type { StartMessages } from './start.sv.js';

export const startEn: StartMessages = {
  title: '',
};
