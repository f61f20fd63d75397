/** A reporting cycle: e.g. the interim report August 2023 covers 2023-01-01 to 2023-08-31. */
export const CYCLE_KINDS = ['interim', 'annual'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

export interface ReportingCycle {
  id: string;
  kind: CycleKind;
  name: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  /** Last day for the committee's decision on its report. */
  committeeDeadline: string | null;
}
