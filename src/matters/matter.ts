/**
 * The registry (diarium): a matter is registered with a dnr, date, subject and its counterpart
 * (offentlighets- och sekretesslagen 5 kap. asks a register to show those), and collects the
 * documents that belong to it.
 */
export const DOCUMENT_KINDS = ['staff-report', 'attachment', 'motion', 'statement', 'minutes', 'minutes-extract'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface Matter {
  id: string;
  dnr: string;
  registeredOn: string;
  subject: string;
  sender: string | null;
  recipient: string | null;
  organisationId: string;
  reportId: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface MatterDocument {
  id: string;
  matterId: string;
  kind: DocumentKind;
  title: string;
  registeredOn: string;
  sender: string | null;
  recipient: string | null;
  /** A secret document is never shown, served, listed or counted publicly. */
  secret: boolean;
  /** The provision that makes it secret, e.g. "OSL 18 kap. 8 §". */
  secrecyGround: string | null;
  body: Record<string, unknown> | null;
  text: string;
  position: number;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

/** What a proposal point does when the decision adopts it. */
export type PointEffect = 'none' | 'adopt-report' | 'approve-assignment';

export interface ProposalPoint {
  id: string;
  documentId: string;
  number: number;
  text: string;
  effect: PointEffect;
  assignmentId: string | null;
  organisationId: string | null;
}
