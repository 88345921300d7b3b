import type { Messages } from './messages.js';

/** Swedish words of the refusals of a plan template; templateRefusals.en.ts mirrors every key. */
export const templateRefusalsSv = {
  unknownTemplate: 'Mallen finns inte.',
  targetGroupTaken: 'Målgruppen har redan mallen ”{{name}}”. Ta bort målgruppen där först.',
  staleTemplate:
    'Någon annan har ändrat mallen efter att du öppnade den. Läs in den aktuella versionen och gör din ändring där.',
};

export type TemplateRefusalMessages = Messages<typeof templateRefusalsSv>;
