import {
  notificationPreferences,
  notificationPreferencesBody,
  outboxPage,
  outboxQuery,
  unitNotices,
} from './notifications.js';
import { route } from './route.js';

/** A user's choice of notices by e-mail, a unit's notices, and the outbox administrators read. */
export const notificationRoutes = {
  preferences: route({
    method: 'GET',
    path: '/api/me/notification-preferences',
    responses: { 200: notificationPreferences },
  }),
  savePreferences: route({
    method: 'PUT',
    path: '/api/me/notification-preferences',
    body: notificationPreferencesBody,
    responses: { 200: notificationPreferences },
  }),
  notices: route({ method: 'GET', path: '/api/notices', responses: { 200: unitNotices } }),
  outbox: route({ method: 'GET', path: '/api/outbox', query: outboxQuery, responses: { 200: outboxPage } }),
};
