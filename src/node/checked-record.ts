/**
 * A checked file as plain data, as the check cache keeps it between builds
 * (check-cache.ts): everything but the text, which the reader has anyway, and
 * `lineOf`, a function, kept as the line of each contract field the front
 * matter has.
 */
import type { CheckedFile } from '../lib/validation/check-file.ts';
import { ARTICLE_FIELDS, EVENT_FIELDS } from '../lib/validation/fields.ts';

export type CheckedRecord = CheckedFile extends infer F
  ? F extends CheckedFile
    ? Omit<F, 'file' | 'lineOf' | 'body'> & {
        /** Line of each contract field present in the front matter (lineOf). */
        lines: Record<string, number>;
        /** The body is the text from here on. */
        bodyStart: number;
      }
    : never
  : never;

/** The record of `checked`, or undefined when its body is not the end of `text` (then it cannot be rebuilt). */
export function recordOf(checked: CheckedFile, text: string): CheckedRecord | undefined {
  if (!text.endsWith(checked.body)) return undefined;
  return plainRecord(checked, text.length - checked.body.length);
}

function plainRecord(checked: CheckedFile, bodyStart: number): CheckedRecord {
  const { file: _file, lineOf, body: _body, ...rest } = checked;
  const names: readonly string[] = checked.kind === 'event' ? EVENT_FIELDS : ARTICLE_FIELDS;
  const lines: Record<string, number> = {};
  for (const name of names) {
    const line = lineOf(name);
    if (line !== undefined) lines[name] = line;
  }
  return { ...rest, lines, bodyStart };
}

/** The checked file a record was made from. */
export function checkedOf(record: CheckedRecord, file: string, text: string): CheckedFile {
  const { lines, bodyStart, ...checked } = record;
  return { ...checked, file, lineOf: (field: string) => lines[field], body: text.slice(bodyStart) };
}

/** A checked file as plain data, for another thread: its record, with its body when its text does not end with it. */
export interface CheckedMessage {
  file: string;
  record: CheckedRecord;
  body?: string;
}

export function messageOf(checked: CheckedFile, text: string): CheckedMessage {
  const record = recordOf(checked, text);
  return record
    ? { file: checked.file, record }
    : { file: checked.file, record: plainRecord(checked, text.length), body: checked.body };
}

/** The checked file a message was made from. */
export function checkedOfMessage({ file, record, body }: CheckedMessage, text: string): CheckedFile {
  const checked = checkedOf(record, file, text);
  return body === undefined ? checked : { ...checked, body };
}
