/**
 * Motions (yrkanden) amend the numbered points of a staff report's proposal; statements
 * (yttranden) comment on them. Both come from parties, and name points by id so a renumbered
 * staff report cannot make them point elsewhere.
 */
export const MOTION_POINT_KINDS = ['approve', 'reject', 'replace', 'add', 'approve-rest'] as const;
export type MotionPointKind = (typeof MOTION_POINT_KINDS)[number];

export interface MotionPoint {
  id: string;
  motionId: string;
  number: number;
  kind: MotionPointKind;
  /** The proposal point it approves, rejects or rewords (approve, reject, replace). */
  targetPointId: string | null;
  targetPointNumber: number | null;
  text: string;
  /** For `add`: the organisation the new instruction is given to, which makes it an assignment. */
  organisationId: string | null;
}

export interface Motion {
  id: string;
  matterId: string;
  documentId: string;
  filedOn: string;
  revision: number;
  revisesId: string | null;
  superseded: boolean;
  reasoning: string;
  parties: Array<{ id: string; abbreviation: string }>;
  points: MotionPoint[];
}

export interface Statement {
  id: string;
  matterId: string;
  documentId: string;
  partyId: string;
  partyAbbreviation: string;
  filedOn: string;
  points: Array<{ pointId: string; pointNumber: number; text: string }>;
}

/** "V, S och MP" */
export function partyList(abbreviations: readonly string[]): string {
  if (abbreviations.length <= 1) return abbreviations.join('');
  return `${abbreviations.slice(0, -1).join(', ')} och ${abbreviations.at(-1)}`;
}

export function motionHeading(revision: number): string {
  return revision > 1 ? 'Reviderat yrkande' : 'Yrkande';
}

/** Does every motion point targeting a proposal point name one that exists? Returns the missing numbers. */
export function missingTargets(
  points: ReadonlyArray<{ kind: MotionPointKind; targetPointNumber?: number | null | undefined }>,
  existing: ReadonlySet<number>,
): number[] {
  const missing: number[] = [];
  for (const p of points) {
    if (p.kind === 'approve' || p.kind === 'reject' || p.kind === 'replace') {
      if (p.targetPointNumber == null || !existing.has(p.targetPointNumber)) missing.push(p.targetPointNumber ?? NaN);
    }
  }
  return missing;
}
