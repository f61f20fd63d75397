/** Every survey page of the staff workspace (/arbete/enkater), mounted once, with their stylesheet. */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { responsePages } from './response.pages.tsx';
import { surveyEditorPages } from './survey-editor.pages.tsx';
import { surveyPages } from './survey.pages.tsx';
import { SURVEYS_CSS } from './survey.view.tsx';

export const surveyWorkspacePages = new Hono<AppEnv>();

const css = readFileSync(new URL('./assets/surveys.css', import.meta.url), 'utf8');

surveyWorkspacePages.get(SURVEYS_CSS, (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(css);
});
surveyWorkspacePages.route('/', surveyEditorPages);
surveyWorkspacePages.route('/', surveyPages);
surveyWorkspacePages.route('/', responsePages);
