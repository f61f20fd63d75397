import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { WORKSPACE_BASE } from './staff-routes.ts';

/** The workspace's stylesheet and its one small script, served from files (the CSP allows no inline script). */
export const workspaceAssets = new Hono<AppEnv>();

const files = {
  'workspace.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('./assets/workspace.css', import.meta.url), 'utf8') },
  'workspace.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL('./assets/workspace.js', import.meta.url), 'utf8') },
};

for (const [name, file] of Object.entries(files)) {
  workspaceAssets.get(`${WORKSPACE_BASE}/assets/${name}`, (c) => {
    c.header('Content-Type', file.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(file.body);
  });
}
