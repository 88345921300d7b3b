import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { registerRoutePolicies } from './access/routePolicy.js';
import { registerAccess } from './auth/access.js';
import { registerPersonSideLimits } from './eId/personAccess.js';
import type { AppContext, RouteModule } from './context.js';
import { registerInstanceLife, type InstanceLife } from './instanceLife.js';
import { registerProblemHandlers } from './problem.js';
import { AnsweredRequestLog } from './requestLog.js';
import { registerResponseHeaders } from './responseHeaders.js';
import { registerRequestMetrics } from './metrics/requestMetrics.js';
import { rivtaRoutes } from './rivta/routes.js';
import { registerTextInputGuard } from './textInput.js';
import { accessLogRoutes } from './routes/accessLog/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { codeSystemRoutes } from './routes/codeSystems/routes.js';
import { deviationRoutes } from './routes/deviations/routes.js';
import { dischargeRoutes } from './routes/discharge/routes.js';
import { feedbackRoutes } from './routes/feedback/routes.js';
import { fhirClientRoutes } from './routes/fhirClients/routes.js';
import { guidanceRoutes } from './routes/guidance/routes.js';
import { personGuestRoutes } from './routes/guests/personRoutes.js';
import { staffGuestRoutes } from './routes/guests/staffRoutes.js';
import { singleSignOnRoutes } from './routes/auth/singleSignOnRoutes.js';
import { healthRoutes } from './routes/health/routes.js';
import { invitationRoutes } from './routes/invitations/routes.js';
import { notificationRoutes } from './routes/notifications/routes.js';
import { organisationRoutes } from './routes/organisations/routes.js';
import { personRoutes } from './routes/persons/routes.js';
import { personAccessLogRoutes } from './routes/person/accessLogRoutes.js';
import { personCaseRoutes } from './routes/person/casesRoutes.js';
import { personChildViewRoutes } from './routes/person/childViewRoutes.js';
import { personConsentRoutes } from './routes/person/consentRoutes.js';
import { personFeedbackRoutes } from './routes/person/feedbackRoutes.js';
import { personFollowUpRoutes } from './routes/person/followUpRoutes.js';
import { personPlanRoutes } from './routes/person/planRoutes.js';
import { personPlanPdfRoutes } from './routes/person/planPdfRoutes.js';
import { personPreparationRoutes } from './routes/person/preparationRoutes.js';
import { personSignInRoutes } from './routes/person/signInRoutes.js';
import { planRoutes } from './routes/plan/routes.js';
import { planTemplateRoutes } from './routes/planTemplates/routes.js';
import { settingsRoutes } from './routes/settings/routes.js';
import { sipRoutes } from './routes/sips/routes.js';
import { sipStepRoutes } from './routes/sips/stepRoutes.js';
import { takingPartRoutes } from './routes/sips/takingPartRoutes.js';
import { startRoutes } from './routes/start/routes.js';
import { statisticsRoutes } from './routes/statistics/routes.js';
import { statisticsExportRoutes } from './routes/statistics/exportRoutes.js';
import { validatorCompiler } from './validation.js';
import { registerFhirApi } from './fhir/plugin.js';

const routeModules: RouteModule[] = [
  healthRoutes,
  authRoutes,
  singleSignOnRoutes,
  personSignInRoutes,
  personCaseRoutes,
  personPlanRoutes,
  personPlanPdfRoutes,
  personPreparationRoutes,
  personChildViewRoutes,
  personConsentRoutes,
  personFeedbackRoutes,
  personFollowUpRoutes,
  personAccessLogRoutes,
  organisationRoutes,
  personRoutes,
  sipRoutes,
  sipStepRoutes,
  takingPartRoutes,
  invitationRoutes,
  planRoutes,
  planTemplateRoutes,
  startRoutes,
  accessLogRoutes,
  notificationRoutes,
  dischargeRoutes,
  deviationRoutes,
  settingsRoutes,
  feedbackRoutes,
  guidanceRoutes,
  personGuestRoutes,
  staffGuestRoutes,
  statisticsRoutes,
  statisticsExportRoutes,
  codeSystemRoutes,
  fhirClientRoutes,
  rivtaRoutes,
];

/** The app; without `life` it is serving from the start (start.ts gives a starting one). */
export async function buildApp(
  given: Omit<AppContext, 'life'> & { life?: InstanceLife },
  logger: Logger,
): Promise<FastifyInstance> {
  const context: AppContext = { ...given, life: given.life ?? { phase: 'serving' } };
  // Typed as fastify's base logger so the app's type does not depend on pino's.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: () => uuidv7(),
    // A plan with all its parts stays well under this; anything larger is an error or an attack.
    bodyLimit: 512 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // Behind a proxy the client's address is in X-Forwarded-For; per-address sign-in limits need the real one.
    trustProxy: context.config.trustProxy,
    logController: new AnsweredRequestLog(),
    // Draining answers in its own words (instanceLife.ts).
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON is accepted: a cross-site form cannot send it, which closes the simplest CSRF route.
  app.removeContentTypeParser('text/plain');

  registerProblemHandlers(app);
  registerRequestMetrics(app);
  registerTextInputGuard(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: context.config.cookieSecure ? [] : null,
      },
    },
    // Older browsers that ignore CSP frame-ancestors get the same answer: never in a frame.
    frameguard: { action: 'deny' },
    // Sent per request, over HTTPS only (responseHeaders.ts).
    hsts: false,
  });
  registerResponseHeaders(app);
  // After the security headers, so a starting or draining answer carries them too; before sign-in, which reads
  // the database.
  registerInstanceLife(app, context.life);
  // Limits only the routes that ask for it (sign-in); in memory, so per instance — the lockout is shared.
  await app.register(fastifyRateLimit, { global: false });
  registerPersonSideLimits(app, context.config.personRateLimitPerMinute);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samplan API',
        version: '1',
        description: 'Samordnad individuell plan (SIP): the case from need to closing, across organisations.',
      },
    },
    transform: jsonSchemaTransform,
  });
  registerAccess(app, context.database.db, context.config);
  registerRoutePolicies(app, context.database.db);

  for (const register of routeModules) register(app, context);
  await registerFhirApi(app, context);

  app.get(
    '/api/openapi.json',
    { config: { access: 'public', policy: 'public' }, schema: { hide: true } },
    () => app.swagger(),
  );

  if (context.config.webRoot) {
    await app.register(fastifyStatic, {
      root: context.config.webRoot,
      wildcard: false,
      index: ['index.html'],
    });
    // The web app routes in the browser; any other page address a browser asks for gets the app shell. A program
    // (a probe, a scraper) asking for an address Samplan does not have gets 404, not a page that looks like an answer.
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
      const asksForPage = request.headers.accept?.includes('text/html') ?? false;
      if (request.url.startsWith('/api/') || !asksForPage) return reply.callNotFound();
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
