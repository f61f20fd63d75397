import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { feedRoutes } from '../feeds/feed.routes.ts';
import { openDataPage } from '../open-data/open-data.page.tsx';
import { openDataRoutes } from '../open-data/open-data.routes.ts';
import { searchPages } from '../search/search.pages.tsx';
import { accessibilityPage } from './accessibility.page.tsx';
import { assignmentListPage } from './assignment-list.page.tsx';
import { assignmentPage } from './assignment.page.tsx';
import { goalPages } from './goal.pages.tsx';
import { organisationPages } from './organisation.pages.tsx';
import { registryPages } from './registry.pages.tsx';
import { reportListPage } from './report-list.page.tsx';
import { startPage } from './start.page.tsx';

/** The public portal's pages (no sign-in): mounted in src/pages/page.routes.tsx. */
export const portalRoutes = new Hono<AppEnv>();

portalRoutes.route('/', startPage);
portalRoutes.route('/', goalPages);
portalRoutes.route('/', assignmentListPage);
portalRoutes.route('/', assignmentPage);
portalRoutes.route('/', organisationPages);
portalRoutes.route('/', reportListPage);
portalRoutes.route('/', registryPages);
portalRoutes.route('/', searchPages);
portalRoutes.route('/', accessibilityPage);
portalRoutes.route('/', openDataPage);
portalRoutes.route('/', openDataRoutes);
portalRoutes.route('/', feedRoutes);
