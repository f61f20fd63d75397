/**
 * Parties file motions and statements on a matter's proposal. A party secretary may file only
 * for their own party (one of the motion's parties); the body's secretary may register any.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { addDocument } from '../matters/matter.commands.ts';
import { findMatter, findStaffReport, listPoints } from '../matters/matter.store.ts';
import type { Matter } from '../matters/matter.ts';
import { findOrganisation, listParties, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { missingTargets, motionHeading, partyList, type Motion, type MotionPointKind, type Statement } from './motion.ts';
import { insertMotion, insertStatement, listMotions, listStatements, markSuperseded } from './motion.store.ts';

async function assertMayFileFor(trx: Db, actor: Actor, tenant: Tenant, matter: Matter, partyIds: readonly string[]) {
  const organisationIds = await organisationScope(trx, tenant.id, matter.organisationId);
  if (!partyIds.some((partyId) => can(actor, 'motion.file', { organisationIds, partyId }))) {
    if (actor.kind === 'anonymous') throw new AppError('unauthenticated', 'Du behöver logga in.');
    throw new AppError('forbidden', 'Du får bara lämna yrkanden och yttranden för ditt eget parti.');
  }
}

async function loadContext(trx: Db, tenant: Tenant, matterId: string, partyIds: readonly string[]) {
  const matter = await findMatter(trx, tenant.id, matterId);
  if (!matter || matter.deletedAt) throw notFound('Ärendet');
  const staffReport = await findStaffReport(trx, tenant.id, matterId);
  if (!staffReport) throw new AppError('not_applicable', 'Ärendet har inget tjänsteutlåtande med förslag till beslut att yrka på.');
  const points = await listPoints(trx, tenant.id, staffReport.id);
  const parties = await listParties(trx, tenant.id);
  const named = partyIds.map((id) => parties.find((p) => p.id === id));
  if (named.some((p) => !p) || partyIds.length === 0) throw new AppError('invalid_input', 'Okänt parti, eller inget parti angivet.');
  if (new Set(partyIds).size !== partyIds.length) throw new AppError('invalid_input', 'Ett parti är angivet två gånger.');
  return { matter, points, parties: named as NonNullable<(typeof named)[number]>[] };
}

export interface FileMotionInput {
  partyIds: string[];
  filedOn: string;
  reasoning?: string;
  /** The motion this one revises ("Reviderat yrkande"); the earlier one is kept, marked superseded. */
  revisesId?: string | null;
  points: Array<{ kind: MotionPointKind; targetPointNumber?: number | null; text?: string; organisationId?: string | null }>;
}

export async function fileMotion(trx: Db, actor: Actor, tenant: Tenant, matterId: string, input: FileMotionInput): Promise<Motion> {
  const { matter, points, parties } = await loadContext(trx, tenant, matterId, input.partyIds);
  await assertMayFileFor(trx, actor, tenant, matter, input.partyIds);
  if (input.points.length === 0) throw new AppError('invalid_input', 'Ett yrkande behöver minst en punkt.');
  const missing = missingTargets(input.points, new Set(points.map((p) => p.number)));
  if (missing.length > 0) {
    throw new AppError('unknown_point', `Förslaget till beslut har ingen punkt ${missing.join(', ')}.`, {
      missing,
      existing: points.map((p) => p.number),
    });
  }
  const decided = await trx.selectFrom('decisions').select('id').where('tenant_id', '=', tenant.id).where('matter_id', '=', matterId).executeTakeFirst();
  if (decided) throw new AppError('locked', 'Ärendet är redan beslutat.');
  for (const p of input.points) {
    if ((p.kind === 'add' || p.kind === 'replace') && !p.text?.trim()) {
      throw new AppError('invalid_input', 'Ett tillägg eller en ny lydelse behöver en text.');
    }
    if (p.organisationId && p.kind !== 'add') throw new AppError('invalid_input', 'Bara en tilläggspunkt kan ge ett nytt uppdrag.');
    if (p.organisationId && !(await findOrganisation(trx, tenant.id, p.organisationId))) throw new AppError('invalid_input', 'Okänd organisation.');
  }
  let revision = 1;
  if (input.revisesId) {
    const earlier = (await listMotions(trx, tenant.id, matterId)).find((m) => m.id === input.revisesId);
    if (!earlier) throw new AppError('invalid_input', 'Yrkandet som revideras hör inte till ärendet.');
    if (earlier.superseded) throw new AppError('conflict', 'Yrkandet har redan reviderats; revidera den senaste versionen.');
    await assertMayFileFor(trx, actor, tenant, matter, earlier.parties.map((p) => p.id));
    revision = earlier.revision + 1;
    await markSuperseded(trx, tenant.id, earlier.id);
  }
  const byNumber = new Map(points.map((p) => [p.number, p]));
  const resolved = input.points.map((p) => ({
    kind: p.kind,
    targetPointId: p.targetPointNumber != null && p.kind !== 'add' && p.kind !== 'approve-rest' ? byNumber.get(p.targetPointNumber)!.id : null,
    text: p.text?.trim() ?? (p.kind === 'approve-rest' ? 'I övrigt bifalla tjänsteutlåtandet.' : ''),
    organisationId: p.organisationId ?? null,
  }));
  const abbreviations = parties.map((p) => p.abbreviation);
  const text = resolved.map((p, i) => `${i + 1}. ${p.text || describe(p.kind, input.points[i]!.targetPointNumber)}`).join('\n');
  const document = await addDocument(trx, actor, tenant, matter, {
    kind: 'motion',
    title: `${motionHeading(revision)} angående ${matter.subject} (${partyList(abbreviations)})`,
    registeredOn: input.filedOn,
    sender: parties.map((p) => p.name).join(', '),
    text: `${text}\n\n${input.reasoning ?? ''}`.trim(),
  });
  const id = await insertMotion(trx, tenant.id, {
    matterId,
    documentId: document.id,
    filedOn: input.filedOn,
    revision,
    revisesId: input.revisesId ?? null,
    reasoning: input.reasoning ?? '',
    partyIds: input.partyIds,
    points: resolved,
  });
  const motion = (await listMotions(trx, tenant.id, matterId)).find((m) => m.id === id)!;
  await recordChange(trx, actor, { action: 'motion.file', entityType: 'motion', entityId: id, after: motion });
  return motion;
}

function describe(kind: MotionPointKind, target: number | null | undefined): string {
  if (kind === 'approve') return `Bifall till punkt ${target}.`;
  if (kind === 'reject') return `Avslag på punkt ${target}.`;
  return '';
}

export interface FileStatementInput {
  partyId: string;
  filedOn: string;
  points: Array<{ pointNumber: number; text: string }>;
}

export async function fileStatement(trx: Db, actor: Actor, tenant: Tenant, matterId: string, input: FileStatementInput): Promise<Statement> {
  const { matter, points, parties } = await loadContext(trx, tenant, matterId, [input.partyId]);
  await assertMayFileFor(trx, actor, tenant, matter, [input.partyId]);
  if (input.points.length === 0) throw new AppError('invalid_input', 'Ett yttrande behöver hänvisa till minst en punkt.');
  const byNumber = new Map(points.map((p) => [p.number, p]));
  const missing = input.points.map((p) => p.pointNumber).filter((n) => !byNumber.has(n));
  if (missing.length > 0) {
    throw new AppError('unknown_point', `Förslaget till beslut har ingen punkt ${missing.join(', ')}.`, { missing, existing: [...byNumber.keys()] });
  }
  const party = parties[0]!;
  const document = await addDocument(trx, actor, tenant, matter, {
    kind: 'statement',
    title: `Yttrande angående ${matter.subject} (${party.abbreviation})`,
    registeredOn: input.filedOn,
    sender: party.name,
    text: input.points.map((p) => `#${p.pointNumber}: ${p.text}`).join('\n\n'),
  });
  const id = await insertStatement(trx, tenant.id, {
    matterId,
    documentId: document.id,
    partyId: input.partyId,
    filedOn: input.filedOn,
    points: input.points.map((p) => ({ pointId: byNumber.get(p.pointNumber)!.id, text: p.text })),
  });
  const statement = (await listStatements(trx, tenant.id, matterId)).find((s) => s.id === id)!;
  await recordChange(trx, actor, { action: 'statement.file', entityType: 'statement', entityId: id, after: statement });
  return statement;
}
