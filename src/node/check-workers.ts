/**
 * The per-file part of the content check on every core. On a cold build it is
 * most of the check (YAML, bodies parsed for their facts, raw HTML looked at
 * for repairs), the files are independent, and Astro waits for it before it
 * reads any content. Each worker thread checks a share of the files, balanced
 * by their size, and sends back records (checked-record.ts); the result is the
 * same as checking them in order on this thread (tests/unit/check-workers.test.ts).
 *
 * A worker costs about a quarter of a second to load the checking code, so a
 * few hundred files stay on this thread. A worker that cannot start or fails
 * leaves its share to this thread: the check is never skipped.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type CheckedFile, type ContentKind } from '../lib/validation/check-file.ts';
import { checkedOf, type CheckedRecord } from './checked-record.ts';

export interface CheckItem {
  file: string;
  text: string;
  kind: ContentKind;
}

/** Below this many files to check, workers would cost more than they save. */
export const WORKER_MIN_FILES = 300;

export interface CoreCheck {
  files: CheckedFile[];
  /** How many workers checked their share (0: all on this thread). */
  workers: number;
}

/** The workers to use for `count` files: one per core, none for a small batch. */
export function workersFor(count: number): number {
  return count < WORKER_MIN_FILES ? 0 : Math.min(availableParallelism(), 8);
}

export async function checkFilesOnCores(
  items: readonly CheckItem[],
  siteTimeZone: string,
  workers = workersFor(items.length),
): Promise<CoreCheck> {
  const onThisThread = (item: CheckItem) => checkFile(item.file, item.text, item.kind, siteTimeZone);
  if (workers < 1 || items.length === 0) return { files: items.map(onThisThread), workers: 0 };
  const files: CheckedFile[] = [];
  const done = await Promise.all(
    shares(items, workers).map(async (indices) => {
      const share = indices.map((i) => items[i]!);
      const records = await inWorker(share, siteTimeZone);
      share.forEach((item, k) => {
        const record = records?.[k];
        files[indices[k]!] = record ? checkedOf(record, item.file, item.text) : onThisThread(item);
      });
      return records !== undefined;
    }),
  );
  return { files, workers: done.filter(Boolean).length };
}

/** Indices of `items` in `count` shares of about equal text length. */
function shares(items: readonly CheckItem[], count: number): number[][] {
  const result = Array.from({ length: Math.min(count, items.length) }, () => ({ size: 0, indices: [] as number[] }));
  const bySize = items.map((item, i) => ({ i, size: item.text.length })).sort((a, b) => b.size - a.size);
  for (const { i, size } of bySize) {
    const smallest = result.reduce((a, b) => (b.size < a.size ? b : a));
    smallest.size += size;
    smallest.indices.push(i);
  }
  return result.map((s) => s.indices.sort((a, b) => a - b));
}

/** The records of one share, or undefined when the worker could not do it. */
function inWorker(
  items: readonly CheckItem[],
  siteTimeZone: string,
): Promise<(CheckedRecord | undefined)[] | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { items, siteTimeZone } });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (records: (CheckedRecord | undefined)[]) => resolve(records));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
