/**
 * Digest of some of the tool's own source files: part of a cache's key, so that editing the code a cache entry
 * depends on invalidates it even when nobody bumped a version. Read once per set of folders and process.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const digests = new Map<string, string>();

/** sha256 (16 hex digits) of the files under `folders` whose names end with one of `extensions`, in path order. */
export function codeDigest(folders: readonly URL[], extensions: readonly string[] = ['.ts']): string {
  const roots = folders.map((f) => f.pathname);
  const id = JSON.stringify([roots, extensions]);
  const known = digests.get(id);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  try {
    for (const root of roots) {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
          const p = path.join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else if (extensions.some((e) => name.endsWith(e))) files.push(p);
        }
      };
      walk(root);
      for (const f of files) hash.update(`${path.basename(root)}/${path.relative(root, f)}\0`).update(readFileSync(f)).update('\0');
    }
  } catch {
    // Code not readable as files (bundled): the declared versions alone key the cache.
    digests.set(id, 'no-source');
    return 'no-source';
  }
  const digest = hash.digest('hex').slice(0, 16);
  digests.set(id, digest);
  return digest;
}
