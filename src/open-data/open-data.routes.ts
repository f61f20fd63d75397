import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { t as translate, type MessageKey } from '../i18n/messages.ts';
import { loadStory } from '../portal/assignment-story.store.ts';
import { loadReportDocument } from '../reports/report-document.store.ts';
import { toRenderDocument } from '../reports/report-render.ts';
import { findReport } from '../reports/report.store.ts';
import { REPORT_CELL_FIELDS, reportCells } from './report-tables.ts';
import { setLastModified } from '../portal/http-caching.ts';
import { csvOf, type Dataset } from './dataset.ts';
import { DATASETS, findDataset } from './datasets.ts';
import { toSwedishCsv } from './swedish-csv.ts';

export const openDataRoutes = new Hono<AppEnv>();

/** Dataset texts are published in Swedish whatever the page language: the data's own language. */
const sv = (key: string) => translate('sv', key as MessageKey);

export function datasetMeta(d: Dataset, origin: string) {
  return {
    key: d.key,
    title: sv(`dataset.${d.key}.title`),
    description: sv(`dataset.${d.key}.description`),
    csv: `${origin}/data/${d.key}.csv`,
    json: `${origin}/data/${d.key}.json`,
    filters: (d.filters ?? []).map((name) => ({ name, description: sv(`data.filter.${name}`) })),
    fields: d.fields.map((f) => ({ name: f.name, type: f.type, description: sv(`data.${d.key}.${f.name}`) })),
  };
}

const originOf = (url: string) => new URL(url).origin;

/** The catalogue of datasets, for programs (people read /oppna-data). */
openDataRoutes.get('/data', (c) => {
  const origin = originOf(c.req.url);
  return c.json({ datasets: DATASETS.map((d) => datasetMeta(d, origin)) });
});

openDataRoutes.get('/data/:file{[a-z0-9-]+\\.(?:csv|json)}', async (c) => {
  const file = c.req.param('file');
  const dot = file.lastIndexOf('.');
  const dataset = findDataset(file.slice(0, dot));
  if (!dataset) throw notFound('Datamängden');
  const origin = originOf(c.req.url);
  const rows = await dataset.rows({ db: c.get('services').db, tenantId: c.get('tenant').id, query: c.req.query(), origin });
  if (dataset.lastModified) setLastModified(c, dataset.lastModified(rows));
  if (file.endsWith('.csv')) {
    const csv = csvOf(dataset, rows);
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `attachment; filename="${dataset.key}.csv"`);
    return c.body(new Uint8Array(toSwedishCsv(csv.header, csv.rows)));
  }
  const { fields, ...meta } = datasetMeta(dataset, origin);
  return c.json({ ...meta, fields, count: rows.length, data: rows });
});

/** One assignment with its whole story, as the assignment page tells it. */
openDataRoutes.get('/data/uppdrag/:file{[0-9a-f-]{36}\\.json}', async (c) => {
  const story = await loadStory(c.get('services').db, c.get('tenant').id, c.req.param('file').replace(/\.json$/, ''));
  if (!story) throw notFound('Uppdraget');
  setLastModified(c, story.assignment.updatedAt, ...story.changes.map((x) => x.at));
  return c.json(story);
});

/** An adopted report's tables and charts, one row per printed figure (drafts are not public). */
openDataRoutes.get('/data/rapporter/:id{[0-9a-f-]{36}}/:file{tabeller\\.(?:csv|json)}', async (c) => {
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const report = await findReport(db, tenantId, c.req.param('id'));
  if (!report || report.status !== 'adopted') throw notFound('Rapporten');
  const document = await loadReportDocument(db, tenantId, report);
  if (!document) throw notFound('Rapporten');
  const cells = reportCells(toRenderDocument(document, 'sv'));
  setLastModified(c, report.adoptedAt);
  if (c.req.param('file').endsWith('.csv')) {
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `attachment; filename="tabeller-${report.id}.csv"`);
    return c.body(new Uint8Array(toSwedishCsv(REPORT_CELL_FIELDS, cells.map((cell) => REPORT_CELL_FIELDS.map((f) => cell[f])))));
  }
  return c.json({ report: { id: report.id, title: report.title, adoptedAt: report.adoptedAt }, fields: REPORT_CELL_FIELDS, count: cells.length, data: cells });
});
