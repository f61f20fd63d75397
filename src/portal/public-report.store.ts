import type { Db } from '../db/connection.ts';

/** An adopted report as the public lists show it, with its formats one click away. */
export interface PublicReport {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  cycleId: string;
  cycleName: string;
  adoptedAt: Date | null;
  formats: Array<{ label: string; href: string; type: string }>;
}

/** Adopted reports, newest cycle first. Drafts and reports under review are not public. */
export async function listPublicReports(_db: Db, _tenantId: string): Promise<PublicReport[]> {
  return [];
}
