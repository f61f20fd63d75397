import type { Db } from '../db/connection.ts';
import type { CsvValue } from './swedish-csv.ts';

/** How a field's values look, for the documentation and for JSON Schema-ish typing. */
export type FieldType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'uuid' | 'url';

export interface DatasetField {
  /** Column header in CSV and key in JSON: stable, so scripts keep working. */
  name: string;
  type: FieldType;
}

export type DatasetRow = Record<string, CsvValue>;

export interface DatasetRequest {
  db: Db;
  tenantId: string;
  /** The query string (filters shared with the matching list page). */
  query: Record<string, string | undefined>;
  /** https://host, for absolute links in the data. */
  origin: string;
}

/**
 * One open dataset: the same rows as CSV and JSON at stable URLs, `/data/<key>.csv` and
 * `/data/<key>.json`. Titles and field descriptions live in the message catalogue under
 * `dataset.<key>.title`, `dataset.<key>.description` and `data.<key>.<field>`.
 */
export interface Dataset {
  key: string;
  fields: DatasetField[];
  /** Query parameters the dataset accepts, documented under `data.<key>.filter.<param>`. */
  filters?: string[];
  rows(request: DatasetRequest): Promise<DatasetRow[]>;
  /** The newest modification among the rows, for Last-Modified, when the data has one. */
  lastModified?(rows: DatasetRow[]): Date | string | null | undefined;
}

export function csvOf(dataset: Dataset, rows: DatasetRow[]): { header: string[]; rows: CsvValue[][] } {
  const header = dataset.fields.map((f) => f.name);
  return { header, rows: rows.map((r) => header.map((name) => r[name] ?? null)) };
}
