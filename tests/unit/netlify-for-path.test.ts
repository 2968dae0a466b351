import { describe, expect, it } from 'vitest';
import { forRegExp } from '../helpers/gates/headers.ts';

// The header gate resolves netlify.toml's `for` paths the way Netlify does; a
// wrong match there would report clashes that do not exist, or hide real ones.
describe("netlify.toml's for paths, as the header gate matches them", () => {
  it('take "/x/*" as the folder and everything below it, and nothing that only starts the same', () => {
    const folder = forRegExp('/pagefind/*');
    expect(
      ['/pagefind', '/pagefind/', '/pagefind/pagefind.js', '/pagefind/index/a.pf_index'].every((p) => folder.test(p)),
    ).toBe(true);
    expect(
      ['/pagefind-archive/2024/pagefind-entry.json', '/pagefindx', '/other/pagefind/'].some((p) => folder.test(p)),
    ).toBe(false);
  });

  it('take "/*" as every path, "*" inside a segment as any text, and ":name" as one segment', () => {
    expect(['/', '/a', '/a/b.html'].every((p) => forRegExp('/*').test(p))).toBe(true);
    expect(forRegExp('/*.ics').test('/events.ics')).toBe(true);
    expect(forRegExp('/*.ics').test('/events.xml')).toBe(false);
    expect(forRegExp('/events/:slug').test('/events/a/')).toBe(true);
    expect(forRegExp('/events/:slug').test('/events/a/b')).toBe(false);
  });
});
