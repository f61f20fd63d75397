import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';

/**
 * The accessibility statement that lagen (2018:1937) om tillgänglighet till digital offentlig
 * service (DOS-lagen) requires, following Digg's model: compliance status, known gaps, how to
 * report a problem, the enforcement body, how and when the site was assessed. Update the dates
 * when the assessment is redone.
 */
export const ACCESSIBILITY_STATEMENT = {
  /** When this statement was last reviewed. */
  statementDate: '2026-11-28',
  /** When the site was last assessed (the automated and manual checks below). */
  assessedOn: '2026-11-28',
  diggReportUrl: 'https://www.digg.se/tdosanmalan',
} as const;

export const accessibilityPage = new Hono<AppEnv>();

accessibilityPage.get('/tillganglighet', (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const tenant = c.get('tenant').name;
  const title = t('nav.accessibility');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('a11y.intro', { tenant })}</p>

        <h2>{t('a11y.status.heading')}</h2>
        <p>{t('a11y.status.text')}</p>

        <h2>{t('a11y.alternatives.heading')}</h2>
        <p>{t('a11y.alternatives.text', { tenant })}</p>

        <h2>{t('a11y.report.heading')}</h2>
        <p>{t('a11y.report.text', { tenant })}</p>

        <h2>{t('a11y.enforcement.heading')}</h2>
        <p>{t('a11y.enforcement.text')}</p>
        <p>
          <a href={ACCESSIBILITY_STATEMENT.diggReportUrl}>{t('a11y.enforcement.link')}</a>
        </p>

        <h2>{t('a11y.technical.heading')}</h2>
        <p>{t('a11y.technical.text')}</p>

        <h3>{t('a11y.gaps.heading')}</h3>
        <ul>
          <li>{t('a11y.gaps.pdf')}</li>
          <li>{t('a11y.gaps.docx')}</li>
          <li>{t('a11y.gaps.attachments')}</li>
        </ul>

        <h2>{t('a11y.method.heading')}</h2>
        <p>{t('a11y.method.text')}</p>
        <ul>
          <li>{t('a11y.method.axe')}</li>
          <li>{t('a11y.method.noJs')}</li>
          <li>{t('a11y.method.keyboard')}</li>
          <li>{t('a11y.method.mobile')}</li>
        </ul>
        <p>{t('a11y.method.assessed', { date: formatDate(ACCESSIBILITY_STATEMENT.assessedOn) })}</p>
        <p>{t('a11y.updated', { date: formatDate(ACCESSIBILITY_STATEMENT.statementDate) })}</p>
      </Layout>,
    ),
  );
});
