import type { TFunction } from 'i18next';
import type { PersonAction } from '../../domain/access/personPolicy.js';
import { minaPaths } from './paths.js';

/** A page about one SIP, linked from its overview when the person may do what the page is for. */
export interface SipPage {
  action: PersonAction;
  path: (sipId: string) => string;
  label: (t: TFunction) => string;
}

/** The overview's links, in the order shown; a new page of the side adds its line here. */
export const sipPages: SipPage[] = [
  { action: 'readPlan', path: minaPaths.plan, label: (t) => t('mina.overview.links.plan') },
  { action: 'prepare', path: minaPaths.preparation, label: (t) => t('mina.overview.links.preparation') },
  { action: 'writeChildView', path: minaPaths.childView, label: (t) => t('minaMore.links.childView') },
  { action: 'readConsent', path: minaPaths.consent, label: (t) => t('minaMore.links.consent') },
  { action: 'giveFeedback', path: minaPaths.feedback, label: (t) => t('minaMore.links.feedback') },
  { action: 'readAccessLog', path: minaPaths.accessLog, label: (t) => t('minaMore.links.accessLog') },
  { action: 'manageGuests', path: minaPaths.guests, label: (t) => t('minaMore.links.guests') },
];
