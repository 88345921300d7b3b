import type { FastifyRequest } from 'fastify';

export type Language = 'sv' | 'en';

/** The language a response speaks: the signed-in user's or person's chosen one, else the browser's first preference, else Swedish. */
export function requestLanguage(request: FastifyRequest): Language {
  if (request.user) return request.user.locale;
  if (request.person) return request.person.locale;
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'sv';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
