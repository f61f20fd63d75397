/**
 * One URL for every kind of public page, built from what the database holds: what the browser
 * tests (accessibility, no-JavaScript reading, phone width) walk through. A new public page
 * type belongs here.
 */
import type { Db } from '../db/connection.ts';
import { listPublicDecisions, listPublicMeetings, findPublicMatters } from './public-registry.store.ts';
import { listPublicReports } from './public-report.store.ts';

export interface PageType {
  name: string;
  path: string;
}

export async function publicPageTypes(db: Db, tenantId: string, ids: { harassmentAssignment: string; board: string; goal: string }): Promise<PageType[]> {
  const [report] = await listPublicReports(db, tenantId);
  const [decision] = await listPublicDecisions(db, tenantId, { limit: 1 });
  const [meeting] = await listPublicMeetings(db, tenantId, { limit: 1 });
  const [matter] = (await findPublicMatters(db, tenantId, {}, { limit: 1, offset: 0 })).matters;
  return [
    ...(report ? [{ name: 'report', path: `/rapporter/${report.id}` }] : []),
    ...(decision ? [{ name: 'decision', path: `/beslut/${decision.id}` }] : []),
    ...(meeting ? [{ name: 'meeting', path: `/sammantraden/${meeting.id}` }] : []),
    ...(matter ? [{ name: 'matter', path: `/arenden/${matter.id}` }] : []),
    { name: 'matters', path: '/arenden' },
    { name: 'meetings', path: '/sammantraden' },
    { name: 'notice board', path: '/anslagstavla' },
    { name: 'start', path: '/' },
    { name: 'start in English', path: '/?lang=en' },
    { name: 'goals', path: '/mal?lang=sv' },
    { name: 'goal', path: `/mal/${ids.goal}` },
    { name: 'assignments', path: '/uppdrag' },
    { name: 'assignments filtered', path: `/uppdrag?status=proposed-done&organisation=${ids.board}&q=kollektivavtalet` },
    { name: 'assignments, no match', path: '/uppdrag?q=zzzzzz' },
    { name: 'assignments page 2', path: '/uppdrag?sida=2' },
    { name: 'assignment', path: `/uppdrag/${ids.harassmentAssignment}` },
    { name: 'organisations', path: '/organisationer' },
    { name: 'organisation', path: `/organisationer/${ids.board}` },
    { name: 'reports', path: '/rapporter' },
    { name: 'search', path: '/sok' },
    { name: 'search results', path: '/sok?q=kollektivavtalet' },
    { name: 'search with facets chosen', path: '/sok?q=kommunstyrelsen&typ=assignment&ar=2023' },
    { name: 'search, no match', path: '/sok?q=zzzzzz' },
    { name: 'open data', path: '/oppna-data' },
    { name: 'accessibility statement', path: '/tillganglighet' },
    { name: 'not found', path: '/finns-inte' },
  ];
}
