import type { ColumnType, Generated } from 'kysely';

export interface WorkspaceFilesTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  content_type: string;
  size: number;
  content: Uint8Array;
  created_by: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  expires_at: Date;
}
