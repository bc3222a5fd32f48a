/** Test helpers: small dist/ folders in temp dirs, both emulators, and a captured run of the publish command. */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPublishCommand, type PublishOverrides } from '../../pipeline/stages/publish/command.ts';
import { startGithubEmulator, type GithubEmulator, type GithubEmulatorOptions } from '../../emulators/github.ts';
import { startUdataEmulator, type UdataEmulator, type UdataEmulatorOptions } from '../../emulators/udata.ts';
import { expect } from 'vitest';

export const GITHUB_TOKEN = 'ghp_testtoken_0123456789abcdef';
export const CATALOGUE_KEY = 'udata_testkey_0123456789abcdef';

export type DatasetRecords = Record<string, Record<string, unknown>[]>;

export const BASE_RECORDS: DatasetRecords = {
  sources: [
    { id: 'src-1', title: 'Rapport', date: '2019-10-25' },
    { id: 'src-2', title: 'Circulaire', date: '2023' },
  ],
  organisations: [
    { id: 'org-dinum', name: 'Direction interministérielle du numérique', acronym: 'DINUM' },
    { id: 'org-anssi', name: "Agence nationale de la sécurité des systèmes d'information", acronym: 'ANSSI' },
  ],
  events: [{ id: 'evt-1', date: '2019-10-25', label: 'Création de la DINUM' }],
};

function csv(records: Record<string, unknown>[]): string {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[keys.join(','), ...records.map((r) => keys.map((k) => cell(r[k])).join(','))].join('\n')}\n`;
}

/** Writes a dist/ like the package stage does (flat files, schemas/, manifest, SHA256SUMS). Returns its path. */
export async function writeDist(dir: string, records: DatasetRecords = BASE_RECORDS, extra: Record<string, string> = {}): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'schemas'), { recursive: true });
  const files: Record<string, string> = {};
  for (const [name, recs] of Object.entries(records)) {
    files[`${name}.csv`] = csv(recs);
    files[`${name}.json`] = `${JSON.stringify({ dataset: name, version: '1', records: recs }, null, 2)}\n`;
    files[`${name}.jsonld`] = `${JSON.stringify({ '@context': { '@vocab': 'https://schema.org/' }, '@graph': recs.map((r) => ({ '@id': `urn:etat-numerique:${String(r.id)}`, ...r })) }, null, 2)}\n`;
    files[`schemas/${name}.schema.json`] = `${JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `https://example.org/schemas/${name}.schema.json`, type: 'object' }, null, 2)}\n`;
  }
  files['build-manifest.json'] = `${JSON.stringify(
    {
      tool: { name: 'etat-numerique', version: '0.1.0' },
      sources: (records.sources ?? []).map((s) => ({ id: String(s.id), sha256: createHash('sha256').update(String(s.id)).digest('hex') })),
      counts: Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length])),
    },
    null,
    2,
  )}\n`;
  files['datapackage.json'] = `${JSON.stringify({ name: 'etat-numerique', resources: Object.keys(records).map((n) => ({ name: n, path: `${n}.csv` })) }, null, 2)}\n`;
  Object.assign(files, extra);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  const sums = Object.keys(files)
    .sort()
    .map((rel) => `${createHash('sha256').update(files[rel] as string).digest('hex')}  ${rel}`)
    .join('\n');
  await writeFile(path.join(dir, 'SHA256SUMS'), `${sums}\n`);
  return dir;
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'etat-numerique-publish-'));
}

export interface Emulators {
  github: GithubEmulator;
  udata: UdataEmulator;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** Starts both emulators; env points the publisher at them, with tiny backoff and timeouts for fast tests. */
export async function startEmulators(opts: { github?: GithubEmulatorOptions; udata?: UdataEmulatorOptions } = {}): Promise<Emulators> {
  const github = await startGithubEmulator({ token: GITHUB_TOKEN, ...opts.github });
  const udata = await startUdataEmulator({ apiKeys: { [CATALOGUE_KEY]: { user: 'publisher' } }, ...opts.udata });
  const env: NodeJS.ProcessEnv = {
    GITHUB_TOKEN,
    GITHUB_REPOSITORY: 'etalab/etat-numerique',
    GITHUB_API_URL: github.url,
    CATALOGUE_URL: udata.url,
    CATALOGUE_API_KEY: CATALOGUE_KEY,
    CATALOGUE_ORGANIZATION: udata.organization.slug,
    CATALOGUE_DATASET: 'etat-numerique',
    PUBLISH_TIMEOUT_MS: '2000',
    PUBLISH_MAX_RETRIES: '4',
    PUBLISH_RETRY_BASE_MS: '1',
    PUBLISH_RETRY_MAX_MS: '10',
    PUBLISH_RETRY_BUDGET_MS: '60000',
    PUBLISH_CONCURRENCY: '3',
  };
  return { github, udata, env, close: async () => void (await Promise.all([github.close(), udata.close()])) };
}

export interface RunResult {
  code: number;
  stdout: string[];
  stderr: string[];
  /** Every wait the retry logic asked for, in ms. */
  sleeps: number[];
  output: string;
}

/** Runs the command with captured output; waits are recorded and shortened to at most 5 ms. */
export async function run(argv: string[], env: NodeJS.ProcessEnv, overrides: PublishOverrides = {}): Promise<RunResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const sleeps: number[] = [];
  const code = await runPublishCommand(
    argv,
    env,
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) },
    {
      sleep: async (ms) => {
        sleeps.push(ms);
        await new Promise((r) => setTimeout(r, Math.min(ms, 5)));
      },
      ...overrides,
    },
  );
  return { code, stdout, stderr, sleeps, output: [...stdout, ...stderr].join('\n') };
}

/** Files of the default test dist: 3 datasets × (csv, json, jsonld, schema) + manifest, datapackage, SHA256SUMS. */
export const FILES = 3 * 4 + 3;

/** Requests to the GitHub upload host, and catalogue uploads, as the emulators recorded them. */
export const uploadsOf = (emu: Emulators) => emu.github.requests.filter((r) => r.server === 'uploads');
export const catalogueUploadsOf = (emu: Emulators) => emu.udata.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/upload/'));

/** One published release with every file once, and one catalogue dataset with one resource per file. */
export function expectPublishedOnce(emu: Emulators, files = FILES): void {
  expect(emu.github.releases).toHaveLength(1);
  const release = emu.github.releases[0]!;
  expect(release.draft).toBe(false);
  const names = emu.github.assets.filter((a) => a.releaseId === release.id).map((a) => a.name);
  expect(names).toHaveLength(files);
  expect(new Set(names).size).toBe(files);
  expect(emu.github.assets.every((a) => a.state === 'uploaded')).toBe(true);
  expect(emu.udata.datasets).toHaveLength(1);
  const resources = emu.udata.datasets[0]!.resources;
  expect(resources).toHaveLength(files);
  expect(new Set(resources.map((r) => r.extras['etat-numerique:file'])).size).toBe(files);
}
