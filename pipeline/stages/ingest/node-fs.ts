/**
 * Ingest stage: the file-system capabilities the shell uses, as an interface (so tests and a future stage
 * context can supply their own) and its node:fs implementation. The only ingest module importing node:fs.
 */
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';

export interface SourceStats {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface SourceDirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** Read-only file-system access, as the ingest shell needs it. Errors carry Node's `code` (ENOENT…). */
export interface SourceFs {
  /** Follows symbolic links. */
  stat(path: string): Promise<SourceStats>;
  /** Does not follow symbolic links. */
  lstat(path: string): Promise<SourceStats>;
  readdir(path: string): Promise<SourceDirEntry[]>;
  realpath(path: string): Promise<string>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeSourceFs: SourceFs = {
  stat: (path) => stat(path),
  lstat: (path) => lstat(path),
  readdir: (path) => readdir(path, { withFileTypes: true }),
  realpath: (path) => realpath(path),
  readFile: (path) => readFile(path),
};
