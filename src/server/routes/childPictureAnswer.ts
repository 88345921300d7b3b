import type { FastifyReply } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { personRefusalsEn } from '../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../shared/words/personRefusals.sv.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

/**
 * The child's picture as its bytes, to staff and to the individual's side alike: its type was read from its bytes
 * when it came, the browser is told not to guess another nor keep a copy. A case without a picture is a 404 that
 * names the picture (`no_picture`), never the hidden case's `not_found`.
 */
export function answerChildPicture(
  reply: FastifyReply,
  picture: { picture: Uint8Array | null; pictureType: string | null } | undefined,
): FastifyReply {
  if (!picture?.picture || !picture.pictureType)
    throw new DomainError(
      'not_found',
      'no_picture',
      bothLanguages(words, (said) => said.noPicture),
    );
  return reply
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', 'inline')
    .type(picture.pictureType)
    .send(Buffer.from(picture.picture));
}
