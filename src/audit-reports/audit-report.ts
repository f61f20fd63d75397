/**
 * The auditors' reports on an organisation and their recommendations. A recommendation made
 * in an earlier year and still open is "carried over" (kvarstår från 2021).
 */
export const RECOMMENDATION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface Recommendation {
  id: string;
  position: number;
  text: string;
  status: RecommendationStatus;
  firstMadeYear: number;
  response: string | null;
}

export interface AuditReport {
  id: string;
  organisationId: string;
  year: number;
  title: string;
  auditor: string;
  summary: string | null;
  recommendations: Recommendation[];
}

export function isCarriedOver(recommendation: Recommendation, reportYear: number): boolean {
  return recommendation.firstMadeYear < reportYear && recommendation.status !== 'done';
}
