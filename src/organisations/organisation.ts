/** Council, board, committees, companies, the holding company and the administrations serving them. */
export const ORGANISATION_KINDS = ['council', 'board', 'committee', 'company', 'holding', 'administration'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  shortName: string | null;
  parentId: string | null;
  /** For an administration: the committee (or board) it serves. */
  servesId: string | null;
  sortOrder: number;
}

export interface Party {
  id: string;
  abbreviation: string;
  name: string;
}

/**
 * The organisations whose role grants cover `organisationId`: itself, its ancestors, and the
 * administrations serving any of those (the city office reports for the board).
 */
export function coveringOrganisations(organisationId: string, all: readonly Organisation[]): string[] {
  const byId = new Map(all.map((o) => [o.id, o]));
  const chain: string[] = [];
  for (let id: string | null = organisationId; id && !chain.includes(id); id = byId.get(id)?.parentId ?? null) {
    chain.push(id);
  }
  const serving = all.filter((o) => o.servesId && chain.includes(o.servesId)).map((o) => o.id);
  return [...new Set([...chain, ...serving])];
}

/** Would setting `parentId` as the parent of `id` create a loop? */
export function wouldCreateCycle(id: string, parentId: string, all: readonly Organisation[]): boolean {
  const byId = new Map(all.map((o) => [o.id, o]));
  for (let cur: string | null = parentId, steps = 0; cur && steps <= all.length; cur = byId.get(cur)?.parentId ?? null, steps++) {
    if (cur === id) return true;
  }
  return false;
}
