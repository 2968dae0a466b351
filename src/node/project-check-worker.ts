/**
 * The thread of project-check-thread.ts: runs the content check, posts the
 * files' texts as soon as they are read, then the check as plain data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProject, type ProjectCheckOptions } from './check-project.ts';
import { messageOf } from './checked-record.ts';
import type { CheckMessage } from './project-check-thread.ts';

const { root, options } = workerData as { root: string; options: ProjectCheckOptions };
const post = (message: CheckMessage) => parentPort?.postMessage(message);
const { checked, texts, ...check } = await checkProject(root, { ...options, onRead: (read) => post({ texts: read }) });
post({ check: { ...check, checked: checked.map((file) => messageOf(file, texts.get(file.file) ?? '')) } });
