import type { Db } from '../db/connection.ts';
import type { Motion, MotionPoint, MotionPointKind, Statement } from './motion.ts';

export async function insertMotion(
  trx: Db,
  tenantId: string,
  m: {
    matterId: string;
    documentId: string;
    filedOn: string;
    revision: number;
    revisesId: string | null;
    reasoning: string;
    partyIds: readonly string[];
    points: ReadonlyArray<{ kind: MotionPointKind; targetPointId: string | null; text: string; organisationId: string | null }>;
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('motions')
    .values({
      tenant_id: tenantId,
      matter_id: m.matterId,
      document_id: m.documentId,
      filed_on: m.filedOn,
      revision: m.revision,
      revises_id: m.revisesId,
      reasoning: m.reasoning,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('motion_parties')
    .values(m.partyIds.map((party_id, position) => ({ tenant_id: tenantId, motion_id: id, party_id, position })))
    .execute();
  if (m.points.length) {
    await trx
      .insertInto('motion_points')
      .values(
        m.points.map((p, index) => ({
          tenant_id: tenantId,
          motion_id: id,
          number: index + 1,
          kind: p.kind,
          target_point_id: p.targetPointId,
          text: p.text,
          organisation_id: p.organisationId,
        })),
      )
      .execute();
  }
  return id;
}

export async function markSuperseded(trx: Db, tenantId: string, motionId: string) {
  await trx.updateTable('motions').set({ superseded: true }).where('tenant_id', '=', tenantId).where('id', '=', motionId).execute();
}

/** A matter's motions, every revision, oldest first. */
export async function listMotions(db: Db, tenantId: string, matterId: string): Promise<Motion[]> {
  const motions = await db
    .selectFrom('motions')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('matter_id', '=', matterId)
    .orderBy('filed_on')
    .orderBy('revision')
    .orderBy('created_at')
    .execute();
  if (motions.length === 0) return [];
  const ids = motions.map((m) => m.id);
  const parties = await db
    .selectFrom('motion_parties as mp')
    .innerJoin('parties as p', (j) => j.onRef('p.tenant_id', '=', 'mp.tenant_id').onRef('p.id', '=', 'mp.party_id'))
    .select(['mp.motion_id', 'p.id', 'p.abbreviation'])
    .where('mp.tenant_id', '=', tenantId)
    .where('mp.motion_id', 'in', ids)
    .orderBy('mp.position')
    .execute();
  const points = await db
    .selectFrom('motion_points as m')
    .leftJoin('proposal_points as pp', (j) => j.onRef('pp.tenant_id', '=', 'm.tenant_id').onRef('pp.id', '=', 'm.target_point_id'))
    .select(['m.id', 'm.motion_id', 'm.number', 'm.kind', 'm.target_point_id', 'm.text', 'm.organisation_id', 'pp.number as target_number'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.motion_id', 'in', ids)
    .orderBy('m.number')
    .execute();
  return motions.map((m) => ({
    id: m.id,
    matterId: m.matter_id,
    documentId: m.document_id,
    filedOn: m.filed_on,
    revision: m.revision,
    revisesId: m.revises_id,
    superseded: m.superseded,
    reasoning: m.reasoning,
    parties: parties.filter((p) => p.motion_id === m.id).map((p) => ({ id: p.id, abbreviation: p.abbreviation })),
    points: points
      .filter((p) => p.motion_id === m.id)
      .map(
        (p): MotionPoint => ({
          id: p.id,
          motionId: p.motion_id,
          number: p.number,
          kind: p.kind as MotionPointKind,
          targetPointId: p.target_point_id,
          targetPointNumber: p.target_number,
          text: p.text,
          organisationId: p.organisation_id,
        }),
      ),
  }));
}

export async function insertStatement(
  trx: Db,
  tenantId: string,
  s: { matterId: string; documentId: string; partyId: string; filedOn: string; points: ReadonlyArray<{ pointId: string; text: string }> },
): Promise<string> {
  const { id } = await trx
    .insertInto('statements')
    .values({ tenant_id: tenantId, matter_id: s.matterId, document_id: s.documentId, party_id: s.partyId, filed_on: s.filedOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (s.points.length) {
    await trx
      .insertInto('statement_points')
      .values(s.points.map((p, position) => ({ tenant_id: tenantId, statement_id: id, point_id: p.pointId, position, text: p.text })))
      .execute();
  }
  return id;
}

export async function listStatements(db: Db, tenantId: string, matterId: string): Promise<Statement[]> {
  const statements = await db
    .selectFrom('statements as s')
    .innerJoin('parties as p', (j) => j.onRef('p.tenant_id', '=', 's.tenant_id').onRef('p.id', '=', 's.party_id'))
    .select(['s.id', 's.matter_id', 's.document_id', 's.party_id', 's.filed_on', 'p.abbreviation'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.matter_id', '=', matterId)
    .orderBy('s.filed_on')
    .orderBy('s.created_at')
    .execute();
  if (statements.length === 0) return [];
  const points = await db
    .selectFrom('statement_points as sp')
    .innerJoin('proposal_points as pp', (j) => j.onRef('pp.tenant_id', '=', 'sp.tenant_id').onRef('pp.id', '=', 'sp.point_id'))
    .select(['sp.statement_id', 'sp.point_id', 'sp.text', 'pp.number'])
    .where('sp.tenant_id', '=', tenantId)
    .where(
      'sp.statement_id',
      'in',
      statements.map((s) => s.id),
    )
    .orderBy('sp.position')
    .execute();
  return statements.map((s) => ({
    id: s.id,
    matterId: s.matter_id,
    documentId: s.document_id,
    partyId: s.party_id,
    partyAbbreviation: s.abbreviation,
    filedOn: s.filed_on,
    points: points.filter((p) => p.statement_id === s.id).map((p) => ({ pointId: p.point_id, pointNumber: p.number, text: p.text })),
  }));
}
