/**
 * A worker of check-workers.ts: checks its share of the files and sends back
 * their records, in the order given.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from '../lib/validation/check-file.ts';
import { recordOf } from './checked-record.ts';
import type { CheckItem } from './check-workers.ts';

const { items, siteTimeZone } = workerData as { items: CheckItem[]; siteTimeZone: string };
parentPort?.postMessage(
  items.map((item) => recordOf(checkFile(item.file, item.text, item.kind, siteTimeZone), item.text)),
);
