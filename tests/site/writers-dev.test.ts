/**
 * `npm run dev` for writers: drafts and scheduled articles are shown with a
 * banner, and a broken file keeps the server running and shows the CLI's
 * message in the browser's error overlay until it is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_NOW, layoutFixture, PROJECT } from '../helpers/fixture-site.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';

let root: string;
let dev: ChildProcess;
let base: string;
let log = '';

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(key)));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const get = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, html: await response.text() };
};

/** Retries until the dev server has picked up an edit. */
async function eventually(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out; dev server log:\n${log}`);
}

beforeAll(async () => {
  root = layoutFixture('writers/warnings', 'writers-dev');
  // A file with bad fields from the start: the server must still start.
  writeFileSync(join(root, 'content/events/typo.md'), '---\ntitle: "Typo"\nstrat: "2026-03-01"\n---\n');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn(
    join(PROJECT, 'node_modules/.bin/astro'),
    ['dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      // Without vitest's own variables (VITEST, NODE_ENV=test): under them Astro's dev server does not route pages.
      env: {
        ...withoutVitest(process.env),
        PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH']}`,
        SITE_NOW: FIXTURE_NOW,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
    },
  );
  dev.stdout?.on('data', (d) => (log += String(d)));
  dev.stderr?.on('data', (d) => (log += String(d)));
  await eventually(async () => {
    if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    return fetch(base + '/').then(
      () => true,
      () => false,
    );
  }, 120_000);
}, 180_000);

afterAll(() => {
  dev?.kill();
});

describe('npm run dev', { timeout: 120_000 }, () => {
  it('keeps running with a broken file and answers every page with its problems', async () => {
    const { status, html } = await get('/events/summit/');
    expect(status, `${base}\n${html.slice(0, 300)}\n${log}`).toBe(500);
    expect(log).toContain(
      'content/events/typo.md: unknown field "strat" (value "2026-03-01"); did you mean "start"? (line 3)',
    );
  });

  it.runIf(hasChromium())("shows the CLI's message in the browser overlay", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/events/summit/`);
      const overlay = page.locator('vite-error-overlay');
      await expect
        .poll(
          async () =>
            (await overlay.count()) > 0 ? await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '') : '',
          { timeout: 30_000 },
        )
        .toContain(
          'content/events/typo.md: unknown field "strat" (value "2026-03-01"); did you mean "start"? (line 3)',
        );
    } finally {
      await browser.close();
    }
  });

  it('serves the site again once the file is fixed, with drafts and scheduled articles marked', async () => {
    writeFileSync(join(root, 'content/events/typo.md'), '---\ntitle: "Typo"\nstart: "2026-03-01"\n---\n\nFixed.\n');
    await eventually(async () => (await get('/events/typo/')).status === 200);
    expect((await get('/events/typo/')).html).toContain('<p>Fixed.</p>');
    // A body edited while the server runs: its new HTML, not the last one.
    writeFileSync(
      join(root, 'content/events/typo.md'),
      '---\ntitle: "Typo"\nstart: "2026-03-01"\n---\n\nFixed again.\n',
    );
    await eventually(async () => (await get('/events/typo/')).html.includes('<p>Fixed again.</p>'));
    // Its calendar file too: the event's text is kept beside the store (src/node/rendered-html.ts).
    expect((await get('/events/typo.ics')).html).toContain('DESCRIPTION:Fixed again.');
    expect((await get('/events/draft-event/')).html).toMatch(/<strong[^>]*>Draft:<\/strong>/);
    expect((await get('/news/scheduled-post/')).html).toMatch(
      /<strong[^>]*>Scheduled:<\/strong> this article is published on Mon 1 Jun 2026/,
    );
    const news = (await get('/news/')).html;
    expect(news).toMatch(/Scheduled post<\/a>\s*<span class="badge scheduled"[^>]*>Scheduled<\/span>/);
  });

  it('shows a front matter mistake made while it runs', async () => {
    appendFileSync(join(root, 'content/events/typo.md'), '');
    writeFileSync(join(root, 'content/events/typo.md'), '---\ntitle: "Typo\nstart: "2026-03-01"\n---\n');
    await eventually(async () => (await get('/')).status === 500);
    writeFileSync(join(root, 'content/events/typo.md'), '---\ntitle: "Typo"\nstart: "2026-03-01"\n---\n');
    await eventually(async () => (await get('/')).status === 200);
  });
});
