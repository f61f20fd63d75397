import type { Generated } from 'kysely';

export interface IndicatorsTable {
  tenant_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  unit: string;
  decimals: Generated<number>;
  direction: Generated<string>;
  description: string | null;
}

export interface IndicatorValuesTable {
  tenant_id: string;
  indicator_id: string;
  organisation_id: string;
  cycle_id: string;
  kind: string;
  value: number;
}
