/**
 * Folder-level I/O for dist/: write a whole folder atomically, read one back.
 * writeDirAtomic writes every file into a temporary sibling folder, fsyncs files and folders, then swaps it in
 * (rename the old folder away, rename the new one in, remove the old one). openDirAtomic does the same file by
 * file, for outputs too large to hold at once (a file may be written as a sequence of chunks). On any failure before the swap the
 * previous folder is untouched and the temporary folder is removed; a failure during the swap puts the old
 * folder back.
 */
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { PipelineError } from '../errors.ts';
import type { FileDigest } from './hash.ts';

/** Checks a relative file path of the folder: forward slashes, no "..", no absolute path, no empty segment. */
export function checkRelativePath(relative: string): string | undefined {
  if (relative === '' || relative.startsWith('/') || /^[A-Za-z]:/.test(relative) || relative.includes('\\')) {
    return 'must be a relative path with forward slashes';
  }
  if (relative.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return 'must not contain empty, "." or ".." segments';
  if (relative.includes('\0')) return 'must not contain NUL';
  return undefined;
}

async function fsyncPath(p: string): Promise<void> {
  let handle;
  try {
    handle = await open(p, 'r');
    await handle.sync();
  } catch (error) {
    // Folders cannot be opened or synced on some platforms (Windows: EISDIR/EPERM): durability is best effort there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces `outDir` with a folder holding exactly `files` (relative path → content; strings are written as UTF-8).
 * Throws PipelineError `dist-write-failed` (the previous `outDir` left as it was) when anything goes wrong.
 */
export async function writeDirAtomic(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  for (const relative of files.keys()) {
    const problem = checkRelativePath(relative);
    if (problem) throw dirWriteError(outDir, `file path "${relative}" ${problem}`, undefined);
  }
  const dir = await openDirAtomic(outDir);
  try {
    for (const [relative, content] of files) await dir.write(relative, content);
  } catch (error) {
    await dir.abort();
    throw error;
  }
  await dir.commit();
}

function dirWriteError(outDir: string, message: string, cause: unknown): PipelineError {
  return new PipelineError('dist-write-failed', `Could not write ${outDir}: ${message}. The previous folder was left untouched.`, {
    hint: 'Check free space and permissions of the output folder, then run the build again.',
    cause,
  });
}

/** A folder being written: files go to a temporary sibling, `commit` swaps it in, `abort` removes it. */
export interface AtomicDir {
  /**
   * Writes one file (a string, bytes, or chunks of text rendered one after the other, never held together) and
   * returns its size and sha256. A path already written is replaced.
   */
  write(relative: string, content: string | Uint8Array | Iterable<string>): Promise<FileDigest>;
  /**
   * Opens one file to be written piece by piece (several files may be open at once: a dataset's CSV, JSON and
   * JSON-LD are written side by side from the same chunks of records); `close` gives its size and sha256.
   */
  open(relative: string): Promise<FileWriter>;
  /** fsyncs, then replaces `outDir` with the folder written (the only moment it is briefly absent). */
  commit(): Promise<void>;
  /** Removes the temporary folder; `outDir` is left as it was. */
  abort(): Promise<void>;
}

/** A file of an AtomicDir being written. */
export interface FileWriter {
  write(data: string | Uint8Array): Promise<void>;
  /** fsyncs and closes the file; its size and sha256. */
  close(): Promise<FileDigest>;
}

/** Starts writing `outDir` atomically (see writeDirAtomic, which is open + write + commit). */
export async function openDirAtomic(outDir: string): Promise<AtomicDir> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temp = `${target}.tmp-${suffix}`;
  const old = `${target}.old-${suffix}`;
  const fail = (message: string, cause: unknown) => dirWriteError(outDir, message, cause);
  const cleanup = () => rm(temp, { recursive: true, force: true }).catch(() => undefined);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(temp);
  } catch (error) {
    await cleanup();
    throw fail((error as Error).message, error);
  }
  const folders = new Set<string>([temp]);
  let done = false;

  const open_ = async (relative: string): Promise<FileWriter> => {
    const problem = checkRelativePath(relative);
    if (problem) throw fail(`file path "${relative}" ${problem}`, undefined);
    const wrap = (error: unknown) => (error instanceof PipelineError ? error : fail((error as Error).message, error));
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      const file = path.join(temp, ...relative.split('/'));
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      handle = await open(file, 'w');
    } catch (error) {
      throw wrap(error);
    }
    const hash = createHash('sha256');
    let bytes = 0;
    return {
      async write(data) {
        const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
        hash.update(buffer);
        bytes += buffer.byteLength;
        try {
          await handle.write(buffer);
        } catch (error) {
          await handle.close().catch(() => undefined);
          throw wrap(error);
        }
      },
      async close() {
        try {
          await handle.sync();
        } catch (error) {
          throw wrap(error);
        } finally {
          await handle.close().catch(() => undefined);
        }
        return { bytes, sha256: hash.digest('hex') };
      },
    };
  };

  const write = async (relative: string, content: string | Uint8Array | Iterable<string>): Promise<FileDigest> => {
    const file = await open_(relative);
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await file.write(content);
      else for (const chunk of content) await file.write(chunk);
    } catch (error) {
      await file.close().catch(() => undefined);
      throw error instanceof PipelineError ? error : fail((error as Error).message, error);
    }
    return file.close();
  };

  const commit = async (): Promise<void> => {
    if (done) return;
    done = true;
    try {
      // Deepest folders first, so that each folder's entries are durable before its parent's.
      for (const folder of [...folders].sort((a, b) => b.length - a.length)) await fsyncPath(folder);
    } catch (error) {
      await cleanup();
      throw error instanceof PipelineError ? error : fail((error as Error).message, error);
    }
    // Swap: the only moment outDir is briefly absent is between the two renames.
    const hadOld = await exists(target);
    try {
      if (hadOld) await rename(target, old);
      try {
        await rename(temp, target);
      } catch (error) {
        if (hadOld) await rename(old, target);
        throw error;
      }
    } catch (error) {
      await cleanup();
      throw fail((error as Error).message, error);
    }
    await fsyncPath(parent).catch(() => undefined);
    // The new folder is in place: failing to remove the old copy is not a failed write.
    await rm(old, { recursive: true, force: true }).catch(() => undefined);
  };

  const abort = async (): Promise<void> => {
    if (done) return;
    done = true;
    await cleanup();
  };

  return { write, open: open_, commit, abort };
}

/** Reads every regular file under `dir` into relative path (forward slashes) → bytes, sorted by path. */
export async function readDirFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const root = path.resolve(dir);
  const out: [string, Uint8Array][] = [];
  async function walk(folder: string, prefix: string): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full, relative);
      else if (entry.isFile()) out.push([relative, new Uint8Array(await readFile(full))]);
    }
  }
  await walk(root, '');
  out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(out);
}
