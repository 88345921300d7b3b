import { z } from 'zod';
import {
  guestParams,
  guestUnit,
  guestView,
  newGuestBody,
  personGuestRedeemed,
  redeemGuestLinkBody,
  sharedSipSummary,
  sharedSipView,
  unitGuestRedeemed,
} from './guests.js';
import { sipIdParams } from './requests.js';
import { route } from './route.js';

/**
 * Guests on the individual's side: the individual (or a guardian) lists, invites and revokes the guests of their
 * SIP, and a person guest uses the link they were mailed, signed in with their own e-ID. The link carries its
 * token in the fragment (`/mina/gast#<token>`); the page posts it here.
 */
export const personGuestRoutes = {
  list: route({
    method: 'GET',
    path: '/api/person/sips/:id/guests',
    params: sipIdParams,
    responses: { 200: z.array(guestView) },
  }),
  invite: route({
    method: 'POST',
    path: '/api/person/sips/:id/guests',
    params: sipIdParams,
    body: newGuestBody,
    responses: { 201: guestView },
  }),
  revoke: route({
    method: 'POST',
    path: '/api/person/sips/:id/guests/:guestId/revoke',
    params: guestParams,
    responses: { 200: guestView },
  }),
  /** The registered units, county-wide, to invite an organisation guest from (staff use /api/organisations). */
  units: route({
    method: 'GET',
    path: '/api/person/guest-units',
    responses: { 200: z.array(guestUnit) },
  }),
  redeem: route({
    method: 'POST',
    path: '/api/person/guest-links/redeem',
    body: redeemGuestLinkBody,
    responses: { 200: personGuestRedeemed },
  }),
};

/**
 * Guests on the staff side: the case's staff see who the individual let in and invite one with the individual's
 * consent; the staff of an organisation guest's unit use its link (`/gast#<token>`) and then read what was shared.
 */
export const staffGuestRoutes = {
  list: route({
    method: 'GET',
    path: '/api/sips/:id/guests',
    params: sipIdParams,
    responses: { 200: z.array(guestView) },
  }),
  invite: route({
    method: 'POST',
    path: '/api/sips/:id/guests',
    params: sipIdParams,
    body: newGuestBody,
    responses: { 201: guestView },
  }),
  redeem: route({
    method: 'POST',
    path: '/api/guest-links/redeem',
    body: redeemGuestLinkBody,
    responses: { 200: unitGuestRedeemed },
  }),
  sharedSips: route({
    method: 'GET',
    path: '/api/shared-sips',
    responses: { 200: z.array(sharedSipSummary) },
  }),
  sharedSip: route({
    method: 'GET',
    path: '/api/shared-sips/:id',
    params: sipIdParams,
    responses: { 200: sharedSipView },
  }),
};
