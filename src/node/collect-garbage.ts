/**
 * A full garbage collection, now. Node gives a program no `gc()` unless it
 * starts with --expose-gc; this takes V8's own, in a context of its own, as
 * the `expose-gc` package does, and leaves the program's globals alone.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
  }
  gc();
}
