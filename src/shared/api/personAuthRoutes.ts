import { localeBody } from './me.js';
import { demoSignInBody, eIdMethods, personMe } from './personSignIn.js';
import { route } from './route.js';

/**
 * Signing in and out on the individual's side, and the signed-in person's own session. The e-ID sign-in itself is
 * a browser redirect to the broker (`/api/person/auth/start/:method`) and back (`/api/person/auth/callback`).
 */
export const personAuthRoutes = {
  methods: route({ method: 'GET', path: '/api/person/auth/methods', responses: { 200: eIdMethods } }),
  demoSignIn: route({
    method: 'POST',
    path: '/api/person/auth/demo',
    body: demoSignInBody,
    responses: { 200: personMe },
  }),
  signOut: route({ method: 'POST', path: '/api/person/auth/sign-out' }),
  me: route({ method: 'GET', path: '/api/person/me', responses: { 200: personMe } }),
  chooseLanguage: route({
    method: 'PUT',
    path: '/api/person/me/locale',
    body: localeBody,
    responses: { 200: personMe },
  }),
};
