/** Keys of what the build keeps between runs (src/node/output-key.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputKey, stableText } from '../../src/node/output-key.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

describe('output keys', () => {
  it('write options with sorted keys, and functions by their source, which JSON would drop', () => {
    expect(stableText({ b: 1, a: [true, null] })).toBe(stableText({ a: [true, null], b: 1 }));
    const plugin = (mark: string) => ({ name: 'p', visit: mark === 'one' ? () => 'one' : () => 'two' });
    expect(JSON.stringify(plugin('one'))).toBe(JSON.stringify(plugin('two')));
    expect(stableText(plugin('one'))).not.toBe(stableText(plugin('two')));
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(() => stableText(cyclic)).not.toThrow();
  });

  it('change with any byte of the listed code and with the options, and with nothing else', () => {
    const root = tempFolder('output-key-');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'other.ts'), 'x');
    const key = () => outputKey(root, { code: ['src', 'missing.ts'], options: { zone: 'UTC' } });
    const first = key();
    writeFileSync(join(root, 'other.ts'), 'y');
    expect(key()).toBe(first);
    writeFileSync(join(root, 'src/a.ts'), 'export const a = 2;');
    const second = key();
    expect(second).not.toBe(first);
    expect(outputKey(root, { code: ['src'], options: { zone: 'Asia/Hanoi' } })).not.toBe(second);
  });
});
