/** Open datasets over adopted reports, the registry, meetings, decisions and the notice board. */
import type { MessageKey } from '../i18n/messages.ts';
import { listPostedMinutes } from '../meetings/meeting.store.ts';
import { newestTime } from '../portal/http-caching.ts';
import { findPublicMatters, listPublicDecisions, listPublicDocuments, listPublicMeetings } from '../portal/public-registry.store.ts';
import { listPublicReports } from '../portal/public-report.store.ts';
import type { Dataset, DatasetRow } from './dataset.ts';

const newest = (rows: DatasetRow[], field: string) => {
  const t = newestTime(rows.map((r) => r[field] as Date | string | null));
  return t === undefined ? undefined : new Date(t);
};

export const reportsDataset: Dataset = {
  key: 'rapporter',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'title', type: 'text' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'cycleId', type: 'uuid' },
    { name: 'cycle', type: 'text' },
    { name: 'periodEnd', type: 'date' },
    { name: 'adoptedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
    { name: 'pdf', type: 'url' },
    { name: 'docx', type: 'url' },
    { name: 'tablesCsv', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listPublicReports(db, tenantId)).map((r) => {
      const file = (key: MessageKey) => `${origin}${r.formats.find((f) => f.key === key)!.href}`;
      return {
        id: r.id,
        title: r.title,
        organisationId: r.organisationId,
        organisation: r.organisationName,
        cycleId: r.cycleId,
        cycle: r.cycleName,
        periodEnd: r.periodEnd,
        adoptedAt: r.adoptedAt,
        url: `${origin}/rapporter/${r.id}`,
        pdf: file('reportFormat.pdf'),
        docx: file('reportFormat.docx'),
        tablesCsv: file('reportFormat.tablesCsv'),
      };
    });
  },
  lastModified: (rows) => newest(rows, 'adoptedAt'),
};

export const mattersDataset: Dataset = {
  key: 'arenden',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'subject', type: 'text' },
    { name: 'registeredOn', type: 'date' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'documents', type: 'integer' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    const { matters } = await findPublicMatters(db, tenantId, {}, { limit: 1_000_000, offset: 0 });
    return matters.map((m) => ({
      id: m.id,
      dnr: m.dnr,
      subject: m.subject,
      registeredOn: m.registeredOn,
      organisationId: m.organisationId,
      organisation: m.organisationName,
      documents: m.documents,
      updatedAt: m.updatedAt,
      url: `${origin}/arenden/${m.id}`,
    }));
  },
  lastModified: (rows) => newest(rows, 'updatedAt'),
};

export const documentsDataset: Dataset = {
  key: 'handlingar',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'matterId', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'registeredOn', type: 'date' },
    { name: 'sender', type: 'text' },
    { name: 'recipient', type: 'text' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listPublicDocuments(db, tenantId)).map((d) => ({ ...d, url: `${origin}/arenden/${d.matterId}` }));
  },
  lastModified: (rows) => newest(rows, 'updatedAt'),
};

export const meetingsDataset: Dataset = {
  key: 'sammantraden',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'bodyId', type: 'uuid' },
    { name: 'body', type: 'text' },
    { name: 'startsAt', type: 'datetime' },
    { name: 'place', type: 'text' },
    { name: 'state', type: 'text' },
    { name: 'items', type: 'integer' },
    { name: 'minutesPostedOn', type: 'date' },
    { name: 'appealEndsOn', type: 'date' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listPublicMeetings(db, tenantId)).map((m) => ({
      id: m.id,
      bodyId: m.bodyId,
      body: m.bodyName,
      startsAt: m.startsAt,
      place: m.place,
      state: m.state,
      items: m.items,
      minutesPostedOn: m.minutesPostedOn,
      appealEndsOn: m.appealEndsOn,
      updatedAt: m.updatedAt,
      url: `${origin}/sammantraden/${m.id}`,
    }));
  },
  lastModified: (rows) => newest(rows, 'updatedAt'),
};

export const decisionsDataset: Dataset = {
  key: 'beslut',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'decidedOn', type: 'date' },
    { name: 'paragraph', type: 'integer' },
    { name: 'title', type: 'text' },
    { name: 'outcome', type: 'text' },
    { name: 'bodyId', type: 'uuid' },
    { name: 'body', type: 'text' },
    { name: 'matterId', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'text', type: 'text' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listPublicDecisions(db, tenantId)).map((d) => ({
      id: d.id,
      decidedOn: d.decidedOn,
      paragraph: d.paragraph,
      title: d.title,
      outcome: d.outcome,
      bodyId: d.bodyId,
      body: d.bodyName,
      matterId: d.matterId,
      dnr: d.dnr,
      text: d.text,
      updatedAt: d.updatedAt,
      url: `${origin}/beslut/${d.id}`,
    }));
  },
  lastModified: (rows) => newest(rows, 'updatedAt'),
};

export const noticeBoardDataset: Dataset = {
  key: 'anslag',
  fields: [
    { name: 'minutesId', type: 'uuid' },
    { name: 'meetingId', type: 'uuid' },
    { name: 'body', type: 'text' },
    { name: 'meetingStartsAt', type: 'datetime' },
    { name: 'approvedOn', type: 'date' },
    { name: 'postedOn', type: 'date' },
    { name: 'appealEndsOn', type: 'date' },
    { name: 'url', type: 'url' },
    { name: 'pdf', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listPostedMinutes(db, tenantId)).map((m) => ({
      minutesId: m.id,
      meetingId: m.meetingId,
      body: m.organisationName,
      meetingStartsAt: m.meetingStartsAt,
      approvedOn: m.approvedOn,
      postedOn: m.postedOn,
      appealEndsOn: m.appealEndsOn,
      url: `${origin}/sammantraden/${m.meetingId}`,
      pdf: `${origin}/protokoll/${m.id}.pdf`,
    }));
  },
  lastModified: (rows) => newest(rows, 'postedOn'),
};

export const REGISTRY_DATASETS: Dataset[] = [reportsDataset, mattersDataset, documentsDataset, meetingsDataset, decisionsDataset, noticeBoardDataset];
