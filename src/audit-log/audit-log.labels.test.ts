/**
 * Every kind of change the code records has a Swedish name in the change log, and a kind the
 * catalogue does not know yet shows by its id instead of vanishing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import { REPORT_ACTIONS } from '../reports/report.ts';
import { auditActionLabel, auditEntityLabel } from './audit-log.labels.ts';

const t = translator('sv');
const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** What the code passes to recordChange: `action: 'x.y'` and `entityType: 'x'` literals. */
function recorded(): { actions: Set<string>; entityTypes: Set<string> } {
  const actions = new Set<string>(REPORT_ACTIONS.map((a) => `report.${a}`));
  const entityTypes = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordChange(')) continue;
    for (const m of text.matchAll(/\baction: '([a-z-]+\.[a-z-]+)'/g)) actions.add(m[1]!);
    for (const m of text.matchAll(/\bentityType: '([a-z-]+)'/g)) entityTypes.add(m[1]!);
  }
  return { actions, entityTypes };
}

describe('names in the change log', () => {
  it('names every action and entity type the code records', () => {
    const { actions, entityTypes } = recorded();
    expect(actions.size).toBeGreaterThan(50);
    expect([...actions].filter((a) => auditActionLabel(t, a) === a)).toEqual([]);
    expect([...entityTypes].filter((e) => auditEntityLabel(t, e) === e)).toEqual([]);
  });

  it('reads in Swedish and falls back to the id for an unknown kind', () => {
    expect(auditActionLabel(t, 'survey.create-round')).toBe('Ny omgång av enkät skapad');
    expect(auditEntityLabel(t, 'agenda-item')).toBe('Punkt på föredragningslista');
    expect(auditActionLabel(t, 'robot.dance')).toBe('robot.dance');
    expect(auditEntityLabel(t, 'robot')).toBe('robot');
  });
});
