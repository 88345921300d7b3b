import type { Messages } from './messages.js';

/** Swedish words of the refusals of an edit of the guidance; guidanceRefusals.en.ts mirrors every key. */
export const guidanceRefusalsSv = {
  routineTextChanged:
    'Någon annan har ändrat rutintexten sedan du började. Din ändring sparades inte. Jämför med texten som gäller nu och spara igen.',
};

export type GuidanceRefusalMessages = Messages<typeof guidanceRefusalsSv>;
