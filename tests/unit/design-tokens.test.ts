/**
 * The design tokens (src/styles/tokens.css) meet WCAG 2.2 AA in both colour
 * schemes: every pair of colours the stylesheets put together, read from the
 * file itself, so an edit to a colour that breaks contrast fails here. Text on
 * its background needs 4.5:1 (1.4.3); borders of controls, focus rings and
 * other marks a reader needs to see, 3:1 (1.4.11, 2.4.13). And no stylesheet
 * writes a colour of its own: they all read the tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../helpers/fixture-site.ts';

const TOKENS = join(PROJECT, 'src/styles/tokens.css');
const TEXT = 4.5;
const UI = 3;

/** Where each pair is seen; the first colour is drawn on the second. */
const PAIRS: [fg: string, bg: string, min: number, where: string][] = [
  ['text', 'bg', TEXT, 'body text'],
  ['text', 'surface', TEXT, 'cards, panels, inputs'],
  ['text', 'sunk', TEXT, 'code, footer, other months'],
  ['text', 'accent-soft', TEXT, 'calendar entries, callouts'],
  ['text', 'cancelled-soft', TEXT, 'cancelled notices and calendar entries'],
  ['text', 'postponed-soft', TEXT, 'postponed and draft notices'],
  ['text', 'mark', TEXT, 'search matches'],
  ['muted', 'bg', TEXT, 'meta lines'],
  ['muted', 'surface', TEXT, 'meta lines in cards'],
  ['muted', 'sunk', TEXT, 'footer, weekday headings'],
  ['muted', 'accent-soft', TEXT, 'times in calendar entries'],
  ['muted', 'cancelled-soft', TEXT, 'times in cancelled calendar entries'],
  ['link', 'bg', TEXT, 'links'],
  ['link', 'surface', TEXT, 'links in cards'],
  ['link', 'sunk', TEXT, 'links in footer'],
  ['link', 'accent-soft', TEXT, 'tag chips, calendar day numbers, links in callouts'],
  ['link', 'postponed-soft', TEXT, 'links in notices and warning callouts'],
  ['link-hover', 'bg', TEXT, 'links on hover'],
  ['link-hover', 'surface', TEXT, 'links in cards on hover'],
  ['link-hover', 'sunk', TEXT, 'footer links on hover'],
  ['link-hover', 'accent-soft', TEXT, 'tag chips on hover'],
  ['on-accent', 'accent', TEXT, 'buttons, date badges, day numbers'],
  ['on-accent', 'past', TEXT, 'date badges of past events'],
  ['on-accent', 'cancelled', TEXT, 'date badges of cancelled events'],
  ['on-header', 'header', TEXT, 'site name, sections, edge of the search box'],
  ['on-highlight', 'highlight', TEXT, 'header search button'],
  ['cancelled', 'cancelled-soft', TEXT, 'Cancelled badge'],
  ['postponed', 'postponed-soft', TEXT, 'Postponed badge'],
  ['draft', 'draft-soft', TEXT, 'Draft and Scheduled badges'],
  ['past', 'past-soft', TEXT, 'Past event badge'],
  ['ink', 'paper', TEXT, 'print'],
  ['focus', 'bg', UI, 'focus ring on the page'],
  ['focus', 'surface', UI, 'focus ring in cards'],
  ['focus', 'sunk', UI, 'focus ring in the footer'],
  ['focus', 'accent-soft', UI, 'focus ring in callouts and calendar notes'],
  ['focus', 'postponed-soft', UI, 'focus ring in notices'],
  ['header-focus', 'header', UI, 'focus ring in the header'],
  ['border-strong', 'bg', UI, 'borders of inputs and buttons'],
  ['border-strong', 'surface', UI, 'borders of inputs and buttons in panels'],
  ['accent', 'bg', UI, "today's outline, current year"],
  ['accent', 'surface', UI, "today's outline in the month grid"],
  ['highlight', 'header', UI, 'current section underline'],
  ['cancelled', 'surface', UI, 'cancelled entry marker'],
  ['postponed', 'postponed-soft', UI, 'warning callout and notice edge'],
  ['tip', 'surface', UI, 'tip callout edge'],
];

/** Tokens that no reader needs to tell from what is around them: dividers and shadows. */
const DECORATIVE = ['border', 'shadow'];

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

function declarations(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** The light theme (`:root`) and the dark one (`:root` in the prefers-color-scheme: dark query, over the light). */
function themes(css: string): Record<'light' | 'dark', Map<string, string>> {
  const source = withoutComments(css);
  const darkAt = source.indexOf('@media (prefers-color-scheme: dark)');
  if (darkAt < 0) throw new Error('tokens.css has no dark theme');
  const light = declarations(source.slice(0, darkAt));
  return { light, dark: new Map([...light, ...declarations(source.slice(darkAt))]) };
}

/** WCAG 2 relative luminance of an opaque #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const theme = themes(readFileSync(TOKENS, 'utf8'));
const colourNames = [...theme.light.keys()].filter((n) => n.startsWith('--color-')).map((n) => n.slice(8));

describe('contrast of the design tokens', () => {
  it('reads the WCAG ratio right', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('writes every colour as hex, opaque except the shadow, in both themes', () => {
    for (const [name, values] of Object.entries(theme))
      for (const colour of colourNames) {
        const value = values.get(`--color-${colour}`) ?? '';
        const pattern = colour === 'shadow' ? /^#[0-9a-f]{8}$/i : /^#[0-9a-f]{6}$/i;
        expect(value, `${name} --color-${colour}`).toMatch(pattern);
      }
  });

  it('checks every colour in some pair, or lists it as decorative', () => {
    const checked = new Set([...PAIRS.flatMap(([fg, bg]) => [fg, bg]), ...DECORATIVE]);
    expect(colourNames.filter((name) => !checked.has(name))).toEqual([]);
    expect([...checked].filter((name) => !colourNames.includes(name))).toEqual([]);
  });

  for (const [name, values] of Object.entries(theme))
    it.each(PAIRS)(`${name}: --color-%s on --color-%s, at least %s:1 (%s)`, (fg, bg, min) => {
      const ratio = contrast(values.get(`--color-${fg}`)!, values.get(`--color-${bg}`)!);
      expect(Number(ratio.toFixed(2))).toBeGreaterThanOrEqual(min);
    });
});

describe('colours come from the tokens only', () => {
  const RAW = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
  const styles = (dir: string): string[] =>
    readdirSync(join(PROJECT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css') || f.endsWith('.astro'))
      .map((f) => join(dir, f));

  it('no stylesheet or component style writes a colour of its own', () => {
    const raw: string[] = [];
    for (const file of [...styles('src/styles'), ...styles('src/components'), ...styles('src/layouts')]) {
      if (file.endsWith('tokens.css')) continue;
      let css = readFileSync(join(PROJECT, file), 'utf8');
      if (file.endsWith('.astro'))
        css = [...css.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      for (const line of withoutComments(css).split('\n')) if (RAW.test(line)) raw.push(`${file}: ${line.trim()}`);
    }
    expect(raw).toEqual([]);
  });
});
