/**
 * Decision figures (issue 4), on PGlite and on PostgreSQL (TEST_DATABASE_URL, default the local
 * server when it answers):
 * - recording a decision with 10 open votes of 51 members each, and approving minutes that move
 *   40 assignments (one transaction each): p50/p99;
 * - dnr allocation: 200 registrations, 8 at a time (row-locked counter): registrations/s;
 * - an OParl crawl of the demo from the System object, every link and page: requests/s.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createAssignment, transitionAssignment } from '../src/assignments/assignment.commands.ts';
import type { Actor } from '../src/auth/roles.ts';
import { readConfig } from '../src/config.ts';
import { connect, type DatabaseHandle, type Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { recordDecision } from '../src/decisions/decision.commands.ts';
import { fileMotion } from '../src/decisions/motion.commands.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { createApp } from '../src/http/app.ts';
import { insertPoints } from '../src/matters/matter.store.ts';
import { addDocument, registerMatter } from '../src/matters/matter.commands.ts';
import { addAgendaItem, callMeeting, createMeeting, recordAttendance } from '../src/meetings/meeting.commands.ts';
import { approveMinutes } from '../src/meetings/minutes.commands.ts';
import { insertOrganisation, insertParty } from '../src/organisations/organisation.store.ts';
import { createPerson } from '../src/people/person.commands.ts';
import { TenantResolver } from '../src/tenants/tenant-resolver.ts';
import { insertTenant } from '../src/tenants/tenant.store.ts';
import type { Tenant } from '../src/tenants/tenant.ts';
import { summary } from './stats.ts';

const POINTS = 40;
const VOTES = 10;
const MEMBERS = 51;

async function board(db: Db) {
  const tenant: Tenant = { id: `b-${randomBytes(4).toString('hex')}`, name: 'Benchkommun', dnrFormats: ['{seq:4}/{yy}'], hostnames: [] };
  await insertTenant(db, tenant);
  const actor: Actor = { kind: 'system', tenantId: tenant.id, label: 'bench' };
  const ks = await insertOrganisation(db, tenant.id, { kind: 'board', name: 'Kommunstyrelsen', shortName: 'KS' });
  const parties = [await insertParty(db, tenant.id, { abbreviation: 'A', name: 'Parti A' }), await insertParty(db, tenant.id, { abbreviation: 'B', name: 'Parti B' })];
  const members: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < MEMBERS; i++) {
      const p = await createPerson(trx, actor, tenant, { givenName: `L${i}`, familyName: 'Ledamot', partyId: parties[i % 2]!.id, memberships: [{ organisationId: ks.id, role: 'member' }] });
      members.push(p.id);
    }
  });
  return { tenant, actor, ks, members };
}

/** One matter with POINTS assignment points, a motion rejecting the first VOTES of them, a called meeting. */
async function matterOnAgenda(db: Db, b: Awaited<ReturnType<typeof board>>, n: number) {
  return db.transaction().execute(async (trx) => {
    const matter = await registerMatter(trx, b.actor, b.tenant, { registeredOn: '2023-08-28', subject: `Ärende ${n}`, organisationId: b.ks.id });
    const staffReport = await addDocument(trx, b.actor, b.tenant, matter, { kind: 'staff-report', title: 'TU', registeredOn: '2023-08-28' });
    const points = [];
    for (let i = 0; i < POINTS; i++) {
      const a = await createAssignment(trx, b.actor, b.tenant, { dnr: `${String(n * POINTS + i + 1).padStart(4, '0')}/22`, title: `Uppdrag ${i}`, origin: 'board', organisationIds: [b.ks.id] });
      await transitionAssignment(trx, b.actor, b.tenant, { assignmentId: a.id, organisationId: b.ks.id, to: 'proposed-done' });
      points.push({ number: i + 1, text: `Punkt ${i + 1}`, effect: 'approve-assignment' as const, assignmentId: a.id, organisationId: b.ks.id });
    }
    await insertPoints(trx, b.tenant.id, staffReport.id, points);
    const motion = await fileMotion(trx, b.actor, b.tenant, matter.id, {
      partyIds: [(await trx.selectFrom('parties').select('id').where('tenant_id', '=', b.tenant.id).where('abbreviation', '=', 'A').executeTakeFirstOrThrow()).id],
      filedOn: '2023-10-17',
      points: Array.from({ length: VOTES }, (_, i) => ({ kind: 'reject' as const, targetPointNumber: i + 1, text: `Avslag ${i + 1}` })),
    });
    const meeting = await createMeeting(trx, b.actor, b.tenant, { organisationId: b.ks.id, startsAt: new Date('2023-10-18T13:00:00+02:00'), place: 'Stadshuset' });
    const item = await addAgendaItem(trx, b.actor, b.tenant, meeting.id, { number: '1.1', matterId: matter.id });
    await callMeeting(trx, b.actor, b.tenant, meeting.id);
    await recordAttendance(trx, b.actor, b.tenant, meeting.id, b.members.map((personId) => ({ personId })));
    return { meeting, item, motion };
  });
}

async function decisionFigures(handle: DatabaseHandle, label: string) {
  const b = await board(handle.db);
  const record: number[] = [];
  const approve: number[] = [];
  for (let n = 0; n < 8; n++) {
    const { meeting, item, motion } = await matterOnAgenda(handle.db, b, n);
    const ballots = b.members.map((personId, i) => ({ personId, choice: (i % 2 === 0 ? 'no' : 'yes') as 'yes' | 'no' }));
    let start = performance.now();
    await handle.db.transaction().execute((trx) =>
      recordDecision(trx, b.actor, b.tenant, item.id, {
        paragraph: 1,
        questions: motion.points.map((p, i) => ({ pointNumber: i + 1, proposals: ['staff-report', p.id], winner: p.id, method: 'vote' as const, vote: { ballots } })),
      }),
    );
    record.push(performance.now() - start);
    start = performance.now();
    await handle.db.transaction().execute((trx) => approveMinutes(trx, b.actor, b.tenant, meeting.id, { approvedOn: '2023-10-23', approvers: ['A', 'B'], postedOn: '2023-10-24' }));
    approve.push(performance.now() - start);
  }
  console.log(summary(`${label}: record a decision with ${VOTES} open votes of ${MEMBERS} members`, record.sort((x, y) => x - y)));
  console.log(summary(`${label}: approve minutes moving ${POINTS} assignments`, approve.sort((x, y) => x - y)));

  const start = performance.now();
  let done = 0;
  const next = async () => {
    while (done < 200) {
      done++;
      await handle.db.transaction().execute((trx) => registerMatter(trx, b.actor, b.tenant, { registeredOn: '2024-01-02', subject: 'x', organisationId: b.ks.id }));
    }
  };
  await Promise.all(Array.from({ length: 8 }, next));
  const numbers = await handle.db.selectFrom('matters').select('dnr').where('tenant_id', '=', b.tenant.id).where('dnr', 'like', '%/24').execute();
  const unique = new Set(numbers.map((r) => r.dnr)).size;
  console.log(`${label}: dnr allocation, 8 at a time: ${((numbers.length / (performance.now() - start)) * 1000).toFixed(0)} registrations/s, ${unique} unique of ${numbers.length}`);
}

async function oparlCrawl(handle: DatabaseHandle, label: string) {
  if (!(await handle.db.selectFrom('tenants').select('tenant_id').where('tenant_id', '=', 'goteborg').executeTakeFirst())) await seedDemo(handle.db);
  const app = createApp({ db: handle.db, config: readConfig({ PORT: '0' }), tenants: new TenantResolver(handle.db, 'goteborg'), log: () => {} });
  const origin = 'http://localhost';
  const seen = new Set<string>();
  const queue = [`${origin}/oparl/v1`];
  const start = performance.now();
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await app.request(url, { headers: { host: 'localhost', accept: 'application/json' } });
    const text = await res.text();
    for (const m of text.matchAll(/"(http:\/\/localhost\/oparl\/v1[^"]*)"/g)) if (!seen.has(m[1]!)) queue.push(m[1]!);
  }
  const ms = performance.now() - start;
  console.log(`${label}: OParl crawl of the demo, ${seen.size} requests in ${ms.toFixed(0)} ms (${((seen.size / ms) * 1000).toFixed(0)} requests/s, one at a time)`);
}

const pglite = await connect({});
await migrateToLatest(pglite.db);
await decisionFigures(pglite, 'PGlite');
await oparlCrawl(pglite, 'PGlite');
await pglite.close();

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_${randomBytes(4).toString('hex')}`;
try {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connect({ url, schema, poolSize: 8 });
  try {
    await migrateToLatest(handle.db);
    await decisionFigures(handle, 'PostgreSQL');
    await oparlCrawl(handle, 'PostgreSQL');
  } finally {
    await handle.close();
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query(`drop schema ${schema} cascade`);
    await cleanup.end();
  }
} catch (error) {
  console.log(`PostgreSQL not measured: ${(error as Error).message}`);
}
