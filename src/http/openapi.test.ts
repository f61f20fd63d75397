import { expect, it } from 'vitest';
import { createTenant, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { PERMISSIONS } from '../auth/permissions.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describeDb('OpenAPI document', (ctx) => {
  it('is OpenAPI 3.1 and every operation states who may call it', async () => {
    const tenant = await createTenant(ctx.db);
    const res = await new TestClient(ctx.app, tenant).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const operations = Object.entries(res.body.paths as Record<string, Record<string, { 'x-permission'?: string }>>).flatMap(
      ([path, item]) => METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, permission: item[m]!['x-permission'] })),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect(op.permission, `${op.method} ${op.path}`).toBeDefined();
      if (op.method !== 'get' && op.permission !== 'public' && op.permission !== 'signed-in') {
        expect(Object.keys(PERMISSIONS), `${op.method} ${op.path}`).toContain(op.permission);
      }
    }
    expect(res.body.paths['/api/v1/assignments'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'organisation', 'origin', 'year', 'text', 'limit', 'cursor']),
    );
  });

  it('answers unknown paths with a JSON not_found error', async () => {
    const tenant = await createTenant(ctx.db);
    const res = await new TestClient(ctx.app, tenant).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});
