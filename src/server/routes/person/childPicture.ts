import { fileTypeFromBuffer } from 'file-type';
import type { LocalisedText } from '../../../domain/errors.js';
import { childPictureMaxBytes } from '../../../shared/api/personSide.js';
import { bothLanguages } from '../../../shared/words/bothLanguages.js';
import { fill } from '../../../shared/words/fill.js';
import { personRefusalsEn } from '../../../shared/words/personRefusals.en.js';
import { personRefusalsSv } from '../../../shared/words/personRefusals.sv.js';

const words = { sv: personRefusalsSv, en: personRefusalsEn };

/** The picture types kept: what every browser shows, and nothing that can carry script (SVG) or be animated. */
const keptTypes = new Set(['image/png', 'image/jpeg'] as const);
type KeptType = 'image/png' | 'image/jpeg';
const isKept = (mime: string): mime is KeptType => keptTypes.has(mime as KeptType);

export type ReadPicture =
  | { ok: true; bytes: Buffer; type: KeptType }
  | { ok: false; status: 413 | 415 | 422; code: string; text: LocalisedText };

// Standard base64, padded; Node's decoder would quietly skip anything else, so it is checked first.
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const dataUrlPrefix = /^data:[a-z]+\/[a-z0-9.+-]+;base64,/i;

/**
 * The child's picture from the page: decoded from base64 (a data: URL's prefix allowed), no larger than
 * `childPictureMaxBytes`, and a PNG or JPEG by what its bytes are — the name or type the browser gave is never
 * trusted (decision 0036).
 */
export async function readPicture(sent: string): Promise<ReadPicture> {
  const text = sent.replace(dataUrlPrefix, '').replace(/\s+/g, '');
  if (text.length === 0 || !base64.test(text)) {
    return {
      ok: false,
      status: 422,
      code: 'picture_unreadable',
      text: bothLanguages(words, (said) => said.pictureUnreadable),
    };
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > childPictureMaxBytes) {
    const megabytes = childPictureMaxBytes / (1024 * 1024);
    return {
      ok: false,
      status: 413,
      code: 'picture_too_large',
      text: bothLanguages(words, (said) => fill(said.pictureTooLarge, { megabytes })),
    };
  }
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !isKept(found.mime)) {
    return {
      ok: false,
      status: 415,
      code: 'picture_wrong_type',
      text: bothLanguages(words, (said) => said.pictureWrongType),
    };
  }
  return { ok: true, bytes, type: found.mime };
}
