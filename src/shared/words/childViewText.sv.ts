import type { Messages } from './messages.js';

/**
 * The Swedish words the child's view is written with when staff take it into the plan draft as "barnets
 * synpunkter"; childViewText.en.ts mirrors every key.
 */
export const childViewTextSv = {
  good: 'Det här är bra: {{text}}',
  hard: 'Det här är svårt: {{text}}',
  wishes: 'Jag önskar: {{text}}',
  picture: 'Barnet har också lagt till en bild eller teckning, som finns i ärendet.',
  howObtained: 'Barnet berättade själv, eller med en vårdnadshavare, i Samplan före mötet ({{date}}).',
};

export type ChildViewTextMessages = Messages<typeof childViewTextSv>;
