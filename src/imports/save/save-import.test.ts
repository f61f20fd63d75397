/**
 * Saving the seed board matter in a tenant, as a controller or the CLI would: a fresh tenant
 * gets everything; a second import adds nothing; a register that already knows the
 * assignments keeps their history and skips the moves it cannot make; a refusal half-way
 * leaves the database as it was.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createOrganisation, createTenant, createUser } from '../../../test/factories.ts';
import { describeDb } from '../../../test/harness.ts';
import { hasSeed, readSeed, SEED_MISSING } from '../../../test/seeds.ts';
import { createAssignment, transitionAssignment } from '../../assignments/assignment.commands.ts';
import { findAssignmentByDnr, listStatusChanges } from '../../assignments/assignment.store.ts';
import type { AssignmentStatus } from '../../assignments/assignment-status.ts';
import type { Actor } from '../../auth/roles.ts';
import type { Db } from '../../db/connection.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { listGoals } from '../../goals/goal.store.ts';
import { loadMatterView } from '../../matters/matter.view.ts';
import { insertParty, listOrganisations } from '../../organisations/organisation.store.ts';
import { loadReportDocument } from '../../reports/report-document.store.ts';
import { flattenSections } from '../../reports/report-document.ts';
import type { ReportTable } from '../../reports/report-table.ts';
import { findTenant } from '../../tenants/tenant.store.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import { importText } from '../import-document.ts';
import type { ImportResult, ImportTable } from '../import-result.ts';
import { sameLabel } from './report-tables.ts';
import { saveImport, type SaveOptions } from './save-import.commands.ts';

if (!hasSeed) console.warn(SEED_MISSING);
const seed: ImportResult | null = hasSeed ? importText(readSeed(), { fileName: 'seed.txt' }) : null;
const TITLE = 'Delårsrapport augusti 2023 för kommunstyrelsen';
const swedishDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
const system = (tenant: Tenant): Actor => ({ kind: 'system', tenantId: tenant.id, label: 'test' });

const TABLES = [
  'audit_log',
  'organisations',
  'parties',
  'reporting_cycles',
  'assignments',
  'assignment_status_changes',
  'goals',
  'goal_responsibilities',
  'reports',
  'report_sections',
  'report_events',
  'matters',
  'matter_documents',
  'proposal_points',
  'motions',
  'statements',
] as const;

async function rowCounts(db: Db, tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where tenant_id = ${tenantId}`.execute(db);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/** The board and its office, and the parties of the seed's motion and statement. */
async function boardTenant(db: Db) {
  const tenant = await createTenant(db);
  const board = await createOrganisation(db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
  const office = await createOrganisation(db, tenant, { kind: 'administration', name: 'Stadsledningskontoret', parentId: board.id, servesId: board.id });
  for (const [abbreviation, name] of [['V', 'Vänsterpartiet'], ['S', 'Socialdemokraterna'], ['MP', 'Miljöpartiet'], ['SD', 'Sverigedemokraterna']] as const) {
    await insertParty(db, tenant.id, { abbreviation, name });
  }
  return { tenant, board, office };
}

/** Every printed cell of the imported tables, found in the report's tables (by row role or label, block and column). */
function compareFigures(imported: readonly ImportTable[], tables: readonly ReportTable[]) {
  const differences: string[] = [];
  let compared = 0;
  for (const table of imported) {
    for (const row of table.rows) {
      row.printed.forEach((printed, i) => {
        if (printed === null) return;
        const column = table.columns[i]!;
        const found = tables.flatMap((t) => {
          const c = t.columns.findIndex((x) => x.role === column.role && x.group === column.group);
          const r = t.rows.find((x) => (row.role === 'other' ? sameLabel(x.label, row.label) : x.role === row.role) && (x.block ?? null) === (row.block ?? (t.consolidation ? 'Hela kommunledningen' : null)));
          return c >= 0 && r ? [r.cells[c]!] : [];
        });
        compared++;
        if (found[0]?.given !== printed) differences.push(`${row.block ?? ''}/${row.label}/${column.label}: ${printed} ≠ ${found[0]?.given}`);
      });
    }
  }
  return { compared, differences };
}

describeDb('import --save of a board matter', (ctx) => {
  const save = (tenant: Tenant, options: Partial<SaveOptions> = {}, actor: Actor = system(tenant)) =>
    ctx.db.transaction().execute((trx) => saveImport(trx, actor, tenant, seed!, { fileName: 'seed.txt', ...options }));

  it.skipIf(!hasSeed)('stores the seed in a fresh tenant: assignments, goals, the report as printed, the matter with its motion and statement', async () => {
    const { tenant, board, office } = await boardTenant(ctx.db);
    const summary = await save(tenant);
    expect(summary.counts.skipped).toBe(0);

    // The 14 assignments with their sections, origins and the status each account proposes, dated and explained.
    expect(seed!.report.assignments).toHaveLength(14);
    for (const a of seed!.report.assignments) {
      const stored = (await findAssignmentByDnr(ctx.db, tenant.id, a.dnr))!;
      expect(stored).toMatchObject({ title: a.title, origin: a.origin, originDecidedOn: a.decidedOn });
      expect(stored.assignees).toHaveLength(1);
      expect(stored.assignees[0]!.status).toBe(a.proposed === 'done' ? 'proposed-done' : 'partially-reported');
      const last = (await listStatusChanges(ctx.db, tenant.id, stored.id)).at(-1)!;
      expect(last).toMatchObject({ reason: `Importerad från seed.txt: ${TITLE}, avsnitt ${a.section}`, reportId: summary.reportId });
      expect(swedishDate(last.at)).toBe('2023-08-28');
    }
    expect((await findAssignmentByDnr(ctx.db, tenant.id, '1446/22'))!.originYear).toBe(2023);
    expect((await findAssignmentByDnr(ctx.db, tenant.id, '1407/22'))!.originReference).toBe('punkt 1');
    expect((await findAssignmentByDnr(ctx.db, tenant.id, '1432/22'))!.assignees[0]!.organisationId).toBe(office.id);

    // The 11 goals of 2023 with the board's role in each.
    const goals = await listGoals(ctx.db, tenant.id, { year: 2023, organisationId: board.id });
    expect(goals.map((g) => [g.number, g.title, g.responsibilities[0]!.role])).toEqual(seed!.report.goals.map((g, i) => [i + 1, g.title, g.role]));

    // The report, accepted, with every figure of 3.2.1 and 4.3 as printed — mistakes included.
    const document = (await loadReportDocument(ctx.db, tenant.id, summary.reportId!))!;
    expect(document.report).toMatchObject({ title: TITLE, status: 'accepted' });
    const sections = flattenSections(document.sections);
    const tablesOf = (number: string) => sections.find((s) => s.number === number)!.tables;
    for (const number of ['3.2.1', '4.3']) {
      const { compared, differences } = compareFigures(seed!.report.tables.filter((t) => t.section === number), tablesOf(number));
      expect(differences).toEqual([]);
      expect(compared).toBeGreaterThan(number === '4.3' ? 200 : 35);
    }
    const political = tablesOf('4.3')[0]!.rows.find((r) => r.block === 'Politisk verksamhet' && r.role === 'costs')!;
    expect(political.cells[5]!.given).toBe('106,5');
    expect(sections.find((s) => s.number === '4.1.2.1')!.accounts.map((a) => a.dnr)).toEqual(['1446/22', '1447/22', '1443/22', '0198/23', '0200/23', '0197/23']);
    expect(sections.filter((s) => s.kind === 'goal-assessment' && s.text)).toHaveLength(11);
    expect(sections.find((s) => s.number === '4.3')!.text).toContain('Ansvarig hela avsnitt 3: Anders R/Anneli H');

    // The matter 0064/23: staff report with 9 points linked to the report and the assignments, the motion and the statement.
    const view = (await loadMatterView(ctx.db, system(tenant), tenant.id, summary.matterId!))!;
    expect(view.matter).toMatchObject({ dnr: '0064/23', registeredOn: '2023-08-28', organisationId: board.id, reportId: summary.reportId });
    const points = view.staffReport!.points;
    expect(points.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(points[0]!.effect).toBe('adopt-report');
    for (const p of seed!.proposal.slice(1)) {
      expect(points[p.n - 1]).toMatchObject({ text: p.text, effect: 'approve-assignment', assignmentId: (await findAssignmentByDnr(ctx.db, tenant.id, p.dnr!))!.id });
    }
    expect(view.staffReport!.body).toMatchObject({ issuedOn: '2023-08-28', issuedBy: 'Stadsledningskontoret', signatories: [{ name: 'Anders Roswall' }, { name: 'Eva Hessman' }] });
    expect(view.motions).toHaveLength(1);
    const [motion] = view.motions;
    expect(motion).toMatchObject({ filedOn: '2023-10-17', parties: [{ abbreviation: 'V' }, { abbreviation: 'S' }, { abbreviation: 'MP' }] });
    expect(motion!.reasoning).toMatch(/^I Göteborgs stads budget för 2023/);
    expect(motion!.points.map((p) => [p.kind, p.targetPointNumber])).toEqual([
      ['reject', 4],
      ['add', null],
      ['reject', 9],
      ['add', null],
      ['approve-rest', null],
    ]);
    expect(motion!.points[1]!.organisationId).toBe(office.id);
    expect(view.statements).toHaveLength(1);
    expect(view.statements[0]).toMatchObject({ partyAbbreviation: 'SD', filedOn: '2023-10-16' });
    expect(view.statements[0]!.points.map((p) => p.pointNumber)).toEqual([3, 6]);
    expect(view.statements[0]!.points[0]!.text).toMatch(/Barnens väl kan inte vänta!$/);
    expect(view.documents.filter((d) => d.kind === 'attachment').map((d) => d.title)).toEqual([
      `Bilaga 1: ${TITLE}`,
      'Bilaga 2: Uppföljning av trygghetsskapande och brottsförebyggande arbetet i Göteborgs stads verksamheter augusti 2023',
      'Bilaga 3: Rapport människohandel, prostitution och sexuell exploatering',
    ]);
  });

  it.skipIf(!hasSeed)('adds nothing when the same document is imported again, and says each item is already there', async () => {
    const { tenant } = await boardTenant(ctx.db);
    await save(tenant);
    const before = await rowCounts(ctx.db, tenant.id);
    const again = await save(tenant);
    expect(await rowCounts(ctx.db, tenant.id)).toEqual(before);
    expect(again.counts).toMatchObject({ created: 0, merged: 0, skipped: 0 });
    expect(again.items.filter((i) => i.kind === 'assignment')).toHaveLength(14);
    expect(again.items.find((i) => i.kind === 'matter')).toMatchObject({ ref: '0064/23', outcome: 'present' });
  });

  it.skipIf(!hasSeed)('merges into assignments the register has: adds to their history, skips the moves it cannot make, keeps their accounts as text', async () => {
    const { tenant, board } = await boardTenant(ctx.db);
    const actor = system(tenant);
    const given = (dnr: string, title: string) =>
      createAssignment(ctx.db, actor, tenant, { dnr, title, origin: 'council-budget', originYear: 2023, organisationIds: [board.id], assignedAt: new Date('2023-01-01T12:00:00+01:00') });
    const move = (id: string, to: AssignmentStatus, at: string) => transitionAssignment(ctx.db, actor, tenant, { assignmentId: id, organisationId: board.id, to, at: new Date(`${at}T12:00:00+02:00`) });
    const open = await given('1446/22', 'Kommunstyrelsen får i uppdrag att ta fram en plan (registrets lydelse).');
    const closed = await given('1447/22', 'Kommunstyrelsen får i uppdrag att samordna ett språklyft.');
    for (const [to, at] of [['proposed-done', '2023-04-20'], ['declared-done', '2023-05-10'], ['reported-to-council', '2023-06-01'], ['closed', '2023-06-15']] as const) await move(closed.id, to, at);
    const rejected = await given('1443/22', 'Kommunstyrelsen får i uppdrag att säkerställa ett kollektivavtal.');
    await move(rejected.id, 'proposed-done', '2023-08-28');
    await move(rejected.id, 'in-progress', '2023-10-24');
    const histories = async () => Promise.all([closed.id, rejected.id].map((id) => listStatusChanges(ctx.db, tenant.id, id)));
    const before = await histories();

    const summary = await save(tenant);
    const item = (dnr: string) => summary.items.find((i) => i.kind === 'assignment' && i.ref === dnr)!;
    expect(item('1446/22')).toMatchObject({ outcome: 'merged', id: open.id });
    const merged = (await findAssignmentByDnr(ctx.db, tenant.id, '1446/22'))!;
    expect(merged.title).toBe('Kommunstyrelsen får i uppdrag att ta fram en plan (registrets lydelse).');
    expect((await listStatusChanges(ctx.db, tenant.id, open.id)).map((c) => [c.from, c.to, swedishDate(c.at)])).toEqual([
      [null, 'assigned', '2023-01-01'],
      ['assigned', 'proposed-done', '2023-08-28'],
    ]);
    expect(item('1447/22')).toMatchObject({ outcome: 'skipped' });
    expect(item('1447/22').message).toContain('från "Avslutat" kan uppdraget bara gå till ingen annan status');
    expect(item('1443/22')).toMatchObject({ outcome: 'skipped' });
    expect(item('1443/22').message).toContain('registret har en senare ändring (2023-10-24: "Pågående")');
    expect(await histories()).toEqual(before);
    // Their accounts are in the report as text, listed, and the report could still be handed in and accepted.
    expect(summary.keptAsText.map((n) => n.what)).toEqual(expect.arrayContaining(['redovisningen av uppdrag 1447/22 (avsnitt 4.1.2.1)', 'redovisningen av uppdrag 1443/22 (avsnitt 4.1.2.1)']));
    const document = (await loadReportDocument(ctx.db, tenant.id, summary.reportId!))!;
    expect(document.report.status).toBe('accepted');
    expect(flattenSections(document.sections).find((s) => s.key === 'assignments-council-budget')!.text).toContain('dnr 1447/22');
  });

  it.skipIf(!hasSeed)('refuses an unknown organisation with a list of what is missing, leaving nothing behind; creates them when asked', async () => {
    const tenant = await createTenant(ctx.db);
    const error = await save(tenant).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect((error as Error).message).toContain('Följande finns inte i kommunens register: organisationen "Kommunstyrelsen", förvaltningen "Stadsledningskontoret", partiet V, partiet S, partiet MP, partiet SD.');
    expect(Object.values(await rowCounts(ctx.db, tenant.id)).every((n) => n === 0)).toBe(true);

    const summary = await save(tenant, { createOrganisations: true });
    const organisations = await listOrganisations(ctx.db, tenant.id);
    const board = organisations.find((o) => o.name === 'Kommunstyrelsen')!;
    expect(board.kind).toBe('board');
    expect(organisations.find((o) => o.name === 'Stadsledningskontoret')).toMatchObject({ kind: 'administration', servesId: board.id });
    expect(summary.items.filter((i) => i.outcome === 'created' && (i.kind === 'organisation' || i.kind === 'party'))).toHaveLength(6);
  });

  it.skipIf(!hasSeed)('leaves the database unchanged when a step half-way is refused', async () => {
    const { tenant } = await boardTenant(ctx.db);
    // A controller may write reports, goals and assignments, but not register matters.
    const user = await createUser(ctx.db, tenant, 'controller');
    const controller: Actor = { kind: 'user', tenantId: tenant.id, userId: user.id, name: 'Test controller', email: user.email, grants: [{ role: 'controller', organisationId: null, partyId: null }] };
    const before = await rowCounts(ctx.db, tenant.id);
    await expect(save(tenant, {}, controller)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await rowCounts(ctx.db, tenant.id)).toEqual(before);
  });

  it('stores a report on its own: organisation and cycle from its title, what the template has no place for kept as text and listed', async () => {
    const tenant = await createTenant(ctx.db);
    const report = importText(
      [
        'Årsrapport 2023 för Kulturnämnden',
        '',
        '1 Sammanfattning',
        'Året präglades av nya bibliotek.',
        '',
        '2 Verksamhet',
        'Biblioteket i Angered öppnade i maj.',
        '',
        '3 Ekonomi',
        'Resultatredovisning i sammandrag',
        'Belopp i mnkr Utfall Budget Avvikelse',
        'Intäkter 10,0 9,0 1,0',
        'Kostnader -20,0 -21,0 1,0',
        'Resultat -10,0 -12,0 2,0',
      ].join('\n'),
      { fileName: 'kultur.txt' },
    );
    const summary = await ctx.db.transaction().execute((trx) => saveImport(trx, system(tenant), tenant, report, { fileName: 'kultur.txt', createOrganisations: true }));
    expect(summary.matterId).toBeNull();
    expect(summary.items.map((i) => [i.kind, i.ref, i.outcome])).toEqual([
      ['organisation', 'Kulturnämnden', 'created'],
      ['cycle', 'Årsrapport 2023', 'created'],
      ['report', 'Årsrapport 2023 för Kulturnämnden', 'created'],
    ]);
    expect(summary.keptAsText.map((n) => n.what)).toEqual(['avsnitt 2 Verksamhet', 'avsnitt 3 Ekonomi']);
    const document = (await loadReportDocument(ctx.db, tenant.id, summary.reportId!))!;
    expect(document.cycle).toMatchObject({ kind: 'annual', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    expect(document.report.status).toBe('accepted');
    const text = document.sections[0]!.text!;
    expect(text).toContain('<p>Året präglades av nya bibliotek.</p><h3>2 Verksamhet</h3><p>Biblioteket i Angered öppnade i maj.</p>');
    expect(text).toContain('<li>Kostnader: Utfall: -20,0; Budget: -21,0; Avvikelse: 1,0</li>');
  });

  it.skipIf(!hasSeed)('merges into the demo tenant: keeps the history the decision wrote and lists the moves it skips', async () => {
    await seedDemo(ctx.db);
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const dnrs = seed!.report.assignments.map((a) => a.dnr);
    const histories = async () => Promise.all(dnrs.map(async (dnr) => listStatusChanges(ctx.db, tenant.id, (await findAssignmentByDnr(ctx.db, tenant.id, dnr))!.id)));
    const before = await histories();
    const counts = await rowCounts(ctx.db, tenant.id);

    const summary = await save(tenant);
    expect(await histories()).toEqual(before);
    const assignments = summary.items.filter((i) => i.kind === 'assignment');
    expect(assignments.map((i) => i.ref)).toEqual(dnrs);
    expect(assignments.every((i) => i.outcome === 'present' || i.outcome === 'skipped')).toBe(true);
    // The decision declared 1446/22 done and sent 1443/22 back: the report's proposal of August is history.
    for (const dnr of ['1446/22', '1443/22']) {
      expect(assignments.find((i) => i.ref === dnr)).toMatchObject({ outcome: 'skipped', message: expect.stringContaining('historien skrivs inte om') });
    }
    expect(assignments.find((i) => i.ref === '1446/22')!.message).toContain('från "Förklarat genomfört för egen del" kan uppdraget bara gå till "Återrapporterat till kommunfullmäktige"');
    expect(assignments.find((i) => i.ref === '1441/22')).toMatchObject({ outcome: 'present' });
    expect(summary.counts.created).toBe(0);
    expect(summary.items.find((i) => i.kind === 'report')).toMatchObject({ outcome: 'present' });
    expect(summary.items.find((i) => i.kind === 'motion')).toMatchObject({ outcome: 'present' });
    expect(summary.items.find((i) => i.kind === 'statement')).toMatchObject({ outcome: 'present' });
    expect(await rowCounts(ctx.db, tenant.id)).toEqual(counts);
  });
});
