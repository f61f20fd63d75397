/**
 * What `uppsikt import FILE --json` prints (issue 5 §4). Field names and enums follow the issue's
 * contract; a few fields are added where the issue asks for the information but the contract
 * sketch has no slot for it (`account` of an assignment, `part` of a section or table, the
 * document's `parts`). Unknown values are `null`, never guessed.
 */
import type { Finding } from '../checks/check-document.ts';

export type MotionEffect = 'approve' | 'reject' | 'replace' | 'add' | 'approve-rest';
export type AssignmentOrigin = 'council-budget' | 'council' | 'board';
export type GoalRole = 'responsible' | 'lead' | 'joint-lead';
export type PartKind = 'motion' | 'statement' | 'staff-report' | 'report' | 'attachment';

export interface ImportWarning {
  /** Swedish, for the person importing. */
  message: string;
  /** 1-based source line the warning is about, when there is one. */
  line?: number;
  /** The file itself could not be read as text (binary, empty, no text layer): nothing in it can be checked. */
  unreadable?: true;
}

export interface DocumentPart {
  /** "motion-1", "statement-1", "staff-report", "report", "attachment-2" … */
  id: string;
  kind: PartKind;
  title: string | null;
  fromLine: number;
  toLine: number;
}

export interface MatterInfo {
  title: string | null;
  dnr: string | null;
  agendaItem: string | null;
  /** ISO date the staff report was issued. */
  issued: string | null;
  officers: string[];
  attachments: { n: number; title: string }[];
}

export interface ProposalPoint {
  n: number;
  text: string;
  dnr: string | null;
  /** Report section the point refers to ("4.1.2.1"). */
  section: string | null;
}

export interface MotionPoint {
  n: number;
  effect: MotionEffect | null;
  dnr: string | null;
  /** Number of the proposal point the motion point amends. */
  targets: number | null;
  text: string;
}

export interface Motion {
  parties: string[];
  date: string | null;
  revised: boolean;
  points: MotionPoint[];
}

export interface Statement {
  parties: string[];
  date: string | null;
  /** Proposal points the statement comments on. */
  points: number[];
}

export interface ReportSection {
  number: string;
  title: string;
  part: string;
}

export interface Goal {
  number: string;
  title: string;
  role: GoalRole | null;
}

export interface Assignment {
  dnr: string;
  title: string;
  /** Subsection that lists it ("4.1.2.1"). */
  section: string;
  origin: AssignmentOrigin | null;
  proposed: 'done' | 'partial' | null;
  /** ISO date of the council or board decision, when printed. */
  decidedOn: string | null;
  /** Point of that decision ("punkt 1"), when printed. */
  decisionPoint: number | null;
  /** The account that follows the assignment in the report. */
  account: string;
}

export interface ImportTableColumn {
  label: string;
  role: string | null;
  group: 'period' | 'full-year' | null;
}

export interface ImportTableRow {
  label: string;
  /** income, costs, allocation, internal-grants, result, sum, other. */
  role: string | null;
  /** Block of a table with blocks per unit (4.3: "SLK", "Politisk verksamhet" …). */
  block: string | null;
  values: (number | null)[];
  /** Each cell exactly as printed ("-370,7", "10 (260 tkr)", "oklart"), null when empty. */
  printed: (string | null)[];
  /** Amounts of counts printed with an amount ("10 (260 tkr)"), same order as values. */
  amounts?: ({ value: number | null; unit: string } | null)[];
}

export interface ImportTable {
  id: string;
  part: string;
  section: string | null;
  title: string;
  unit: string | null;
  kind: string;
  columns: ImportTableColumn[];
  rows: ImportTableRow[];
  /** Lines of the table the importer could not place in a row. */
  unparsed: string[];
}

export interface ImportResult {
  source: { fileName: string | null; format: 'text' | 'pdf'; lines: number; pages: number | null };
  parts: DocumentPart[];
  matter: MatterInfo;
  proposal: ProposalPoint[];
  motions: Motion[];
  statements: Statement[];
  report: {
    sections: ReportSection[];
    goals: Goal[];
    assignments: Assignment[];
    tables: ImportTable[];
  };
  findings: Finding[];
  warnings: ImportWarning[];
}
