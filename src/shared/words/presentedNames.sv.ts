import type { Messages } from './messages.js';

/** Swedish names the server's answers give in place of what they may not or cannot show; presentedNames.en.ts mirrors every key. */
export const presentedNamesSv = {
  protectedIdentity: 'Skyddad identitet',
  /** A deviation's escalation levels: the unit's own manager, then the county's path by number. */
  localLevel: 'Enhetens chef',
  level: 'Nivå {{level}}',
};

export type PresentedNameMessages = Messages<typeof presentedNamesSv>;
