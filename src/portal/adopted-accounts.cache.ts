/**
 * The assignment accounts of adopted reports, kept in memory. Assembling a report to learn its
 * printed section numbers reads the whole report; an assignment page needs that on every view.
 * An adopted report is locked — it never changes again — so what it says can be kept without
 * any invalidation; the key carries the report's version all the same. Each app process keeps
 * its own small cache, so processes stay stateless towards each other.
 */
import type { Db } from '../db/connection.ts';
import { listAssignmentAccounts, type AssignmentAccount } from '../reports/assignment-account.store.ts';

const MAX_REPORTS = 200;
const cache = new Map<string, Promise<AssignmentAccount[]>>();

export function accountsOfAdoptedReport(db: Db, tenantId: string, report: { id: string; version: number }): Promise<AssignmentAccount[]> {
  const key = `${tenantId}/${report.id}/${report.version}`;
  let accounts = cache.get(key);
  if (accounts) {
    // Most recently used last, so the oldest is the one dropped.
    cache.delete(key);
  } else {
    accounts = listAssignmentAccounts(db, tenantId, report.id);
    accounts.catch(() => cache.delete(key));
    if (cache.size >= MAX_REPORTS) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, accounts);
  return accounts;
}
