import type { PresentedNameMessages } from './presentedNames.sv.js';

export const presentedNamesEn: PresentedNameMessages = {
  protectedIdentity: 'Protected identity',
  localLevel: 'The unit’s manager',
  level: 'Level {{level}}',
};
