/** Every survey page of the staff workspace (/arbete/enkater), mounted once, with their stylesheet. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { can } from '../auth/permissions.ts';
import type { AppEnv } from '../http/context.ts';
import { WORK_AREAS } from '../workspace/home.pages.tsx';
import { WORKSPACE_MENU } from '../workspace/workspace-layout.tsx';
import { responsePages } from './response.pages.tsx';
import { surveyEditorPages } from './survey-editor.pages.tsx';
import { surveyPlacementPages } from './survey-placement.pages.tsx';
import { surveyPages } from './survey.pages.tsx';
import { SURVEYS_BASE, SURVEYS_CSS } from './survey.view.tsx';

export const surveyWorkspacePages = new Hono<AppEnv>();

// The workspace lists what each feature offers: a menu item and a card on its start page,
// shown to those who can read surveys (controllers, auditors, reporters).
const cycles = WORKSPACE_MENU.findIndex((item) => item.href.endsWith('/uppfoljning'));
WORKSPACE_MENU.splice(cycles >= 0 ? cycles + 1 : WORKSPACE_MENU.length, 0, { href: SURVEYS_BASE, key: 'survey.nav', permission: 'survey.read' });
WORK_AREAS.push((f) => ({
  href: SURVEYS_BASE,
  title: f.t('survey.nav'),
  text: f.actor.kind === 'user' && can(f.actor, 'survey.manage') ? f.t('survey.home.controller') : f.t('survey.home.reporter'),
  show: f.actor.kind === 'user' && can(f.actor, 'survey.read'),
}));

const css = readFileSync(new URL('./assets/surveys.css', import.meta.url), 'utf8');

surveyWorkspacePages.get(SURVEYS_CSS, (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(css);
});
surveyWorkspacePages.route('/', surveyEditorPages);
surveyWorkspacePages.route('/', surveyPlacementPages);
surveyWorkspacePages.route('/', surveyPages);
surveyWorkspacePages.route('/', responsePages);
