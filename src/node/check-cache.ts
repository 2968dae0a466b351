/**
 * The build's content check, file by file, remembered between builds in Astro's
 * cache folder: a file whose text (and the checking code) is unchanged is not
 * parsed and validated again. Cross-file rules still run on every build, over
 * all files. At 10,000 + 10,000 entries this is most of the check's 2-5 s.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkFile, type CheckedFile, type ContentKind } from '../lib/validation/check-file.ts';
import { checkedOf, recordOf, type CheckedRecord } from './checked-record.ts';

type Stored = CheckedRecord & { hash: string };

const textHash = (text: string) => createHash('sha1').update(text).digest('base64url');

export class CheckCache {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, Stored>;
  readonly #next = new Map<string, Stored>();

  private constructor(path: string, version: string, previous: Map<string, Stored>) {
    this.#path = path;
    this.#version = version;
    this.#previous = previous;
  }

  /** The cache at `path`, empty when missing, unreadable or written by other code (`version`). */
  static load(path: string, version: string): CheckCache {
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as { version: string; files: [string, Stored][] };
      if (stored.version === version) return new CheckCache(path, version, new Map(stored.files));
    } catch {
      // No cache yet, or one this code cannot read: check every file.
    }
    return new CheckCache(path, version, new Map());
  }

  /** The remembered result for the same file, kind and text, if any (kept for the next build too). */
  lookup(file: string, text: string, kind: ContentKind): CheckedFile | undefined {
    const known = this.#previous.get(file);
    if (known === undefined || known.kind !== kind) return undefined;
    const hash = textHash(text);
    if (known.hash !== hash) return undefined;
    this.#next.set(file, known);
    const { hash: _hash, ...record } = known;
    return checkedOf(record, file, text);
  }

  /** checkFile, or its remembered result for the same text. */
  check(file: string, text: string, kind: ContentKind, siteTimeZone: string): CheckedFile {
    const known = this.lookup(file, text, kind);
    if (known) return known;
    const checked = checkFile(file, text, kind, siteTimeZone);
    this.remember(checked, text);
    return checked;
  }

  /** Remembers a file's result for the next build. */
  remember(checked: CheckedFile, text: string): void {
    const record = recordOf(checked, text);
    if (record) this.#next.set(checked.file, { ...record, hash: textHash(text) });
  }

  /** Keeps this run's files (and only those) for the next build. */
  save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    writeFileSync(this.#path, JSON.stringify({ version: this.#version, files: [...this.#next] }));
  }
}
