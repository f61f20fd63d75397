/**
 * The staff workspace under /arbete: every page and form, wired in one place. Each feature's
 * pages register their routes with `staffPage`/`staffForm` (staff-routes.ts), so the
 * authorisation tests see them all.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { pickLocale } from '../pages/page-context.ts';
import { adminMemberPages } from './admin-members.pages.tsx';
import { adminOrganisationPages } from './admin-organisations.pages.tsx';
import { adminSsoPages } from './admin-sso.pages.tsx';
import { adminUserPages } from './admin-users.pages.tsx';
import { auditLogPages } from './audit-log.pages.tsx';
import { cycleBoardPages } from './cycle-board.pages.tsx';
import { decisionPages } from './decision.pages.tsx';
import { homePages } from './home.pages.tsx';
import { jobPages } from './jobs.pages.tsx';
import { matterPages } from './matter.pages.tsx';
import { meetingPages } from './meeting.pages.tsx';
import { passwordResetPages } from './password-reset.pages.tsx';
import { reportEditorPages } from './report-editor.pages.tsx';
import { reportSectionPages } from './report-section.pages.tsx';
import { signInPages } from './sign-in.pages.tsx';
import { ssoPages } from './sso.pages.ts';
import { workspaceAssets } from './workspace-assets.ts';

export const workspaceRoutes = new Hono<AppEnv>();

workspaceRoutes.route('/', workspaceAssets);
workspaceRoutes.use('/arbete/*', pickLocale());
workspaceRoutes.use('/arbete', pickLocale());
workspaceRoutes.route('/', signInPages);
workspaceRoutes.route('/', passwordResetPages);
workspaceRoutes.route('/', ssoPages);
workspaceRoutes.route('/', homePages);
workspaceRoutes.route('/', adminUserPages);
workspaceRoutes.route('/', adminOrganisationPages);
workspaceRoutes.route('/', auditLogPages);
workspaceRoutes.route('/', adminSsoPages);
workspaceRoutes.route('/', reportEditorPages);
workspaceRoutes.route('/', reportSectionPages);
workspaceRoutes.route('/', cycleBoardPages);
workspaceRoutes.route('/', matterPages);
workspaceRoutes.route('/', meetingPages);
workspaceRoutes.route('/', decisionPages);
workspaceRoutes.route('/', jobPages);
workspaceRoutes.route('/', adminMemberPages);
