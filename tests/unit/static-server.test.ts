/**
 * src/node/static-server.ts's `compress` option, which `npm run lighthouse` uses
 * to serve text as Netlify does: gzipped when the client accepts it, never
 * otherwise, and never Pagefind's index files (compressed already). The
 * headers given for a path still apply.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../src/node/static-server.ts';

const HTML = `<!doctype html><title>Home</title>${'<p>text</p>'.repeat(50)}`;
let dist: string;
let plain: StaticServer;
let compressed: StaticServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dist, 'index.html'), HTML);
  writeFileSync(join(dist, 'a.pf_index'), 'binary');
  const headers = () => ({ 'x-frame-options': 'DENY' });
  [plain, compressed] = await Promise.all([serveDist(dist, { headers }), serveDist(dist, { headers, compress: true })]);
});
afterAll(async () => {
  await Promise.all([plain.close(), compressed.close()]);
  rmSync(dist, { recursive: true, force: true });
});

function fetchRaw(url: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the static server', () => {
  it('gzips text when asked to and the client accepts it, keeping the headers of the path', async () => {
    const res = await fetchRaw(`${compressed.url}/`, 'gzip, deflate, br');
    expect(res.headers).toMatchObject({
      'content-encoding': 'gzip',
      vary: 'Accept-Encoding',
      'x-frame-options': 'DENY',
    });
    expect(gunzipSync(res.body).toString()).toBe(HTML);
  });

  it('sends bytes as they are to a client that accepts no gzip, for Pagefind index files, and by default', async () => {
    for (const [url, accept] of [
      [`${compressed.url}/`, undefined],
      [`${compressed.url}/a.pf_index`, 'gzip'],
      [`${plain.url}/`, 'gzip'],
    ] as const) {
      const res = await fetchRaw(url, accept);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString()).toBe(url.endsWith('pf_index') ? 'binary' : HTML);
    }
  });
});
