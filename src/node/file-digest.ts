/** A file's bytes as a short digest, read once per build: images shown in bodies are part of their pages' keys. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const digests = new Map<string, string>();

export function fileDigest(path: string): string {
  let digest = digests.get(path);
  if (digest === undefined) {
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(path);
    } catch {
      bytes = 'missing';
    }
    digests.set(path, (digest = createHash('sha1').update(bytes).digest('base64url')));
  }
  return digest;
}
