import { describe, expect, it } from 'vitest';
import { allowedNextStatuses, ASSIGNMENT_STATUSES, canTransition, type AssignmentStatus } from './assignment-status.ts';

// The legal moves, written out independently of the implementation's table.
const LEGAL: Array<[AssignmentStatus, AssignmentStatus]> = [
  ['assigned', 'in-progress'],
  ['assigned', 'partially-reported'],
  ['assigned', 'proposed-done'],
  ['in-progress', 'partially-reported'],
  ['in-progress', 'proposed-done'],
  ['partially-reported', 'in-progress'],
  ['partially-reported', 'proposed-done'],
  ['proposed-done', 'declared-done'],
  ['proposed-done', 'in-progress'],
  ['declared-done', 'reported-to-council'],
  ['reported-to-council', 'closed'],
  ['reported-to-council', 'in-progress'],
];

describe('assignment status machine', () => {
  const all = ASSIGNMENT_STATUSES.flatMap((from) => ASSIGNMENT_STATUSES.map((to) => [from, to] as const));
  const isLegal = (from: string, to: string) => LEGAL.some(([f, t]) => f === from && t === to);

  it.each(all.filter(([f, t]) => isLegal(f, t)))('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(allowedNextStatuses(from)).toContain(to);
  });

  it.each(all.filter(([f, t]) => !isLegal(f, t)))('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('ends in closed, from which nothing moves', () => {
    expect(allowedNextStatuses('closed')).toEqual([]);
  });

  it('sends a not-approved account back to in progress', () => {
    expect(canTransition('proposed-done', 'in-progress')).toBe(true);
  });
});
