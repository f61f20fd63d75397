/**
 * `/rapporter/{id}`: a report readable as a web page inside the site's layout, with PDF, Word,
 * HTML and JSON a click away. Adopted reports are public; a draft or a report under review is
 * shown only to signed-in users whose grants cover its organisation (and controllers).
 */
import { Hono } from 'hono';
import { raw } from 'hono/html';
import type { AppEnv } from '../http/context.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { renderHtmlFragment } from '../render/html.renderer.ts';
import { DOCUMENT_STYLESHEET } from '../render/html-stylesheet.ts';
import { findReadableReport } from './report-access.ts';
import { loadReportDocument } from './report-document.store.ts';
import { toRenderDocument } from './report-render.ts';
import { UUID_PATTERN } from '../http/uuid.ts';

export const reportPages = new Hono<AppEnv>();

export const DOCUMENT_CSS_PATH = '/assets/dokument.css';

// Served as a file: the site's CSP allows no inline styles.
reportPages.get(DOCUMENT_CSS_PATH, (c) => {
  c.header('Content-Type', 'text/css; charset=utf-8');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(DOCUMENT_STYLESHEET);
});

reportPages.get(`/rapporter/:id{${UUID_PATTERN}}`, async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const report = await findReadableReport(db, c.get('actor'), tenantId, c.req.param('id'));
  const document = (await loadReportDocument(db, tenantId, report))!;
  const fragment = renderHtmlFragment(toRenderDocument(document, frame.locale), { headingOffset: 1 });
  const exportHref = (format: string) => `/api/v1/reports/${report.id}.${format}`;
  if (report.status !== 'adopted') c.header('Cache-Control', 'private, no-store');
  return c.html(
    htmlDocument(
      <Layout
        frame={frame}
        title={report.title}
        breadcrumbs={[
          { href: '/', label: t('nav.start') },
          { href: '/rapporter', label: t('nav.reports') },
        ]}
      >
        <link rel="stylesheet" href={DOCUMENT_CSS_PATH} />
        <h1>{report.title}</h1>
        <p class="muted">
          {document.organisation.name} · {t('reports.status')}: {t(`reportStatus.${report.status}`)}
          {report.adoptedAt ? ` · ${t('reports.adoptedOn', { date: formatDate(report.adoptedAt) })}` : ''}
        </p>
        {report.status !== 'adopted' ? (
          <p class="notice" role="status">
            {t('reports.notAdopted')}
          </p>
        ) : (
          ''
        )}
        <nav aria-label={t('reports.downloads')}>
          <h2 class="visually-hidden">{t('reports.downloads')}</h2>
          <ul class="downloads">
            <li>
              <a href={exportHref('pdf')} type="application/pdf">
                {t('reports.download.pdf')}
              </a>
            </li>
            <li>
              <a href={exportHref('docx')} type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">
                {t('reports.download.docx')}
              </a>
            </li>
            <li>
              <a href={exportHref('html')} type="text/html">
                {t('reports.download.html')}
              </a>
            </li>
            <li>
              <a href={exportHref('json')} type="application/json">
                {t('reports.download.json')}
              </a>
            </li>
          </ul>
        </nav>
        {report.status !== 'adopted' && document.comments.length > 0 ? (
          <section aria-labelledby="review-comments">
            <h2 id="review-comments">{t('reports.comments')}</h2>
            <ul>
              {document.comments.map((comment) => (
                <li>
                  <p>{comment.text}</p>
                  <p class="muted">
                    {comment.by ?? ''} · {formatDate(comment.at)} · {t('reports.version', { version: comment.version })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}
        {raw(fragment)}
      </Layout>,
    ),
  );
});
