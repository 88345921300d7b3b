import type { ChildViewTextMessages } from './childViewText.sv.js';

export const childViewTextEn: ChildViewTextMessages = {
  good: 'This is good: {{text}}',
  hard: 'This is hard: {{text}}',
  wishes: 'I wish: {{text}}',
  picture: 'The child also added a picture or drawing, which is kept with the case.',
  howObtained: 'The child told it themselves, or with a guardian, in Samplan before the meeting ({{date}}).',
};
