/**
 * A key for anything the build keeps between runs: a hash of the code that
 * made it and of the options it was made with. Options may hold functions
 * (Markdown plugins, integration hooks): they count by their source text, so
 * editing a plugin's code is a change too, where JSON would drop it silently.
 */
import { createHash } from 'node:crypto';
import { sourceHash } from './source-hash.ts';

export interface OutputInputs {
  /** Files and folders from the project root whose every byte counts. */
  code: readonly string[];
  /** Anything else the output depends on: options, the runtime's data. */
  options?: unknown;
}

export function outputKey(root: string, { code, options }: OutputInputs): string {
  return createHash('sha1').update(sourceHash(root, code)).update('\0').update(stableText(options)).digest('hex');
}

/** JSON with object keys sorted, functions as their source, and every object written once (cycles would not end). */
export function stableText(value: unknown): string {
  const seen = new WeakSet<object>();
  const write = (v: unknown): string => {
    if (typeof v === 'function') return `function:${JSON.stringify(v.toString())}`;
    if (typeof v === 'bigint') return `${v}n`;
    if (v === undefined) return 'undefined';
    if (typeof v !== 'object' || v === null) return JSON.stringify(v);
    if (seen.has(v)) return '"[seen]"';
    seen.add(v);
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    if (v instanceof Map) return `map${write([...v])}`;
    if (v instanceof Set) return `set${write([...v])}`;
    if (v instanceof URL || v instanceof RegExp || v instanceof Date) return JSON.stringify(String(v));
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${write((v as Record<string, unknown>)[k])}`).join(',')}}`;
  };
  return write(value);
}
