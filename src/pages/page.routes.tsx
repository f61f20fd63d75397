import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { portalRoutes } from '../portal/portal.routes.tsx';
import { pickLocale } from './page-context.ts';
import { surveyWorkspacePages } from '../surveys/survey-workspace.pages.ts';
import { reportPages } from '../reports/report.pages.tsx';
import { matterPages } from '../matters/matter.pages.tsx';
import { meetingPages } from '../meetings/meeting.pages.tsx';
import { decisionPages } from '../decisions/decision.pages.tsx';

/** Server-rendered pages: readable without JavaScript. */
export const pageRoutes = new Hono<AppEnv>();

const css = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');

pageRoutes.get('/assets/site.css', (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(css);
});

pageRoutes.use('*', pickLocale());
// Surveys in the staff workspace (/arbete/enkater): src/surveys.
pageRoutes.route('/', surveyWorkspacePages);
pageRoutes.route('/', portalRoutes);
pageRoutes.route('/', reportPages);
// Matters, meetings, decisions and the notice board: src/matters, src/meetings, src/decisions.
pageRoutes.route('/', matterPages);
pageRoutes.route('/', meetingPages);
pageRoutes.route('/', decisionPages);
