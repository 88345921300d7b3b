export const protectedName = { sv: 'Skyddad identitet', en: 'Protected identity' };

/** A person's name as lists show it: masked for a protected identity, which lists never reveal. */
export function listedName(
  person: { givenName: string; familyName: string; protectedIdentity: boolean },
  language: 'sv' | 'en',
): string {
  return person.protectedIdentity ? protectedName[language] : `${person.givenName} ${person.familyName}`;
}
