import type { Dataset } from './dataset.ts';
import { FOUNDATION_DATASETS } from './foundation.datasets.ts';
import { REGISTRY_DATASETS } from './registry.datasets.ts';
import { searchDataset } from './search.datasets.ts';

/** Every open dataset, in the order the "Öppna data" page lists them. */
export const DATASETS: Dataset[] = [...FOUNDATION_DATASETS, ...REGISTRY_DATASETS, searchDataset];

export function findDataset(key: string): Dataset | undefined {
  return DATASETS.find((d) => d.key === key);
}
