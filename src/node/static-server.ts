/**
 * A tiny static file server for a built `dist/`, on a random loopback port, that
 * behaves like Netlify for what tests and `npm run lighthouse` need: `/dir/` serves `dir/index.html`,
 * unknown paths get `404.html` with status 404, and types are set by extension.
 * With `compress`, text is sent gzipped to clients that accept it, as Netlify
 * sends it (Brotli or gzip); Pagefind's index files are compressed already.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface ServeOptions {
  /** Extra response headers for a URL path, e.g. those netlify.toml gives it (they win over the type by extension). */
  headers?: (urlPath: string) => Record<string, string>;
  /** Gzip text responses (HTML, CSS, JavaScript, JSON, XML, SVG, plain text, calendars) when the request accepts it. */
  compress?: boolean;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function fileFor(dist: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.(\/|\\|$))+/, '');
  const candidate = join(dist, safe);
  if (!candidate.startsWith(dist)) return undefined;
  try {
    const s = await stat(candidate);
    if (s.isFile()) return candidate;
    if (s.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export async function serveDist(dist: string, options: ServeOptions = {}): Promise<StaticServer> {
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, headers: Record<string, string>, body: Buffer) => {
      const all: Record<string, string> = { 'content-type': type, ...headers };
      const gzip =
        options.compress &&
        COMPRESSIBLE.test(all['content-type'] ?? '') &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(status, gzip ? { ...all, 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : all);
      res.end(gzip ? gzipSync(body) : body);
    };
    const file = await fileFor(dist, pathname);
    if (!file) {
      const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Not found'));
      send(404, TYPES['.html']!, options.headers?.('/404.html') ?? {}, notFound);
      return;
    }
    send(
      200,
      TYPES[extname(file)] ?? 'application/octet-stream',
      options.headers?.(pathname) ?? {},
      await readFile(file),
    );
  };
  // A failed read answers 500, so a test sees the failure instead of a hung request.
  const server: Server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
