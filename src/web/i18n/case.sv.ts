import type { Messages } from './messages.js';

/** Swedish texts under the `case.` prefix; case.en.ts mirrors every key (the compiler checks it). */
export const caseSv = {
  title: '',
};

export type CaseMessages = Messages<typeof caseSv>;
