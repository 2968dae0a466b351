/**
 * The thread of project-check-thread.ts: runs the content check, posts the
 * files' texts as soon as they are read, then the check as plain data, and
 * only then keeps its results for the next build (the build waits for the
 * check, not for that file: 0.3 s at 5,000 + 5,000 entries).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProject, type ProjectCheckOptions } from './check-project.ts';
import { messageOf } from './checked-record.ts';
import type { CheckMessage } from './project-check-thread.ts';

const { root, options } = workerData as { root: string; options: ProjectCheckOptions };
const post = (message: CheckMessage) => parentPort?.postMessage(message);
let saveCache = () => undefined as void;
const { checked, texts, ...check } = await checkProject(root, {
  ...options,
  onRead: (read) => post({ texts: read }),
  saveCacheLater: (save) => (saveCache = save),
});
post({ check: { ...check, checked: checked.map((file) => messageOf(file, texts.get(file.file) ?? '')) } });
try {
  saveCache();
} catch (error) {
  console.warn(
    `content check: its results could not be kept for the next build (${(error as Error).message}); the next build checks every file again`,
  );
}
