/**
 * Gate: two builds of the same commit give identical files. Compares two dist/
 * folders byte for byte; pure function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../dist.ts';

export interface Difference {
  file: string;
  problem: string;
}

export function compareBuilds(a: string, b: string): Difference[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const differences: Difference[] = [];
  for (const file of filesA) {
    if (!filesB.has(file)) {
      differences.push({ file, problem: 'only in the first build' });
      continue;
    }
    filesB.delete(file);
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (!bytesA.equals(bytesB)) differences.push({ file, problem: firstDifference(bytesA, bytesB) });
  }
  for (const file of filesB) differences.push({ file, problem: 'only in the second build' });
  return differences;
}

/** Where two files first differ, with some context, to make the cause findable. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `differ at byte ${i} (${a.length} vs ${b.length} bytes): ${around(a)} vs ${around(b)}`;
}
