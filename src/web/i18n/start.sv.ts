import type { Messages } from './messages.js';

/** Swedish texts under the `start.` prefix; start.en.ts mirrors every key (the compiler checks it). */
export const startSv = {
  title: '',
};

export type StartMessages = Messages<typeof startSv>;
