/**
 * The build's content check (check-project.ts) in a thread of its own, so
 * that Astro starts up and the content loaders render the changed Markdown on
 * the main thread meanwhile. Checked on the main thread, a cold build at
 * 5,000 + 5,000 entries spent its first 5 s on the check alone, with the
 * machine's second core idle.
 *
 * The files' texts come first, as soon as they are read (the loaders render
 * from them), then the whole check. Each checked file crosses as plain data
 * (checked-record.ts), as the check's cache keeps it between builds.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProjectCheck, ProjectCheckOptions } from './check-project.ts';
import { checkedOfMessage, type CheckedMessage } from './checked-record.ts';

/** What the thread posts: the texts, then the check. */
export type CheckMessage =
  { texts: Map<string, string> } | { check: Omit<ProjectCheck, 'checked' | 'texts'> & { checked: CheckedMessage[] } };

export interface ProjectCheckInThread {
  /** Each content file's text, by path from the project root. */
  texts: Promise<ReadonlyMap<string, string>>;
  check: Promise<ProjectCheck>;
  /** Ends the thread: for a check started for options the build turned out not to use (early-check.ts). */
  stop: () => void;
}

// A path, not `new URL(…, import.meta.url)`: Vite, which loads this with astro.config.mjs, rewrites that pattern.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'project-check-worker.ts');

export function checkProjectInThread(
  root: string,
  options: Omit<ProjectCheckOptions, 'onRead' | 'saveCacheLater'>,
): ProjectCheckInThread {
  const worker = new Worker(WORKER, { workerData: { root, options } });
  let texts: Map<string, string> | undefined;
  let textsRead: (texts: Map<string, string>) => void = () => undefined;
  const textsPromise = new Promise<Map<string, string>>((resolve) => (textsRead = resolve));
  const check = new Promise<ProjectCheck>((resolve, reject) => {
    worker.on('message', (message: CheckMessage) => {
      if ('texts' in message) {
        texts = message.texts;
        textsRead(texts);
        return;
      }
      const read = texts ?? new Map<string, string>();
      const { checked, ...rest } = message.check;
      resolve({
        ...rest,
        checked: checked.map((m) => checkedOfMessage(m, read.get(m.file) ?? '')),
        texts: read,
      });
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the content check stopped before it finished (exit code ${code})`)),
    );
  });
  // A check that fails before the texts are read fails both.
  const textsOrFailure = Promise.race([textsPromise, check.then(() => textsPromise)]);
  // Awaited by the loaders (and the check by content-guard.ts): not an unhandled rejection meanwhile.
  textsOrFailure.catch(() => undefined);
  check.catch(() => undefined);
  return { texts: textsOrFailure, check, stop: () => void worker.terminate() };
}
