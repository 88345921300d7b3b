import type { LocalisedText } from '../../domain/errors.js';
import type { sipPhaseValues } from '../api/vocabulary.js';
import { bothLanguages } from './bothLanguages.js';
import { vocabEn } from './vocab.en.js';
import { vocabSv } from './vocab.sv.js';

/** A phase in both languages, for the server's refusals and field names: the same words the pages show. */
export function phaseName(phase: (typeof sipPhaseValues)[number]): LocalisedText {
  return bothLanguages({ sv: vocabSv, en: vocabEn }, (words) => words.phase[phase]);
}
