import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { seedDemo } from '../demo/seed-demo.ts';
import { describeDb, openTestDatabase } from '../../test/harness.ts';
import { exportTenant, importTenant } from './tenant-export.ts';
import { NOT_EXPORTED, TENANT_TABLES } from './tenant-tables.ts';

describeDb('tenant export and import', (ctx) => {
  it('covers every table that holds tenant data', async () => {
    const result = await sql<{ table_name: string }>`
      select distinct table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'tenant_id' and table_name <> 'tenants'`.execute(ctx.db);
    const listed = new Set([...TENANT_TABLES.map((t) => t.name), ...Object.keys(NOT_EXPORTED)]);
    expect(result.rows.map((r) => r.table_name).filter((t) => !listed.has(t))).toEqual([]);
  });

  it('round-trips the demo municipality without losing anything', async () => {
    await seedDemo(ctx.db);
    const first = await exportTenant(ctx.db, 'goteborg');
    // The seed's 14 and the two the demo decision creates.
    expect(first.tables.assignments).toHaveLength(16);
    expect(first.tables.audit_log!.length).toBeGreaterThan(14);

    // Into a second, empty database of the same kind.
    const target = await openTestDatabase(ctx.backend);
    try {
      const loaded = await importTenant(target.db, JSON.parse(JSON.stringify(first)));
      expect(loaded.tenantId).toBe('goteborg');
      const second = await exportTenant(target.db, 'goteborg');
      expect({ ...second, exportedAt: '' }).toEqual({ ...first, exportedAt: '' });
      await expect(importTenant(target.db, first)).rejects.toThrow(/finns redan/);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not an export, and one whose rows belong to another tenant', async () => {
    await expect(importTenant(ctx.db, { hello: 'world' })).rejects.toThrow(/inte en export/);
    const data = await exportTenant(ctx.db, 'goteborg');
    const tampered = { ...data, tenant: { ...data.tenant, tenant_id: 'annan-kommun' } };
    await expect(importTenant(ctx.db, tampered)).rejects.toThrow(/annan kommun/);
    const count = await sql<{ n: number }>`select count(*)::int as n from tenants where tenant_id = 'annan-kommun'`.execute(ctx.db);
    expect(count.rows[0]!.n).toBe(0);
  });
});
