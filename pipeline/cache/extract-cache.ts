/**
 * Incremental builds: a per-document cache of what extraction found, on disk.
 *
 * One JSON file per document content: `<dir>/extract/<version>/<key>.json`, where the key hashes everything
 * extraction reads (the source's bytes and metadata) and everything that decides how it reads them
 * (EXTRACT_VERSION and a digest of the extract stage's own code, which also name the `<version>` folder). Entries
 * of other versions can never be read again by this code: `pruneOtherVersions` keeps the few most recently used
 * (switching between branches stays cheap) and removes the rest, which would otherwise pile up with every
 * update of the tool (hundreds of MB per version on a large corpus). The file holds
 *   - `summary`: the acronyms the document defines and the acronym-like tokens it contains (pass 1);
 *   - `extracted`: its facts and issues, with the known acronyms they were extracted with (pass 2).
 * Extraction of a document depends on the acronyms defined elsewhere only through the tokens the document
 * contains (see `relevantKnown`), so an entry stays valid when another document defines an acronym this one
 * never writes. A stale `extracted` part (other relevant acronyms) is recomputed and the file rewritten.
 *
 * Writes are atomic (temporary file + rename), so parallel builds sharing a cache folder never read half a file.
 * A file that does not parse or does not match its key is treated as missing. This module does I/O (it is an
 * edge, like io/): the pure key helpers are exported for tests.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { Fact, Issue, SourceDocument } from '../types/domain.ts';
import { codeDigest } from './code-digest.ts';

/** Format of the cache files; bump when their shape changes. */
export const CACHE_FORMAT = 1;

/** What pass 1 learns from a document: its defined acronyms and its acronym-like tokens. */
export interface DocumentSummary {
  defined: string[];
  tokens: string[];
}

/** What pass 2 found in a document, and the known acronyms (relevant to it) it was extracted with. */
export interface DocumentExtraction {
  known: string[];
  facts: Fact[];
  issues: Issue[];
}

interface CacheFile {
  format: number;
  key: string;
  source: string;
  summary: DocumentSummary;
  extracted?: DocumentExtraction;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The document fields extraction may read, besides its text (identified by the sha256 of its bytes). */
export function documentKeyMaterial(doc: Omit<SourceDocument, 'text'>): string {
  return JSON.stringify([doc.id, doc.file, doc.title, doc.language, doc.origin, doc.licence, doc.date, doc.sha256]);
}

/** Cache key of a document: its bytes and metadata, the extractor version and the extract code digest. */
export function documentCacheKey(doc: Omit<SourceDocument, 'text'>, version: string): string {
  return sha256(`${CACHE_FORMAT}\n${version}\n${documentKeyMaterial(doc)}`);
}

/** The known acronyms that can change a document's extraction: those among its tokens, sorted. */
export function relevantKnown(tokens: readonly string[], known: ReadonlySet<string>): string[] {
  return tokens.filter((t) => known.has(t)).sort();
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Digest of the extract stage's source files (pipeline/stages/extract/**): part of every key, so that editing an
 * extractor invalidates the cache even when nobody bumped its version.
 */
export function extractCodeDigest(): string {
  return codeDigest([new URL('../stages/extract/', import.meta.url)]);
}

export interface CacheStats {
  summaryHits: number;
  summaryMisses: number;
  factHits: number;
  factMisses: number;
}

/** Cache files written at once. */
const WRITE_CONCURRENCY = 16;
/** Cache files read at once. */
const READ_CONCURRENCY = 32;

/** Versions of the cache kept besides the current one, the most recently used first. */
export const KEEP_OTHER_VERSIONS = 2;

/** The file whose modification time says when a version folder was last used by a build. */
const USED_MARKER = 'last-used';

/** The on-disk cache of one build. `version` = EXTRACT_VERSION (+ code digest); tests pass their own. */
export class ExtractCache {
  /** The folder of this version's entries. */
  readonly dir: string;
  readonly version: string;
  readonly stats: CacheStats = { summaryHits: 0, summaryMisses: 0, factHits: 0, factMisses: 0 };
  private readonly entries = new Map<string, CacheFile>();
  private ready: Promise<void> | undefined;
  /** The folder of every version's folder. */
  private readonly root: string;

  constructor(dir: string, version: string) {
    this.root = path.join(dir, 'extract');
    this.dir = path.join(this.root, sha256(version).slice(0, 16));
    this.version = version;
  }

  /**
   * Marks this version as used now, then removes the folders of the other versions but the KEEP_OTHER_VERSIONS
   * most recently used (and entries of the layout before versions had folders). Failures are ignored: a cache
   * that cannot be pruned only takes room.
   */
  async pruneOtherVersions(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(path.join(this.dir, USED_MARKER), ''); // its modification time: now
      const others: Array<{ folder: string; used: number }> = [];
      for (const entry of await readdir(this.root, { withFileTypes: true })) {
        const folder = path.join(this.root, entry.name);
        if (!entry.isDirectory() || folder === this.dir) continue;
        // Two hex digits: a folder of the layout before versions (its entries are of some older version).
        if (/^[0-9a-f]{2}$/.test(entry.name)) {
          await rm(folder, { recursive: true, force: true });
          continue;
        }
        if (!/^[0-9a-f]{16}$/.test(entry.name)) continue;
        const used = await stat(path.join(folder, USED_MARKER)).then((st) => st.mtimeMs, () => 0);
        others.push({ folder, used });
      }
      others.sort((a, b) => b.used - a.used);
      for (const { folder } of others.slice(KEEP_OTHER_VERSIONS)) await rm(folder, { recursive: true, force: true });
    } catch {
      // Only room is lost.
    }
  }

  keyOf(doc: Omit<SourceDocument, 'text'>): string {
    return documentCacheKey(doc, this.version);
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  private async load(doc: Omit<SourceDocument, 'text'>): Promise<CacheFile | undefined> {
    const key = this.keyOf(doc);
    const cached = this.entries.get(key);
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(this.fileOf(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const file = JSON.parse(text) as CacheFile;
      if (file.format !== CACHE_FORMAT || file.key !== key || file.source !== doc.id || !file.summary) return undefined;
      return file;
    } catch {
      return undefined;
    }
  }

  /** Pass 1: the document's summary, if cached. */
  async getSummary(doc: Omit<SourceDocument, 'text'>): Promise<DocumentSummary | undefined> {
    const file = await this.load(doc);
    if (file) {
      this.entries.set(file.key, file);
      this.stats.summaryHits++;
      return file.summary;
    }
    this.stats.summaryMisses++;
    return undefined;
  }

  /**
   * Pass 1 for a corpus: the documents' summaries (undefined where not cached), in document order. Files are read
   * READ_CONCURRENCY at a time: one after the other, thousands of small reads spent seconds waiting for the disk.
   */
  getSummaries(docs: readonly Omit<SourceDocument, 'text'>[]): Promise<Array<DocumentSummary | undefined>> {
    const limit = pLimit(READ_CONCURRENCY);
    return Promise.all(docs.map((doc) => limit(() => this.getSummary(doc))));
  }

  /** Pass 2: the document's facts, if cached for the same relevant known acronyms. */
  async getExtraction(doc: Omit<SourceDocument, 'text'>, known: readonly string[]): Promise<DocumentExtraction | undefined> {
    const key = this.keyOf(doc);
    const file = this.entries.get(key) ?? (await this.load(doc));
    this.entries.delete(key);
    if (file?.extracted && sameList(file.extracted.known, known)) {
      this.stats.factHits++;
      return file.extracted;
    }
    if (file) this.entries.set(key, file);
    this.stats.factMisses++;
    return undefined;
  }

  /** Remembers a summary computed in pass 1 (written with the facts in pass 2, or alone by `flush`). */
  putSummary(doc: Omit<SourceDocument, 'text'>, summary: DocumentSummary): void {
    const key = this.keyOf(doc);
    this.entries.set(key, { format: CACHE_FORMAT, key, source: doc.id, summary });
  }

  /**
   * Writes a document's summary and extraction (atomically), in the background: up to WRITE_CONCURRENCY files at
   * once (thousands of small files written one by one spent seconds waiting for the file system); `flush` waits.
   */
  async putExtraction(doc: Omit<SourceDocument, 'text'>, summary: DocumentSummary, extracted: DocumentExtraction): Promise<void> {
    const key = this.keyOf(doc);
    this.entries.delete(key);
    this.writeLater({ format: CACHE_FORMAT, key, source: doc.id, summary, extracted });
  }

  /**
   * Waits for the writes under way, then writes the summaries that pass 2 did not (documents of other shards):
   * the next build skips their pass 1.
   */
  async flush(): Promise<void> {
    const pending = [...this.entries.values()].filter((f) => !f.extracted);
    this.entries.clear();
    for (const f of pending) this.writeLater(f);
    await Promise.all(this.writing);
    this.writing.length = 0;
  }

  private readonly limit = pLimit(WRITE_CONCURRENCY);
  private readonly writing: Promise<void>[] = [];

  private writeLater(file: CacheFile): void {
    this.writing.push(this.limit(() => this.write(file)));
  }

  private async write(file: CacheFile): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    await this.ready;
    const target = this.fileOf(file.key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, JSON.stringify(file));
      await rename(temp, target);
    } catch {
      // A cache that cannot be written only costs time next build.
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Number of entries on disk (for tests and the benchmark). */
  async size(): Promise<number> {
    let n = 0;
    for (const sub of await readdir(this.dir).catch(() => [] as string[])) {
      if (sub === USED_MARKER) continue;
      n += (await readdir(path.join(this.dir, sub)).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).length;
    }
    return n;
  }
}
