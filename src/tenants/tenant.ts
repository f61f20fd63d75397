/** A municipality. One installation can serve several; every row carries its tenant id. */
export interface Tenant {
  id: string;
  name: string;
  /** Accepted dnr formats, newest first (see src/assignments/dnr.ts). */
  dnrFormats: string[];
  hostnames: string[];
}

export const TENANT_ID = /^[a-z][a-z0-9-]{1,39}$/;
