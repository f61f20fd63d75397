import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { signedInClient, TestClient } from '../../test/factories.ts';
import { sharedDir } from '../../test/seeds.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { findTenant } from '../tenants/tenant.store.ts';

const schemaDir = resolve(sharedDir, 'oparl/schema');
const hasSchemas = existsSync(schemaDir);

/**
 * The official OParl 1.1 schemas (draft-04 style, no $schema): non-standard keywords
 * (references, backreference, cardinality, schema) are ignored with strict: false, and their
 * patterns need unicodeRegExp: false. "url" is OParl's own format: an absolute http(s) URL.
 */
function validators(): Map<string, ValidateFunction> {
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('url', /^https?:\/\/[^\s]+$/);
  const out = new Map<string, ValidateFunction>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) {
    out.set(file.replace(/\.json$/, ''), ajv.compile(JSON.parse(readFileSync(resolve(schemaDir, file), 'utf8'))));
  }
  return out;
}

type Json = Record<string, unknown>;
const isOparlObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && typeof (v as Json).type === 'string' && String((v as Json).type).startsWith('https://schema.oparl.org/1.1/');

describeDb('OParl 1.1 at /oparl/v1', (ctx) => {
  it.skipIf(!hasSchemas)('is valid against the official schemas everywhere a crawler from the System object can reach', async () => {
    await seedDemo(ctx.db);
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const client = new TestClient(ctx.app, tenant);
    const origin = `http://${tenant.hostnames[0]}`;
    const schemas = validators();
    // The validators do reject what is wrong (a relative id, a missing accessUrl).
    expect(schemas.get('Meeting')!({ id: '/oparl/v1/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting' })).toBe(false);
    expect(schemas.get('File')!({ id: 'http://localhost/oparl/v1/file/1', type: 'https://schema.oparl.org/1.1/File' })).toBe(false);
    const seen = new Set<string>();
    const queue = [`${origin}/oparl/v1`];
    const objects = new Map<string, Json>();
    const errors: string[] = [];
    let lists = 0;
    let pages = 0;

    const validate = (object: Json, where: string) => {
      const name = String(object.type).split('/').pop()!;
      const check = schemas.get(name);
      if (!check) return errors.push(`${where}: no schema for ${name}`);
      if (!check(object)) errors.push(`${where} (${name}): ${JSON.stringify(check.errors)}`);
      objects.set(String(object.id), object);
      // Embedded objects (a Meeting's agenda items, a Paper's files …) are validated too.
      for (const value of Object.values(object)) {
        for (const inner of Array.isArray(value) ? value : [value]) if (isOparlObject(inner)) validate(inner, `${where} → ${String(inner.id)}`);
      }
    };
    const links = (value: unknown): string[] => {
      if (typeof value === 'string') return value.startsWith(`${origin}/oparl/v1`) ? [value] : [];
      if (Array.isArray(value)) return value.flatMap(links);
      if (value && typeof value === 'object') return Object.values(value).flatMap(links);
      return [];
    };

    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await client.get(url.slice(origin.length));
      expect(res.status, url).toBe(200);
      const body = res.body as Json;
      if (Array.isArray(body.data)) {
        pages++;
        if (!new URL(url).searchParams.has('cursor')) lists++;
        for (const item of body.data as Json[]) validate(item, url);
        queue.push(...links(body.data));
        const next = (body.links as Json | undefined)?.next;
        if (typeof next === 'string') queue.push(next);
      } else {
        expect(body.id, 'an object is served at its id').toBe(url);
        validate(body, url);
        queue.push(...links(body));
      }
    }
    expect(errors).toEqual([]);
    console.log(`OParl crawl: ${seen.size} URLs, ${lists} lists in ${pages} pages, ${objects.size} objects validated`);
    expect(lists).toBeGreaterThanOrEqual(10);
    expect(pages).toBeGreaterThan(lists); // at least one list spans several pages
    const byType = (name: string) => [...objects.values()].filter((o) => o.type === `https://schema.oparl.org/1.1/${name}`);
    for (const type of ['System', 'Body', 'Organization', 'Person', 'Membership', 'Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File', 'LegislativeTerm']) {
      expect(byType(type).length, type).toBeGreaterThan(0);
    }

    // The seed's matter: dnr 0064/23 on item 1.1 with the open vote 7–6 per party and per member.
    const paper = byType('Paper').find((p) => p.reference === '0064/23')!;
    expect(paper.name).toBe('Delårsrapport augusti 2023 för kommunstyrelsen');
    const item = byType('AgendaItem').find((a) => a.number === '1.1')!;
    const votes = item['uppsikt:votes'] as Array<Json>;
    expect(votes.map((v) => [v.point, v.counts])).toEqual([
      [4, { yes: 6, no: 7, abstain: 0 }],
      [9, { yes: 6, no: 7, abstain: 0 }],
    ]);
    expect(votes[0]!.byParty).toEqual(expect.arrayContaining([expect.objectContaining({ party: 'S', yes: 0, no: 4 }), expect.objectContaining({ party: 'M', yes: 3, no: 0 })]));
    expect(votes[0]!.byMember).toHaveLength(13);
    const touched = item['uppsikt:assignments'] as Array<Json>;
    expect(touched.filter((a) => a.effect === 'created')).toHaveLength(2);
    expect(touched.filter((a) => a.effect === 'in-progress').map((a) => a.dnr).sort()).toEqual(['0630/23', '1443/22']);
    expect(touched.filter((a) => a.effect === 'declared-done')).toHaveLength(6);

    // The demo's secret paper never appears, not even as a count.
    const everything = JSON.stringify([...objects.values()]);
    expect(everything).not.toContain('enskild arbetstagares');
    const secret = await ctx.db.selectFrom('matter_documents').select('id').where('tenant_id', '=', 'goteborg').where('secret', '=', true).executeTakeFirstOrThrow();
    expect(everything).not.toContain(secret.id);
  });

  it.skipIf(!hasSchemas)('filters by creation and modification time and keeps deleted objects as tombstones', async () => {
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const anonymous = new TestClient(ctx.app, tenant);
    const schemas = validators();
    const files = await anonymous.get('/oparl/v1/body/files?limit=100');
    const attachment = (files.body.data as Json[]).find((f) => String(f.name).startsWith('Bilaga 1'))!;
    expect((await anonymous.get(`/oparl/v1/body/files?modified_since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.data).toEqual([]);

    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const id = String(attachment.id).split('/').pop()!;
    // Taken just before the deletion: anything modified earlier (the demo, seconds ago on a
    // busy machine) must not count as changed since.
    const before = new Date().toISOString();
    expect((await admin.delete(`/api/v1/documents/${id}`)).status).toBe(204);

    const changed = await anonymous.get(`/oparl/v1/body/files?modified_since=${encodeURIComponent(before)}`);
    expect(changed.body.data).toEqual([expect.objectContaining({ id: attachment.id, deleted: true })]);
    expect(schemas.get('File')!(changed.body.data[0])).toBe(true);
    const tombstone = await anonymous.get(`/oparl/v1/file/${id}`);
    expect(tombstone.body).toMatchObject({ id: attachment.id, deleted: true });
    // Without modified_since a list shows only what exists.
    const current = await anonymous.get('/oparl/v1/body/files?limit=100');
    expect((current.body.data as Json[]).map((f) => f.id)).not.toContain(attachment.id);
    expect((await anonymous.get(`/oparl/v1/body/papers?created_until=${encodeURIComponent('2000-01-01T00:00:00Z')}`)).body.data).toEqual([]);
    expect((await anonymous.get('/oparl/v1/body/papers?modified_since=igår')).status).toBe(400);
  });
});
