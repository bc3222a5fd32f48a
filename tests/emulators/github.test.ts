import { Octokit } from '@octokit/rest';
import { fetch as undiciFetch } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGithubEmulator, type GithubEmulator } from '../../emulators/github.ts';

const TOKEN = 'emu-token-123';
let gh: GithubEmulator;
let octokit: Octokit;
const repo = { owner: 'etalab', repo: 'etat-numerique' };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

beforeEach(async () => {
  gh = await startGithubEmulator({ token: TOKEN, maxPerPage: 2 });
  octokit = new Octokit({ auth: TOKEN, log: quiet, baseUrl: gh.url, request: { fetch: undiciFetch as unknown as typeof fetch } });
});
afterEach(async () => {
  await gh.close();
});

const status = async (p: Promise<unknown>) => p.then(() => 200, (e: { status?: number }) => e.status);

describe('GitHub emulator: releases', () => {
  it('creates releases (201) with an upload_url template on the separate upload host', async () => {
    const { status: s, data } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    expect(s).toBe(201);
    expect(data.upload_url).toBe(`${gh.uploadOrigin}/repos/etalab/etat-numerique/releases/${data.id}/assets{?name,label}`);
    expect(data.published_at).toBeNull();
  });

  it('answers 404 for a draft by tag ("get a published release"), 200 once published', async () => {
    const { data } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    expect(await status(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1' }))).toBe(404);
    await octokit.rest.repos.updateRelease({ ...repo, release_id: data.id, draft: false, make_latest: 'true' });
    expect(await status(octokit.rest.repos.getReleaseByTag({ ...repo, tag: 'v1' }))).toBe(200);
    expect((await octokit.rest.repos.getLatestRelease(repo)).data.id).toBe(data.id);
  });

  it('refuses make_latest as a boolean (it is a string) and a second release for a tag', async () => {
    const bad = await fetch(`${gh.url}/repos/etalab/etat-numerique/releases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tag_name: 'v1', make_latest: true }),
    });
    expect(bad.status).toBe(422);
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' });
    const dup = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1' }).catch((e: { status: number; response: { data: { errors: unknown[] } } }) => e);
    expect(dup).toMatchObject({ status: 422, response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } } });
  });

  it('hides drafts from anonymous readers and answers 401 "Bad credentials" to a wrong token', async () => {
    await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    const anonymous = new Octokit({ log: quiet, baseUrl: gh.url, request: { fetch: undiciFetch as unknown as typeof fetch } });
    expect((await anonymous.rest.repos.listReleases(repo)).data).toEqual([]);
    const wrong = new Octokit({ auth: 'nope', log: quiet, baseUrl: gh.url, request: { fetch: undiciFetch as unknown as typeof fetch } });
    const e = await wrong.rest.repos.listReleases(repo).catch((x: { status: number; message: string }) => x);
    expect(e).toMatchObject({ status: 401 });
    expect((e as { message: string }).message).toContain('Bad credentials');
  });

  it('paginates with absolute Link headers (octokit.paginate follows them)', async () => {
    for (const t of ['a', 'b', 'c', 'd', 'e']) await octokit.rest.repos.createRelease({ ...repo, tag_name: t });
    const first = await octokit.rest.repos.listReleases({ ...repo, per_page: 100 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain(`<${gh.url}/repos/etalab/etat-numerique/releases?per_page=2&page=2>; rel="next"`);
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...repo, per_page: 2 });
    expect(all.map((r) => r.tag_name)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(gh.requests.at(-1)?.headers['x-ratelimit-remaining']).toBeUndefined(); // request headers, not response ones
  });

  it('sends rate-limit headers on every answer', async () => {
    const res = await octokit.rest.repos.listReleases(repo);
    expect(res.headers['x-ratelimit-limit']).toBe('5000');
    expect(Number(res.headers['x-ratelimit-remaining'])).toBeLessThan(5000);
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('GitHub emulator: assets', () => {
  const upload = (url: string, name: string, data: Buffer, headers: Record<string, string> = { 'content-type': 'text/csv' }) =>
    octokit.request({ method: 'POST', url, name, data, headers });

  it('stores raw bytes with the Content-Type sent, size and sha256 digest', async () => {
    const { data: r } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    const { status: s, data } = await upload(r.upload_url, 'a.csv', Buffer.from('x,y\n1,2\n'));
    expect(s).toBe(201);
    expect(data).toMatchObject({ name: 'a.csv', size: 8, state: 'uploaded', content_type: 'text/csv' });
    expect(data.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const bytes = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...repo, asset_id: data.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('x,y\n1,2\n');
  });

  it('reproduces the trap: without an explicit content-type Octokit sends JSON, and that is what is stored', async () => {
    const { data: r } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    const { data } = await octokit.request({ method: 'POST', url: r.upload_url, name: 'a.csv', data: 'x,y\n' });
    expect(data.content_type).toMatch(/^application\/json/);
  });

  it('accepts uploads on the upload host only, and rejects a duplicate name with 422 already_exists', async () => {
    const { data: r } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    const onApi = r.upload_url.replace(gh.uploadOrigin, gh.url);
    expect(await status(upload(onApi, 'a.csv', Buffer.from('1')))).toBe(404);
    await upload(r.upload_url, 'a.csv', Buffer.from('1'));
    const dup = await upload(r.upload_url, 'a.csv', Buffer.from('1')).catch((e: unknown) => e);
    expect(dup).toMatchObject({ status: 422, response: { data: { errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] } } });
  });

  it('freezes assets of a published immutable release (draft → upload → publish is the safe order)', async () => {
    const { data: r } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    const { data: a } = await upload(r.upload_url, 'a.csv', Buffer.from('1'));
    await octokit.rest.repos.updateRelease({ ...repo, release_id: r.id, draft: false, make_latest: 'true' });
    expect(await status(upload(r.upload_url, 'b.csv', Buffer.from('2')))).toBe(422);
    expect(await status(octokit.rest.repos.deleteReleaseAsset({ ...repo, asset_id: a.id }))).toBe(422);
    expect(await status(octokit.rest.repos.updateRelease({ ...repo, release_id: r.id, body: 'notes' }))).toBe(200);
  });

  it('leaves a broken asset (state "starter") holding the name when an upload is cut', async () => {
    const { data: r } = await octokit.rest.repos.createRelease({ ...repo, tag_name: 'v1', draft: true });
    gh.inject({ fault: { kind: 'drop', afterBytes: 10 }, server: 'uploads' });
    expect(await status(upload(r.upload_url, 'big.csv', Buffer.alloc(100_000, 1)))).toBe(500);
    expect(gh.assets).toMatchObject([{ name: 'big.csv', state: 'starter', size: 0 }]);
    expect(gh.requests.at(-1)).toMatchObject({ server: 'uploads', fault: 'drop', status: undefined });
    expect(gh.requests.at(-1)?.bodySize).toBeLessThan(100_000);
  });
});

describe('GitHub emulator: faults', () => {
  it('injects statuses, rate limits and counts requests', async () => {
    gh.inject({ fault: { kind: 'status', status: 500 }, method: 'GET' });
    gh.inject({ fault: { kind: 'rate-limit', type: 'secondary', retryAfterSeconds: 9 }, method: 'GET' });
    gh.inject({ fault: { kind: 'rate-limit', type: 'primary', status: 429 }, method: 'GET' });
    expect(await status(octokit.rest.repos.listReleases(repo))).toBe(500);
    const secondary = await octokit.rest.repos.listReleases(repo).catch((e: { status: number; message: string; response: { headers: Record<string, string> } }) => e);
    expect(secondary).toMatchObject({ status: 403, response: { headers: { 'retry-after': '9' } } });
    expect((secondary as { message: string }).message).toMatch(/secondary rate limit/);
    const primary = await octokit.rest.repos.listReleases(repo).catch((e: { status: number; response: { headers: Record<string, string> } }) => e);
    expect(primary).toMatchObject({ status: 429, response: { headers: { 'x-ratelimit-remaining': '0' } } });
    expect(await status(octokit.rest.repos.listReleases(repo))).toBe(200);
    expect(gh.requests.map((r) => r.fault)).toEqual(['status', 'rate-limit', 'rate-limit', undefined]);
    expect(gh.writes()).toEqual([]);
  });
});
