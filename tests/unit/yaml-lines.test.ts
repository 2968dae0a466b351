/** Front-matter lines written by the yaml library (src/lib/yaml-lines.ts), read back by the check's own YAML. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlLines } from '../../src/lib/yaml-lines.ts';

describe('YAML lines', () => {
  it('quote and escape what needs it, and read back as written', () => {
    const fields: [string, unknown][] = [
      ['title', 'Quotes "and" colons: yes'],
      ['tags', ['a: b', 'Hội nghị']],
      ['draft', true],
      ['summary', `${'long '.repeat(30)}end`],
    ];
    const text = yamlLines(fields);
    expect(text.split('\n')).toHaveLength(4);
    expect(parse(text, { schema: 'core' })).toEqual(Object.fromEntries(fields));
  });

  it('write plain text only where every YAML reader reads it as text', () => {
    expect(yamlLines([['tags', ['digital-health', 'a: b']]], { strings: 'plain' })).toBe(
      'tags: [digital-health, "a: b"]',
    );
    expect(yamlLines([['tags', ['x']]], { lists: 'block' })).toBe('tags:\n  - "x"');
  });
});
