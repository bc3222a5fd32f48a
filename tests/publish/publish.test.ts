import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../emulators/common.ts';
import { BASE_RECORDS, run, startEmulators, tempDir, writeDist, type Emulators, FILES, catalogueUploadsOf, expectPublishedOnce as expectPublishedOnceIn, uploadsOf } from './helpers.ts';


let emu: Emulators;
let dist: string;

beforeEach(async () => {
  emu = await startEmulators();
  dist = await writeDist(path.join(await tempDir(), 'dist'));
});

afterEach(async () => {
  await emu.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
});

const line = (r: RecordedRequest) => `${r.method} ${r.path}`;
const uploads = () => uploadsOf(emu);
const catalogueUploads = () => catalogueUploadsOf(emu);
const expectPublishedOnce = () => expectPublishedOnceIn(emu);


describe('publish: first publication', () => {
  it('builds the release as a draft, uploads every file to upload_url with its media type, publishes last', async () => {
    const r = await run(['--dist', dist], emu.env);
    expect(r.code, r.output).toBe(0);
    expectPublishedOnce();

    const writes = emu.github.writes();
    expect(writes[0]).toMatchObject({ method: 'POST', path: '/repos/etalab/etat-numerique/releases', server: 'api' });
    expect(writes.at(-1)).toMatchObject({ method: 'PATCH', server: 'api' });
    expect(writes.filter((w) => w.method === 'PATCH')).toHaveLength(1);
    expect(uploads()).toHaveLength(FILES);
    expect(uploads().every((u) => u.status === 201 && u.headers['content-length'] !== undefined)).toBe(true);
    // No upload went to the API host (Octokit's uploadReleaseAsset trap).
    expect(emu.github.requests.filter((q) => q.server === 'api' && q.method === 'POST' && q.path.endsWith('/assets'))).toHaveLength(0);

    const byName = new Map(emu.github.assets.map((a) => [a.name, a]));
    expect(byName.get('organisations.csv')?.content_type).toBe('text/csv');
    expect(byName.get('organisations.jsonld')?.content_type).toBe('application/ld+json');
    expect(byName.get('organisations.json')?.content_type).toBe('application/json');
    expect(byName.get('SHA256SUMS')?.content_type).toBe('text/plain');
    expect(byName.get('schemas--events.schema.json')).toBeDefined();
    const local = await readFile(path.join(dist, 'organisations.csv'));
    expect(byName.get('organisations.csv')?.data.equals(local)).toBe(true);

    const release = emu.github.releases[0]!;
    expect(release.tag_name).toMatch(/^data-\d{4}-\d{2}-\d{2}-[0-9a-f]{12}$/);
    expect(release.body).toContain('This is the first release.');
    expect(release.body).toContain('| organisations | 2 | first release |');
    expect(emu.github.tags.get(release.tag_name)).toBe(release.id);
  });

  it('creates the catalogue dataset with its metadata and one resource per file, schemas linked from CSV', async () => {
    const r = await run(['--dist', dist], emu.env);
    expect(r.code, r.output).toBe(0);
    const d = emu.udata.datasets[0]!;
    expect(d.title).toContain('État numérique');
    expect(d.description).toContain('Version des données');
    expect(d.description).not.toContain('Mise à jour en cours');
    expect(d.license).toBe('lov2');
    expect(d.frequency).toBe('weekly');
    expect(d.private).toBe(false);
    expect(d.organization).toBe(emu.udata.organization.id);
    expect(d.tags).toContain('numerique');
    expect(d.temporal_coverage?.start.slice(0, 10)).toBe('2019-10-25');
    expect(d.temporal_coverage?.end?.slice(0, 10)).toBe('2023-12-31');
    expect(d.extras).toMatchObject({ 'etat-numerique:dataset-key': 'etat-numerique', 'etat-numerique:status': 'complete' });

    const csv = d.resources.find((x) => x.title === 'organisations.csv')!;
    expect(csv).toMatchObject({ filetype: 'file', format: 'csv', mime: 'text/csv', type: 'main' });
    const local = await readFile(path.join(dist, 'organisations.csv'));
    expect(csv.filesize).toBe(local.length);
    expect(csv.checksum?.type).toBe('sha1');
    const schema = d.resources.find((x) => x.title === 'schemas--organisations.schema.json')!;
    expect(csv.schema?.url).toBe(`${emu.udata.url}/fr/datasets/r/${schema.id}`);
    expect(String(csv.description)).toMatch(/Empreinte SHA-256 : `[0-9a-f]{64}`/);
    // .jsonld is not in udata's default allow-list: published as .jsonld.json and said so.
    const jsonld = d.resources.find((x) => x.title === 'organisations.jsonld.json')!;
    expect(jsonld).toMatchObject({ format: 'json', mime: 'application/json' });
    expect(jsonld.description).toContain('JSON-LD');
    expect(d.resources.find((x) => x.title === 'SHA256SUMS.txt')).toBeDefined();
    // Every upload used the multipart part `file` and the trailing-slash routes.
    expect(emu.udata.requests.every((q) => q.status !== 308)).toBe(true);
    // `private` is sent explicitly on every dataset write.
    expect(emu.udata.writes().filter((w) => /\/datasets\/([^/]+\/)?$/.test(w.path) && w.method !== 'DELETE').length).toBeGreaterThan(0);
  });

  it('publishes .jsonld as is when the catalogue allows the extension', async () => {
    await emu.close();
    emu = await startEmulators({ udata: { allowedExtensions: ['csv', 'json', 'jsonld', 'txt'] } });
    const r = await run(['--dist', dist, '--only', 'catalogue'], emu.env);
    expect(r.code, r.output).toBe(0);
    const jsonld = emu.udata.datasets[0]!.resources.find((x) => x.title === 'organisations.jsonld')!;
    expect(jsonld).toMatchObject({ format: 'jsonld', mime: 'application/ld+json' });
  });

  it('works with GitHub Enterprise-style path prefixes (API and upload host)', async () => {
    await emu.close();
    emu = await startEmulators({ github: { apiPrefix: '/api/v3', uploadPrefix: '/api/uploads' } });
    const r = await run(['--dist', dist, '--only', 'github'], emu.env);
    expect(r.code, r.output).toBe(0);
    expect(uploads().every((u) => u.path.startsWith('/api/uploads/repos/'))).toBe(true);
    expect(emu.github.releases[0]?.draft).toBe(false);
  });

  it('follows pagination on both services', async () => {
    await emu.close();
    emu = await startEmulators({ github: { maxPerPage: 2 }, udata: { maxPageSize: 1 } });
    const first = await run(['--dist', dist], emu.env);
    expect(first.code, first.output).toBe(0);
    // A dataset created by someone else in the organisation, so that the lookup has several pages to read.
    emu.github.resetLog();
    emu.udata.resetLog();
    const again = await run(['--dist', dist], { ...emu.env, CATALOGUE_DATASET: 'etat-numerique' });
    expect(again.code, again.output).toBe(0);
    expect(emu.github.writes()).toEqual([]);
    expect(emu.udata.writes()).toEqual([]);
    expect(emu.github.requests.filter((q) => q.path.endsWith('/assets') && q.query.page !== undefined).length).toBeGreaterThan(1);
  });
});

describe('publish: re-runs', () => {
  it('sends no write request when nothing changed', async () => {
    expect((await run(['--dist', dist], emu.env)).code).toBe(0);
    emu.github.resetLog();
    emu.udata.resetLog();
    const r = await run(['--dist', dist], emu.env);
    expect(r.code, r.output).toBe(0);
    expect(emu.github.writes().map(line)).toEqual([]);
    expect(emu.udata.writes().map(line)).toEqual([]);
    expect(r.output).toContain('nothing sent');
  });

  it('makes a new release for changed data and replaces only the changed catalogue resources', async () => {
    expect((await run(['--dist', dist], emu.env)).code).toBe(0);
    const firstTag = emu.github.releases[0]!.tag_name;
    const before = new Map(emu.udata.datasets[0]!.resources.map((x) => [x.title, x.id]));
    await writeDist(dist, { ...BASE_RECORDS, organisations: [...BASE_RECORDS.organisations!, { id: 'org-cnil', name: 'CNIL', acronym: 'CNIL' }] });
    emu.github.resetLog();
    emu.udata.resetLog();

    const r = await run(['--dist', dist], emu.env);
    expect(r.code, r.output).toBe(0);
    expect(emu.github.releases).toHaveLength(2);
    const second = emu.github.releases[1]!;
    expect(second.tag_name).not.toBe(firstTag);
    expect(second.draft).toBe(false);
    expect(second.body).toContain(`Compared with the previous release, ${firstTag}.`);
    expect(second.body).toContain('| organisations | 3 | +1 records |');
    expect(second.body).toContain('| events | 1 | unchanged |');
    expect(second.body).toContain('`organisations.csv`');

    const replaced = catalogueUploads().map((q) => q.path);
    expect(replaced.every((p) => /\/resources\/[^/]+\/upload\/$/.test(p))).toBe(true);
    const titles = emu.udata.datasets[0]!.resources.filter((x) => replaced.some((p) => p.includes(x.id))).map((x) => x.title).sort();
    expect(titles).toEqual(['SHA256SUMS.txt', 'build-manifest.json', 'organisations.csv', 'organisations.json', 'organisations.jsonld.json']);
    // Same resource ids: replaced in place, nothing duplicated.
    const after = emu.udata.datasets[0]!.resources;
    expect(after).toHaveLength(FILES);
    for (const x of after) expect(before.get(x.title)).toBe(x.id);
    expect(emu.udata.datasets[0]!.extras['etat-numerique:status']).toBe('complete');
  });

  it('says "update in progress" on the dataset while resources are being replaced', async () => {
    expect((await run(['--dist', dist], emu.env)).code).toBe(0);
    await writeDist(dist, { ...BASE_RECORDS, events: [] });
    emu.udata.inject({ fault: { kind: 'status', status: 400, body: { message: 'refused' } }, method: 'POST', path: '/upload/', times: 100 });
    const r = await run(['--dist', dist, '--only', 'catalogue'], emu.env);
    expect(r.code).toBe(1);
    const d = emu.udata.datasets[0]!;
    expect(d.extras['etat-numerique:status']).toBe('updating');
    expect(d.description).toContain('Mise à jour en cours');
    emu.udata.clearFaults();
    expect((await run(['--dist', dist, '--only', 'catalogue'], emu.env)).code).toBe(0);
    expect(emu.udata.datasets[0]!.extras['etat-numerique:status']).toBe('complete');
    expect(emu.udata.datasets[0]!.description).not.toContain('Mise à jour en cours');
  });

  it('deletes resources whose file is gone only with --prune', async () => {
    expect((await run(['--dist', dist], emu.env)).code).toBe(0);
    const { events: _gone, ...rest } = BASE_RECORDS;
    await writeDist(dist, rest);
    const kept = await run(['--dist', dist, '--only', 'catalogue'], emu.env);
    expect(kept.code, kept.output).toBe(0);
    expect(kept.output).toMatch(/keep\s+resource events\.csv/);
    expect(emu.udata.writes().filter((w) => w.method === 'DELETE')).toHaveLength(0);
    expect(emu.udata.datasets[0]!.resources.some((x) => x.title === 'events.csv')).toBe(true);

    const pruned = await run(['--dist', dist, '--only', 'catalogue', '--prune'], emu.env);
    expect(pruned.code, pruned.output).toBe(0);
    expect(emu.udata.writes().filter((w) => w.method === 'DELETE')).toHaveLength(4);
    expect(emu.udata.datasets[0]!.resources.some((x) => String(x.title).startsWith('events'))).toBe(false);
  });
  it('repairs a published release of a mutable repository, and refuses to touch an immutable one', async () => {
    await emu.close();
    emu = await startEmulators({ github: { immutableReleases: false } });
    expect((await run(['--dist', dist, '--only', 'github'], emu.env)).code).toBe(0);
    emu.github.assets.splice(emu.github.assets.findIndex((a) => a.name === 'events.csv'), 1);
    const repaired = await run(['--dist', dist, '--only', 'github'], emu.env);
    expect(repaired.code, repaired.output).toBe(0);
    expect(emu.github.assets.filter((a) => a.name === 'events.csv')).toHaveLength(1);
    expect(emu.github.releases).toHaveLength(1);

    await emu.close();
    emu = await startEmulators();
    expect((await run(['--dist', dist, '--only', 'github'], emu.env)).code).toBe(0);
    emu.github.assets.splice(emu.github.assets.findIndex((a) => a.name === 'events.csv'), 1);
    emu.github.resetLog();
    const refused = await run(['--dist', dist, '--only', 'github'], emu.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.join('\n')).toContain('github-release-immutable-incomplete');
    expect(emu.github.writes()).toEqual([]);
  });
});

describe('publish: errors and secrets', () => {
  it('ends with a clear error and exit 1 on a bad catalogue API key', async () => {
    const r = await run(['--dist', dist, '--only', 'catalogue'], { ...emu.env, CATALOGUE_API_KEY: 'udata_wrong_key_123456' });
    expect(r.code).toBe(1);
    const err = r.stderr.join('\n');
    expect(err).toContain('401');
    expect(err).toContain('Invalid API token');
    expect(err).toContain('check CATALOGUE_API_KEY');
    expect(err).not.toContain('udata_wrong_key_123456');
    expect(emu.udata.writes()).toEqual([]);
  });

  it('ends with a clear error and exit 1 on a bad GitHub token', async () => {
    const r = await run(['--dist', dist, '--only', 'github'], { ...emu.env, GITHUB_TOKEN: 'ghp_wrong_token_123456' });
    expect(r.code).toBe(1);
    expect(r.stderr.join('\n')).toMatch(/401 \(Bad credentials/);
    expect(r.stderr.join('\n')).toContain('check GITHUB_TOKEN');
    expect(r.output).not.toContain('ghp_wrong_token_123456');
  });

  it('never prints a canary token: success, failures, dry run, usage errors and the step summary', async () => {
    const gh = 'CANARY_gh_9f8e7d6c5b4a';
    const key = 'CANARY_udata_1a2b3c4d5e';
    await emu.close();
    emu = await startEmulators({ github: { token: gh }, udata: { apiKeys: { [key]: { user: 'publisher' } } } });
    const summary = path.join(path.dirname(dist), 'summary.md');
    const env = { ...emu.env, GITHUB_TOKEN: gh, CATALOGUE_API_KEY: key, GITHUB_STEP_SUMMARY: summary };
    const outputs: string[] = [];
    const collect = async (argv: string[], e: NodeJS.ProcessEnv) => {
      const r = await run(argv, e);
      outputs.push(r.output);
      return r;
    };
    expect((await collect(['--dist', dist, '--dry-run'], env)).code).toBe(0);
    expect((await collect(['--dist', dist], env)).code).toBe(0);
    // Failures whose messages quote requests: an error body echoing the key, a network error, a bad flag.
    emu.udata.inject({ fault: { kind: 'status', status: 400, body: { message: `bad header X-API-KEY: ${key}` } }, method: 'GET', path: '/licenses/' });
    emu.github.inject({ fault: { kind: 'status', status: 422, body: { message: `token ${gh} is not allowed` } }, method: 'GET', path: '/releases' });
    expect((await collect(['--dist', dist], env)).code).toBe(1);
    expect((await collect(['--dist', dist], { ...env, GITHUB_API_URL: 'http://127.0.0.1:1', PUBLISH_MAX_RETRIES: '0', CATALOGUE_URL: `http://user:${key}@127.0.0.1:1` })).code).toBe(1);
    expect((await collect(['--dist', dist, `--catalogue-api-key=${key}`, '--bogus'], env)).code).toBe(2);
    expect((await collect(['--dist', dist], { ...env, GITHUB_REPOSITORY: `not-a-repo ${gh}` })).code).toBe(2);
    const all = `${outputs.join('\n')}\n${await readFile(summary, 'utf8')}`;
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(gh);
    expect(all).not.toContain(key);
    expect(all).toContain('***');
  });

  it('refuses a dist whose files do not match SHA256SUMS, before any request', async () => {
    await import('node:fs/promises').then((fs) => fs.appendFile(path.join(dist, 'events.csv'), 'tampered\n'));
    const r = await run(['--dist', dist], emu.env);
    expect(r.code).toBe(1);
    expect(r.stderr.join('\n')).toContain('dist-file-checksum-mismatch');
    expect(r.stderr.join('\n')).toContain('events.csv');
    expect(emu.github.requests).toEqual([]);
    expect(emu.udata.requests).toEqual([]);
  });

  it('names every missing setting and exits 2', async () => {
    const r = await run(['--dist', dist], { CATALOGUE_URL: 'not a url' });
    expect(r.code).toBe(2);
    const err = r.stderr.join('\n');
    for (const v of ['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'CATALOGUE_API_KEY', 'CATALOGUE_ORGANIZATION', 'CATALOGUE_DATASET']) expect(err).toContain(`${v} (or --`);
    expect(err).toMatch(/CATALOGUE_URL .* is malformed: expected an http\(s\) URL/);
  });

  it('prints help and exits 0', async () => {
    const r = await run(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout.join('\n')).toContain('--dry-run');
    expect(r.stdout.join('\n')).toContain('CATALOGUE_API_KEY');
  });
});

describe('publish: --dry-run', () => {
  it('prints the plan and sends no write request, first time and after a change', async () => {
    const first = await run(['--dist', dist, '--dry-run'], emu.env);
    expect(first.code, first.output).toBe(0);
    expect(emu.github.writes()).toEqual([]);
    expect(emu.udata.writes()).toEqual([]);
    expect(first.stdout.join('\n')).toMatch(/plan\s+github\s+create\s+release data-/);
    expect(first.stdout.join('\n')).toMatch(/plan\s+github\s+create\s+asset organisations\.csv/);
    expect(first.stdout.join('\n')).toMatch(/plan\s+catalogue\s+create\s+resource organisations\.csv/);

    expect((await run(['--dist', dist], emu.env)).code).toBe(0);
    await writeDist(dist, { ...BASE_RECORDS, events: [] });
    emu.github.resetLog();
    emu.udata.resetLog();
    const changed = await run(['--dist', dist, '--dry-run', '--prune'], emu.env);
    expect(changed.code, changed.output).toBe(0);
    expect(emu.github.writes()).toEqual([]);
    expect(emu.udata.writes()).toEqual([]);
    const out = changed.stdout.join('\n');
    expect(out).toMatch(/catalogue\s+replace\s+resource events\.csv/);
    expect(out).toMatch(/catalogue\s+skip\s+resource organisations\.csv/);
    expect(out).toMatch(/github\s+create\s+release data-/);
  });

  it('sends nothing to the catalogue with --only github', async () => {
    const r = await run(['--dist', dist, '--only', 'github'], { ...emu.env, CATALOGUE_URL: undefined, CATALOGUE_API_KEY: undefined });
    expect(r.code, r.output).toBe(0);
    expect(emu.udata.requests).toEqual([]);
  });
});
