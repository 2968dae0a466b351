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
import { ARTICLE_FIELDS, EVENT_FIELDS } from '../lib/validation/fields.ts';

/** What is remembered of a checked file: all of it but its text, which is read anyway. */
type Stored = CheckedFile extends infer F
  ? F extends CheckedFile
    ? Omit<F, 'file' | 'lineOf' | 'body'> & {
        hash: string;
        /** Line of each contract field present in the front matter (lineOf). */
        lines: Record<string, number>;
        /** The body is the text from here on. */
        bodyStart: number;
      }
    : never
  : never;

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
      // Written by save() below; a file from other code has another version and is not used.
      const stored = JSON.parse(readFileSync(path, 'utf8')) as { version: string; files: [string, Stored][] };
      if (stored.version === version) return new CheckCache(path, version, new Map(stored.files));
    } catch {
      // No cache yet: every file is checked.
    }
    return new CheckCache(path, version, new Map());
  }

  /** checkFile, or its remembered result for the same text. */
  check(file: string, text: string, kind: ContentKind, siteTimeZone: string): CheckedFile {
    const hash = textHash(text);
    const known = this.#previous.get(file);
    if (known?.hash === hash && known.kind === kind) {
      this.#next.set(file, known);
      const { hash: _hash, lines, bodyStart, ...checked } = known;
      const lineOf = (field: string) => lines[field];
      return { ...checked, file, lineOf, body: text.slice(bodyStart) };
    }
    const checked = checkFile(file, text, kind, siteTimeZone);
    // The body is the end of the text (gray-matter cuts the front matter off); otherwise do not remember.
    if (text.endsWith(checked.body)) {
      const { file: _file, lineOf, body, ...rest } = checked;
      const names: readonly string[] = kind === 'event' ? EVENT_FIELDS : ARTICLE_FIELDS;
      const lines: Record<string, number> = {};
      for (const name of names) {
        const line = lineOf(name);
        if (line !== undefined) lines[name] = line;
      }
      this.#next.set(file, { ...rest, hash, lines, bodyStart: text.length - body.length });
    }
    return checked;
  }

  /** Keeps this run's files (and only those) for the next build. */
  save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    writeFileSync(this.#path, JSON.stringify({ version: this.#version, files: [...this.#next] }));
  }
}
