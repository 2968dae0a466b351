/**
 * Debian's Chromium (never a downloaded browser) and the flags it needs here,
 * shared by the browser tests (playwright-core) and `npm run lighthouse`
 * (chrome-launcher): no sandbox as root, and no background network, whose
 * connections a closed network would refuse. Headless mode is the launcher's
 * to add.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}
