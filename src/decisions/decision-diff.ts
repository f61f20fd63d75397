import type { Db } from '../db/connection.ts';
import { findStaffReport, listPoints } from '../matters/matter.store.ts';
import type { DiffLine } from './decision.ts';
import type { Decision } from './decision.store.ts';

/** The decision against the staff report's proposal: unchanged, reworded, rejected and added points. */
export async function decisionDiff(db: Db, tenantId: string, decision: Decision): Promise<DiffLine[]> {
  const staffReport = await findStaffReport(db, tenantId, decision.matterId);
  const proposed = staffReport ? await listPoints(db, tenantId, staffReport.id) : [];
  const lines: DiffLine[] = [];
  for (const p of decision.points.filter((x) => x.kind === 'point')) {
    const original = proposed.find((x) => x.id === p.proposalPointId);
    if (original) {
      const change = p.outcome === 'rejected' ? 'rejected' : p.text === original.text ? 'unchanged' : 'replaced';
      lines.push({ change, proposedNumber: original.number, proposed: original.text, decided: p.text });
    } else if (p.outcome === 'added') {
      lines.push({ change: 'added', proposedNumber: null, proposed: null, decided: p.text });
    }
  }
  return lines;
}
