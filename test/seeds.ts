import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the repository: read-only real documents. CI always has it. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = resolve(repoRoot, '../shared');
export const seedPath = resolve(sharedDir, 'seeds/000_311ee6a2e4b188ff.txt');
export const hasSeed = existsSync(seedPath);
export const SEED_MISSING = `skipped: ${seedPath} is absent (../shared holds the real documents; CI always has it)`;

if (!hasSeed) console.warn(SEED_MISSING);

export function readSeed(): string {
  return readFileSync(seedPath, 'utf8');
}
