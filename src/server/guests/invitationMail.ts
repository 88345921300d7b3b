import { stockholmDate } from '../../domain/time/stockholm.js';
import { fill } from '../../shared/words/fill.js';
import { guestMailEn } from '../../shared/words/guestMail.en.js';
import { guestMailSv } from '../../shared/words/guestMail.sv.js';

/**
 * The guest's invitation mail, Swedish first, then English: that there is an invitation, the link, and the day it
 * stops working. Built from the audience, the link and the date alone, so it cannot carry anything about the
 * person the SIP is for, however it is called.
 */
export function guestInvitationMail(
  audience: 'person' | 'unit',
  link: string,
  expiresAt: Date,
): { subject: string; text: string } {
  const date = stockholmDate(expiresAt);
  const say = (words: typeof guestMailSv) => [
    audience === 'person' ? words.person : words.unit,
    fill(audience === 'person' ? words.personSignIn : words.unitSignIn, { link }),
    fill(words.once, { date }),
    words.whyShort,
    words.noReply,
  ];
  return {
    subject: `${guestMailSv.subject} / ${guestMailEn.subject}`,
    text: [...say(guestMailSv), '', '— In English —', ...say(guestMailEn)].join('\n'),
  };
}
