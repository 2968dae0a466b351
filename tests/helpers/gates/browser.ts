/**
 * Gates that need a browser (Debian's Chromium through playwright-core), over a
 * built site served by src/node/static-server.ts:
 *  - axe-core: no moderate, serious or critical accessibility violation, per page and mode
 *    (light and dark colour scheme, desktop and phone viewports);
 *  - the Content-Security-Policy at run time: pages served with the headers of
 *    netlify.toml load and run with no CSP violation reported by the browser.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Mode {
  name: string;
  options: BrowserContextOptions;
}

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

export const MODES: Mode[] = [
  { name: 'desktop light', options: { ...desktop, colorScheme: 'light' } },
  { name: 'desktop dark', options: { ...desktop, colorScheme: 'dark' } },
  { name: 'phone light', options: { ...phone, colorScheme: 'light' } },
  { name: 'phone dark', options: { ...phone, colorScheme: 'dark' } },
];

export interface AxeViolation {
  path: string;
  mode: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs `fn` over `items` with at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

/** Loads a page; module scripts have run by its load event. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
}

/** axe-core over each path in each mode; moderate, serious and critical violations are returned (minor ones are advice). */
export async function checkAccessibility(
  browser: Browser,
  baseUrl: string,
  paths: readonly string[],
  modes: readonly Mode[] = MODES,
): Promise<AxeViolation[]> {
  const violations: AxeViolation[] = [];
  const jobs = modes.flatMap((mode) => paths.map((path) => ({ mode, path })));
  const contexts = new Map<Mode, Awaited<ReturnType<Browser['newContext']>>>();
  // axe is injected as a script, which the site's own CSP would refuse.
  for (const mode of modes) contexts.set(mode, await browser.newContext({ ...mode.options, bypassCSP: true }));
  try {
    await pool(jobs, 4, async ({ mode, path }) => {
      const page = await contexts.get(mode)!.newPage();
      try {
        await open(page, baseUrl + path);
        // A query (e.g. /search/?q=...) makes the page fetch and render results after load.
        if (path.includes('?')) await page.waitForLoadState('networkidle').catch(() => undefined);
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(() =>
          (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
            resultTypes: ['violations'],
          }),
        )) as { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
        for (const v of result.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical' && v.impact !== 'moderate') continue;
          violations.push({
            path,
            mode: mode.name,
            rule: v.id,
            impact: v.impact,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          });
        }
      } finally {
        await page.close();
      }
    });
  } finally {
    for (const context of contexts.values()) await context.close();
  }
  return violations;
}

export interface CspViolation {
  path: string;
  directive: string;
  blocked: string;
  sample?: string;
}

/**
 * Loads each path with the site's real headers (the server must apply them) and
 * reports every `securitypolicyviolation` the browser fires, and every console
 * message about a refused load. `then` runs after load, e.g. to type a query so
 * search loads its index and WebAssembly.
 */
export async function checkCspAtRuntime(
  browser: Browser,
  baseUrl: string,
  paths: readonly string[],
  then: (page: Page, path: string) => Promise<void> = () => Promise.resolve(),
): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  const context = await browser.newContext(desktop);
  await context.addInitScript(() => {
    const seen: object[] = [];
    (window as unknown as { __cspViolations: object[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  try {
    await pool(paths, 4, async (path) => {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy|Refused to/i.test(msg.text())) refused.push(msg.text());
      });
      try {
        await open(page, baseUrl + path);
        await then(page, path);
        const seen =
          (await page.evaluate(() => (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations)) ?? [];
        for (const v of seen) violations.push({ ...v, path });
        if (seen.length === 0)
          for (const text of refused) violations.push({ path, directive: '(console)', blocked: text });
      } finally {
        await page.close();
      }
    });
  } finally {
    await context.close();
  }
  return violations;
}
