/**
 * The app wired in one readable place: services in, a Hono app out. JSON API under /api/v1
 * (OpenAPI 3.1 at /api/openapi.json), pages at the root.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { assignmentRoutes } from '../assignments/assignment.routes.ts';
import { auditLogRoutes } from '../audit-log/audit-log.routes.ts';
import { auditReportRoutes } from '../audit-reports/audit-report.routes.ts';
import { sessionRoutes } from '../auth/session.routes.ts';
import { oidcProviderRoutes } from '../auth/oidc-provider.routes.ts';
import { userAdminRoutes } from '../auth/user-admin.routes.ts';
import { cycleRoutes } from '../cycles/cycle.routes.ts';
import { decisionRoutes } from '../decisions/decision.routes.ts';
import { goalRoutes } from '../goals/goal.routes.ts';
import { indicatorRoutes } from '../indicators/indicator.routes.ts';
import { matterRoutes } from '../matters/matter.routes.ts';
import { meetingRoutes } from '../meetings/meeting.routes.ts';
import { oparlRoutes } from '../oparl/oparl.routes.ts';
import { organisationAdminRoutes } from '../organisations/organisation-admin.routes.ts';
import { organisationRoutes } from '../organisations/organisation.routes.ts';
import { pageRoutes } from '../pages/page.routes.tsx';
import { reportRoutes } from '../reports/report.routes.ts';
import { personRoutes } from '../people/person.routes.ts';
import { workspaceRoutes } from '../workspace/workspace.routes.tsx';
import { httpCaching } from '../portal/http-caching.ts';
import { renderErrorPage } from '../pages/error.page.tsx';
import { responseRoutes } from '../surveys/response.routes.ts';
import { surveyTableRoutes } from '../surveys/survey-table.routes.ts';
import { surveyRoutes } from '../surveys/survey.routes.ts';
import type { AppEnv, Services } from './context.ts';
import { AppError, errorBody, fromDatabaseError, fromHttpException } from './errors.ts';
import { loadActor, requireCsrfToken, resolveTenant, securityHeaders } from './security.middleware.ts';
import { validationHook } from './validation.ts';

export const API_PREFIX = '/api/v1';

export function createApp(services: Services) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('locale', 'sv');
    await next();
  });
  app.use('*', securityHeaders());

  // Liveness without tenant or session: load balancers and the start-up benchmark call it.
  app.get('/healthz', async (c) => {
    await services.db.selectFrom('tenants').select('tenant_id').limit(1).execute();
    return c.json({ status: 'ok' });
  });

  app.use('*', resolveTenant(), loadActor(), requireCsrfToken());
  // ETag/304 and Last-Modified on every response that reads (src/portal/http-caching.ts).
  app.use('*', httpCaching());

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  api.route('/', sessionRoutes);
  api.route('/', organisationRoutes);
  api.route('/', cycleRoutes);
  api.route('/', goalRoutes);
  api.route('/', assignmentRoutes);
  api.route('/', indicatorRoutes);
  api.route('/', auditReportRoutes);
  api.route('/', reportRoutes);
  api.route('/', matterRoutes);
  api.route('/', personRoutes);
  api.route('/', meetingRoutes);
  api.route('/', decisionRoutes);
  api.route('/', auditLogRoutes);
  api.route('/', userAdminRoutes);
  api.route('/', oidcProviderRoutes);
  api.route('/', organisationAdminRoutes);
  api.route('/', surveyRoutes);
  api.route('/', responseRoutes);
  api.route('/', surveyTableRoutes);
  app.route(API_PREFIX, api);
  app.route('/oparl/v1', oparlRoutes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Uppsikt API',
      version: '1',
      description:
        'Mål, uppdrag, uppföljning och beslut för en kommun. Läsning är öppen; ändringar kräver inloggning (kaka från POST /api/v1/session) och CSRF-token i X-CSRF-Token. Fel svaras som { "error": { "code", "message" } }. Varje ändrande anrop anger sin behörighet i x-permission.',
    },
    servers: [{ url: '/' }],
  });

  app.route('/', workspaceRoutes);
  app.route('/', pageRoutes);

  app.notFound((c) => respondWithError(c, new AppError('not_found', 'Adressen finns inte.')));
  app.onError((error, c) => {
    const known = error instanceof AppError ? error : (fromHttpException(error) ?? fromDatabaseError(error));
    if (known) return respondWithError(c, known);
    services.log(`Fel vid ${c.req.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`);
    return respondWithError(c, new AppError('internal', 'Ett oväntat fel inträffade. Det har loggats.'));
  });

  return app;
}

function wantsJson(c: Context<AppEnv>) {
  const path = c.req.path;
  return path.startsWith('/api/') || path.startsWith('/oparl/') || path.endsWith('.json') || !(c.req.header('accept') ?? '').includes('text/html');
}

function respondWithError(c: Context<AppEnv>, error: AppError) {
  if (wantsJson(c)) return c.json(errorBody(error), error.status as 400);
  return c.html(renderErrorPage(c, error), error.status as 400);
}

export type App = ReturnType<typeof createApp>;
