/**
 * Uppsikt's data as OParl 1.1 objects. Mapping:
 * Body = the municipality (tenant); Organization = organisations (council, board, committees,
 * administrations, companies) and parties; Person/Membership = officials and their seats;
 * Meeting/AgendaItem = meetings once called and their public items; Paper = a registered matter
 * (reference = dnr); Consultation = a matter on an agenda item; File = a matter's public
 * documents (never a secret one); LegislativeTerm = mandate periods.
 * Extensions in the `uppsikt:` namespace are documented in src/oparl/README.md.
 */
import type { Db } from '../db/connection.ts';
import { loadDecisions, type Decision } from '../decisions/decision.store.ts';
import { findDocument, findMatter, listDocuments } from '../matters/matter.store.ts';
import type { MatterDocument } from '../matters/matter.ts';
import { findAgendaItem, findMeeting, findMinutesOfMeeting, listAgendaItems, listAttendance, wasCalledSql } from '../meetings/meeting.store.ts';
import { isPublished, meetingDay, wasCalled, type AgendaItem, type Meeting } from '../meetings/meeting.ts';
import { findOrganisation, listOrganisations, listParties } from '../organisations/organisation.store.ts';
import type { Organisation } from '../organisations/organisation.ts';
import { findPerson, listMemberships, toMembership } from '../people/person.store.ts';
import { isVotingRole, type Membership } from '../people/person.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { OPARL_VERSION, oparlType, type OparlUrls } from './oparl-urls.ts';

type Json = Record<string, unknown>;

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

function stamps(row: { createdAt: Date; updatedAt: Date; deletedAt?: Date | null }) {
  return { created: iso(row.createdAt), modified: iso(row.deletedAt ?? row.updatedAt), ...(row.deletedAt ? { deleted: true } : {}) };
}

const ORGANIZATION_TYPE: Record<string, string> = {
  council: 'Gremium',
  board: 'Gremium',
  committee: 'Gremium',
  administration: 'Verwaltungsbereich',
  company: 'Institution',
  holding: 'Institution',
};
const KIND_LABEL: Record<string, string> = {
  council: 'Fullmäktige',
  board: 'Styrelse',
  committee: 'Nämnd',
  administration: 'Förvaltning',
  company: 'Bolag',
  holding: 'Moderbolag',
};
const ROLE_LABEL: Record<string, string> = { chair: 'Ordförande', 'vice-chair': 'Vice ordförande', member: 'Ledamot', substitute: 'Ersättare' };
const RESULT_LABEL: Record<string, string> = {
  decided: 'Beslut fattat',
  'referred-back': 'Återremitterat',
  postponed: 'Bordlagt',
};

export class OparlObjects {
  private organisations?: Promise<Organisation[]>;

  constructor(
    private readonly db: Db,
    private readonly tenant: Tenant,
    readonly urls: OparlUrls,
  ) {}

  private get tenantId() {
    return this.tenant.id;
  }

  private allOrganisations() {
    this.organisations ??= listOrganisations(this.db, this.tenantId);
    return this.organisations;
  }

  system(): Json {
    return {
      id: this.urls.system,
      type: oparlType('System'),
      oparlVersion: OPARL_VERSION,
      otherOparlVersions: [],
      name: `Uppsikt – ${this.tenant.name}`,
      body: this.urls.bodies,
      website: this.urls.web('/'),
      product: 'https://uppsikt.se/',
      vendor: 'https://uppsikt.se/',
      web: this.urls.web('/'),
    };
  }

  async body(): Promise<Json> {
    const terms = await this.db.selectFrom('legislative_terms').select('id').where('tenant_id', '=', this.tenantId).orderBy('start_date').execute();
    const council = (await this.allOrganisations()).find((o) => o.kind === 'council');
    return {
      id: this.urls.body,
      type: oparlType('Body'),
      system: this.urls.system,
      name: this.tenant.name,
      shortName: this.tenant.name,
      website: this.urls.web('/'),
      classification: 'Kommun',
      ...(council ? { mainOrganization: this.urls.object('organization', council.id) } : {}),
      organization: this.urls.list('organizations'),
      person: this.urls.list('people'),
      meeting: this.urls.list('meetings'),
      paper: this.urls.list('papers'),
      agendaItem: this.urls.list('agenda-items'),
      consultation: this.urls.list('consultations'),
      file: this.urls.list('files'),
      membership: this.urls.list('memberships'),
      legislativeTermList: this.urls.list('legislative-terms'),
      legislativeTerm: (await Promise.all(terms.map((t) => this.legislativeTerm(t.id)))).filter(Boolean),
      web: this.urls.web('/'),
    };
  }

  async legislativeTerm(id: string): Promise<Json | undefined> {
    const row = await this.db.selectFrom('legislative_terms').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      id: this.urls.object('legislative-term', row.id),
      type: oparlType('LegislativeTerm'),
      body: this.urls.body,
      name: row.name,
      startDate: row.start_date,
      endDate: row.end_date,
      created: iso(row.created_at),
      modified: iso(row.updated_at),
    };
  }

  async organization(id: string): Promise<Json | undefined> {
    const all = await this.allOrganisations();
    const o = all.find((x) => x.id === id);
    if (o) {
      const memberships = await listMemberships(this.db, this.tenantId, { organisationId: o.id });
      const times = await this.db
        .selectFrom('organisations')
        .select(['created_at', 'updated_at'])
        .where('tenant_id', '=', this.tenantId)
        .where('id', '=', o.id)
        .executeTakeFirstOrThrow();
      return {
        id: this.urls.object('organization', o.id),
        type: oparlType('Organization'),
        body: this.urls.body,
        name: o.name,
        ...(o.shortName ? { shortName: o.shortName } : {}),
        organizationType: ORGANIZATION_TYPE[o.kind] ?? 'Sonstiges',
        classification: KIND_LABEL[o.kind] ?? o.kind,
        ...(o.parentId ? { subOrganizationOf: this.urls.object('organization', o.parentId) } : {}),
        membership: memberships.map((m) => this.urls.object('membership', m.id)),
        created: iso(times.created_at),
        modified: iso(times.updated_at),
        web: this.urls.web(`/organisationer/${o.id}`),
      };
    }
    const party = (await listParties(this.db, this.tenantId)).find((p) => p.id === id);
    if (!party) return undefined;
    return {
      id: this.urls.object('organization', party.id),
      type: oparlType('Organization'),
      body: this.urls.body,
      name: party.name,
      shortName: party.abbreviation,
      organizationType: 'Partei',
      classification: 'Parti',
    };
  }

  private membershipObject(m: Membership): Json {
    return {
      id: this.urls.object('membership', m.id),
      type: oparlType('Membership'),
      person: this.urls.object('person', m.personId),
      organization: this.urls.object('organization', m.organisationId),
      role: ROLE_LABEL[m.role] ?? m.role,
      votingRight: isVotingRole(m.role),
      ...(m.startDate ? { startDate: m.startDate } : {}),
      ...(m.endDate ? { endDate: m.endDate } : {}),
      ...(m.partyId ? { onBehalfOf: this.urls.object('organization', m.partyId) } : {}),
      ...stamps(m),
    };
  }

  async membership(id: string): Promise<Json | undefined> {
    const row = await this.db.selectFrom('memberships').selectAll().where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return this.membershipObject(toMembership(row));
  }

  async person(id: string): Promise<Json | undefined> {
    const p = await findPerson(this.db, this.tenantId, id);
    if (!p) return undefined;
    if (p.deletedAt) return { id: this.urls.object('person', p.id), type: oparlType('Person'), ...stamps(p) };
    const memberships = await listMemberships(this.db, this.tenantId, { personId: p.id });
    return {
      id: this.urls.object('person', p.id),
      type: oparlType('Person'),
      body: this.urls.body,
      name: p.name,
      familyName: p.familyName,
      givenName: p.givenName,
      membership: memberships.map((m) => this.membershipObject(m)),
      ...(p.note ? { keyword: [p.note] } : {}),
      ...stamps(p),
    };
  }

  async location(meetingId: string): Promise<Json | undefined> {
    const meeting = await findMeeting(this.db, this.tenantId, meetingId);
    if (!meeting || !isPublished(meeting)) return undefined;
    return {
      id: this.urls.object('location', meeting.id),
      type: oparlType('Location'),
      description: meeting.place,
      meetings: [this.urls.object('meeting', meeting.id)],
      created: iso(meeting.createdAt),
      modified: iso(meeting.updatedAt),
    };
  }

  private async publishedMeeting(id: string): Promise<Meeting | undefined> {
    const meeting = await findMeeting(this.db, this.tenantId, id);
    if (!meeting) return undefined;
    // A meeting that was never called (nor one cancelled before its call) was never public: not even its tombstone is shown.
    if (!wasCalled(meeting)) return undefined;
    return meeting;
  }

  async meeting(id: string): Promise<Json | undefined> {
    const meeting = await this.publishedMeeting(id);
    if (!meeting) return undefined;
    const base = { id: this.urls.object('meeting', meeting.id), type: oparlType('Meeting') };
    if (meeting.deletedAt) return { ...base, ...stamps(meeting) };
    const body = (await findOrganisation(this.db, this.tenantId, meeting.organisationId))!;
    const items = (await listAgendaItems(this.db, this.tenantId, meeting.id)).filter((i) => i.public);
    const decisions = await loadDecisions(this.db, this.tenantId, { agendaItemIds: items.map((i) => i.id) });
    const attendance = await listAttendance(this.db, this.tenantId, meeting.id);
    const minutes = await findMinutesOfMeeting(this.db, this.tenantId, meeting.id);
    const state = meeting.state === 'held' || minutes?.approvedOn ? 'durchgeführt' : 'eingeladen';
    return {
      ...base,
      name: `${body.name} ${meetingDay(meeting.startsAt)}`,
      meetingState: state,
      cancelled: meeting.state === 'cancelled',
      start: iso(meeting.startsAt),
      ...(meeting.endsAt ? { end: iso(meeting.endsAt) } : {}),
      location: await this.location(meeting.id),
      organization: [this.urls.object('organization', meeting.organisationId)],
      participant: attendance.map((a) => this.urls.object('person', a.personId)),
      agendaItem: await Promise.all(items.map((i) => this.agendaItemObject(i, meeting, decisions.find((d) => d.agendaItemId === i.id)))),
      ...(minutes?.approvedOn ? { 'uppsikt:minutes': this.minutesExtension(minutes) } : {}),
      ...stamps(meeting),
      web: this.urls.web(`/sammantraden/${meeting.id}`),
    };
  }

  private minutesExtension(m: { approvedOn: string | null; approvers: string[]; postedOn: string | null; appealEndsOn: string | null; id: string }) {
    return {
      approvedOn: m.approvedOn,
      approvers: m.approvers,
      postedOn: m.postedOn,
      appealEndsOn: m.appealEndsOn,
      pdf: this.urls.web(`/protokoll/${m.id}.pdf`),
    };
  }

  async agendaItem(id: string): Promise<Json | undefined> {
    const item = await findAgendaItem(this.db, this.tenantId, id);
    if (!item || !item.public) return undefined;
    const meeting = await this.publishedMeeting(item.meetingId);
    if (!meeting) return undefined;
    const [decision] = await loadDecisions(this.db, this.tenantId, { agendaItemIds: [item.id] });
    return this.agendaItemObject(item, meeting, decision);
  }

  private async agendaItemObject(item: AgendaItem, meeting: Meeting, decision: Decision | undefined): Promise<Json> {
    const base = { id: this.urls.object('agenda-item', item.id), type: oparlType('AgendaItem'), order: item.position };
    if (item.deletedAt || meeting.deletedAt) return { ...base, ...stamps({ ...item, deletedAt: item.deletedAt ?? meeting.deletedAt }) };
    const extract = decision ? await this.extractOf(decision) : undefined;
    return {
      ...base,
      meeting: this.urls.object('meeting', meeting.id),
      number: item.number,
      name: item.title,
      public: item.public,
      ...(item.matterId ? { consultation: this.urls.object('consultation', item.id) } : {}),
      ...(decision
        ? {
            result: RESULT_LABEL[decision.outcome] ?? decision.outcome,
            resolutionText: decision.text,
            ...(extract ? { resolutionFile: this.fileObject(extract) } : {}),
            'uppsikt:decision': {
              paragraph: decision.paragraph,
              decidedOn: decision.decidedOn,
              outcome: decision.outcome,
              api: this.urls.api(`/decisions/${decision.id}`),
              dissents: decision.remarks.filter((r) => r.kind === 'dissent').map((r) => ({ party: r.partyAbbreviation, text: r.text })),
              minuteNotes: decision.remarks.filter((r) => r.kind === 'minute-note').map((r) => ({ party: r.partyAbbreviation, text: r.text })),
            },
            'uppsikt:votes': this.votesExtension(decision),
            'uppsikt:assignments': await this.assignmentsExtension(decision),
          }
        : {}),
      created: iso(item.createdAt),
      modified: iso(maxDate(item.updatedAt, decision?.updatedAt)),
      web: this.urls.web(`/sammantraden/${meeting.id}#punkt-${item.number}`),
    };
  }

  private votesExtension(decision: Decision) {
    return decision.points
      .filter((p) => p.method === 'vote')
      .map((p) => ({
        point: p.number,
        kind: p.kind,
        question: p.orderOfQuestions,
        yes: p.proposals[0]?.label ?? null,
        no: p.proposals[1]?.label ?? null,
        outcome: p.outcome,
        counts: p.tally,
        byParty: p.tallyByParty.map((t) => ({
          party: t.abbreviation,
          ...(t.partyId ? { organization: this.urls.object('organization', t.partyId) } : {}),
          yes: t.yes,
          no: t.no,
          abstain: t.abstain,
        })),
        byMember: p.votes.map((v) => ({ person: this.urls.object('person', v.personId), name: v.personName, party: v.partyAbbreviation, vote: v.choice })),
      }));
  }

  private async assignmentsExtension(decision: Decision) {
    const out: Json[] = [];
    for (const p of decision.points) {
      const id = p.createdAssignmentId ?? p.assignmentId;
      if (!id) continue;
      const a = await this.db.selectFrom('assignments').select(['dnr', 'title']).where('tenant_id', '=', this.tenantId).where('id', '=', id).executeTakeFirst();
      if (!a) continue;
      out.push({
        point: p.number,
        dnr: a.dnr,
        title: a.title,
        effect: p.createdAssignmentId ? 'created' : p.outcome === 'approved' ? 'declared-done' : p.outcome === 'rejected' ? 'in-progress' : p.outcome,
        ...(p.organisationId ? { organization: this.urls.object('organization', p.organisationId) } : {}),
        api: this.urls.api(`/assignments/${id}`),
        web: this.urls.web(`/uppdrag/${id}`),
      });
    }
    return out;
  }

  private async extractOf(decision: Decision): Promise<MatterDocument | undefined> {
    const docs = await listDocuments(this.db, this.tenantId, decision.matterId, { includeSecret: false });
    return docs.find((d) => d.kind === 'minutes-extract' && d.title.endsWith(`§ ${decision.paragraph}`));
  }

  fileObject(d: MatterDocument): Json {
    const base = {
      id: this.urls.object('file', d.id),
      type: oparlType('File'),
      accessUrl: this.urls.api(`/documents/${d.id}/content`),
    };
    if (d.deletedAt) return { ...base, ...stamps(d) };
    return {
      ...base,
      name: d.title,
      fileName: `${d.kind}-${d.id.slice(0, 8)}.txt`,
      mimeType: 'text/plain',
      date: d.registeredOn,
      size: Buffer.byteLength(d.text || d.title, 'utf8'),
      text: d.text,
      downloadUrl: this.urls.api(`/documents/${d.id}/content`),
      paper: [this.urls.object('paper', d.matterId)],
      'uppsikt:kind': d.kind,
      ...stamps(d),
    };
  }

  async file(id: string): Promise<Json | undefined> {
    const d = await findDocument(this.db, this.tenantId, id);
    // A secret document is absent, exactly like one that never existed.
    if (!d || d.secret) return undefined;
    return this.fileObject(d);
  }

  async paper(id: string): Promise<Json | undefined> {
    const matter = await findMatter(this.db, this.tenantId, id);
    if (!matter) return undefined;
    const base = { id: this.urls.object('paper', matter.id), type: oparlType('Paper') };
    if (matter.deletedAt) return { ...base, ...stamps(matter) };
    const documents = await listDocuments(this.db, this.tenantId, matter.id, { includeSecret: false });
    const main = documents.find((d) => d.kind === 'staff-report');
    const consultations = await this.consultationsOf(matter.id);
    return {
      ...base,
      body: this.urls.body,
      name: matter.subject,
      reference: matter.dnr,
      date: matter.registeredOn,
      paperType: main ? 'Tjänsteutlåtande' : 'Ärende',
      ...(main ? { mainFile: this.fileObject(main) } : {}),
      auxiliaryFile: documents.filter((d) => d !== main).map((d) => this.fileObject(d)),
      underDirectionOf: [this.urls.object('organization', matter.organisationId)],
      consultation: consultations,
      ...stamps(matter),
      web: this.urls.web(`/arenden/${matter.id}`),
    };
  }

  private async consultationsOf(matterId: string): Promise<Json[]> {
    const items = await this.db
      .selectFrom('agenda_items')
      .innerJoin('meetings', (j) => j.onRef('meetings.tenant_id', '=', 'agenda_items.tenant_id').onRef('meetings.id', '=', 'agenda_items.meeting_id'))
      .select('agenda_items.id')
      .where('agenda_items.tenant_id', '=', this.tenantId)
      .where('agenda_items.matter_id', '=', matterId)
      .where('agenda_items.public', '=', true)
      .where(wasCalledSql('meetings'))
      .execute();
    const out: Json[] = [];
    for (const i of items) {
      const c = await this.consultation(i.id);
      if (c) out.push(c);
    }
    return out;
  }

  async consultation(agendaItemId: string): Promise<Json | undefined> {
    const item = await findAgendaItem(this.db, this.tenantId, agendaItemId);
    if (!item || !item.public || !item.matterId) return undefined;
    const meeting = await this.publishedMeeting(item.meetingId);
    if (!meeting) return undefined;
    const base = { id: this.urls.object('consultation', item.id), type: oparlType('Consultation') };
    if (item.deletedAt || meeting.deletedAt) return { ...base, ...stamps({ ...item, deletedAt: item.deletedAt ?? meeting.deletedAt }) };
    const [decision] = await loadDecisions(this.db, this.tenantId, { agendaItemIds: [item.id] });
    return {
      ...base,
      paper: this.urls.object('paper', item.matterId),
      agendaItem: this.urls.object('agenda-item', item.id),
      meeting: this.urls.object('meeting', meeting.id),
      organization: [this.urls.object('organization', meeting.organisationId)],
      authoritative: decision?.outcome === 'decided',
      role: 'Beslut',
      created: iso(item.createdAt),
      modified: iso(maxDate(item.updatedAt, decision?.updatedAt)),
    };
  }
}

function maxDate(a: Date, b: Date | undefined): Date {
  return b && b > a ? b : a;
}
