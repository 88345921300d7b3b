import { activeUnitBody, localeBody, meResponse } from './me.js';
import { route } from './route.js';
import { loginBody, signInMethods } from './signIn.js';

/** Signing in and out, and the signed-in user's own session: who they are, the unit they act for, their language. */
export const sessionRoutes = {
  methods: route({ method: 'GET', path: '/api/auth/methods', responses: { 200: signInMethods } }),
  logIn: route({ method: 'POST', path: '/api/auth/login', body: loginBody, responses: { 200: meResponse } }),
  logOut: route({ method: 'POST', path: '/api/auth/logout' }),
  me: route({ method: 'GET', path: '/api/me', responses: { 200: meResponse } }),
  chooseUnit: route({
    method: 'PUT',
    path: '/api/me/active-unit',
    body: activeUnitBody,
    responses: { 200: meResponse },
  }),
  chooseLanguage: route({
    method: 'PUT',
    path: '/api/me/locale',
    body: localeBody,
    responses: { 200: meResponse },
  }),
  closeFirstGuide: route({ method: 'POST', path: '/api/me/first-guide' }),
};
