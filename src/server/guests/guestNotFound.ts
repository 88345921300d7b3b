import { DomainError } from '../../domain/errors.js';
import { bothLanguages } from '../../shared/words/bothLanguages.js';
import { guestRefusalsEn } from '../../shared/words/guestRefusals.en.js';
import { guestRefusalsSv } from '../../shared/words/guestRefusals.sv.js';

const words = { sv: guestRefusalsSv, en: guestRefusalsEn };

/** A guest the case does not have: a wrong id, or one of another case, answered alike. */
export function guestNotFound(): DomainError {
  return new DomainError(
    'not_found',
    'not_found',
    bothLanguages(words, (said) => said.guestNotFound),
  );
}
