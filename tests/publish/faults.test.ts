import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run, startEmulators, tempDir, writeDist, type Emulators, FILES, catalogueUploadsOf, expectPublishedOnce as expectPublishedOnceIn, uploadsOf } from './helpers.ts';


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

const uploads = () => uploadsOf(emu);
const catalogueUploads = () => catalogueUploadsOf(emu);
const expectPublishedOnce = () => expectPublishedOnceIn(emu);


describe('publish: interrupted runs', () => {
  it('completes a release whose run was killed mid-upload, with no duplicate', async () => {
    // The 5th upload is cut mid-body and retries are off: the run dies like a killed job.
    emu.github.inject({ fault: { kind: 'drop' }, server: 'uploads', times: 1 });
    emu.udata.inject({ fault: { kind: 'drop' }, method: 'POST', path: '/upload/', times: 1 });
    const killed = await run(['--dist', dist], { ...emu.env, PUBLISH_MAX_RETRIES: '0' });
    expect(killed.code).toBe(1);
    expect(emu.github.releases).toHaveLength(1);
    expect(emu.github.releases[0]!.draft).toBe(true); // nothing public yet
    expect(emu.github.assets.some((a) => a.state === 'starter')).toBe(true); // a broken asset holds a name
    expect(emu.udata.datasets[0]?.extras['etat-numerique:status']).toBe('updating');

    const next = await run(['--dist', dist], emu.env);
    expect(next.code, next.output).toBe(0);
    expectPublishedOnce();
    // Across both runs: one release created, one dataset created, each file uploaded successfully exactly once.
    expect(emu.github.writes().filter((w) => w.method === 'POST' && w.server === 'api')).toHaveLength(1);
    expect(emu.github.writes().filter((w) => w.method === 'DELETE')).toHaveLength(1); // the broken asset
    expect(uploads().filter((u) => u.status === 201)).toHaveLength(FILES);
    expect(emu.udata.writes().filter((w) => w.path === '/api/1/datasets/')).toHaveLength(1);
    expect(catalogueUploads().filter((u) => u.status === 201)).toHaveLength(FILES);
    expect(catalogueUploads().filter((u) => u.status === 200)).toHaveLength(0);
    expect(emu.udata.datasets[0]!.extras['etat-numerique:status']).toBe('complete');
  });

  it('adopts a resource or asset whose upload landed although the answer was lost', async () => {
    emu.github.inject({ fault: { kind: 'status', status: 502, after: true }, server: 'uploads', times: 1 });
    emu.udata.inject({ fault: { kind: 'drop', after: true }, method: 'POST', path: '/upload/', times: 1 });
    emu.udata.inject({ fault: { kind: 'status', status: 500, after: true }, method: 'POST', path: '/api/1/datasets/', times: 1 });
    const r = await run(['--dist', dist], emu.env);
    expect(r.code, r.output).toBe(0);
    expectPublishedOnce();
    expect(emu.udata.writes().filter((w) => w.method === 'POST' && w.path === '/api/1/datasets/')).toHaveLength(1);
  });
});

describe('publish: faults end in success with nothing duplicated', () => {
  const cases = [
    ['500', { kind: 'status', status: 500 }],
    ['503 with Retry-After', { kind: 'status', status: 503, headers: { 'retry-after': '1' } }],
    ['429 with Retry-After', { kind: 'status', status: 429, headers: { 'retry-after': '2' }, body: '<html><body>Too Many Requests</body></html>' }],
    ['a dropped connection', { kind: 'drop' }],
    ['a slow response', { kind: 'delay', ms: 10_000 }],
  ] as const;

  for (const [name, fault] of cases) {
    it(`GitHub: ${name} on an upload, on the release creation and on a listing`, async () => {
      // A slow answer costs a timeout (undici's header timer ticks by ~1 s): one is enough to show the retry.
      const slow = fault.kind === 'delay';
      emu.github.inject({ fault, server: 'uploads', times: slow ? 1 : 2 });
      if (!slow) emu.github.inject({ fault, method: 'POST', path: '/releases', server: 'api' });
      if (!slow) emu.github.inject({ fault, method: 'GET', path: '/releases', server: 'api' });
      const r = await run(['--dist', dist, '--only', 'github'], { ...emu.env, PUBLISH_TIMEOUT_MS: '250' });
      expect(r.code, r.output).toBe(0);
      expect(emu.github.requests.filter((q) => q.fault !== undefined)).toHaveLength(slow ? 1 : 4);
      expect(emu.github.releases).toHaveLength(1);
      expect(emu.github.releases[0]!.draft).toBe(false);
      expect(new Set(emu.github.assets.map((a) => a.name)).size).toBe(emu.github.assets.length);
      expect(emu.github.assets).toHaveLength(FILES);
      if (name.includes('Retry-After')) expect(Math.max(...r.sleeps)).toBeGreaterThanOrEqual(1000);
    });

    it(`catalogue: ${name} on an upload, on the dataset creation and on a read`, async () => {
      const slow = fault.kind === 'delay';
      emu.udata.inject({ fault, method: 'POST', path: '/upload/', times: slow ? 1 : 2 });
      if (!slow) emu.udata.inject({ fault, method: 'POST', path: '/api/1/datasets/' });
      if (!slow) emu.udata.inject({ fault, method: 'GET', path: '/extensions/' });
      const r = await run(['--dist', dist, '--only', 'catalogue'], { ...emu.env, PUBLISH_TIMEOUT_MS: '250' });
      expect(r.code, r.output).toBe(0);
      expect(emu.udata.requests.filter((q) => q.fault !== undefined)).toHaveLength(slow ? 1 : 4);
      expect(emu.udata.datasets).toHaveLength(1);
      const resources = emu.udata.datasets[0]!.resources;
      expect(resources).toHaveLength(FILES);
      expect(new Set(resources.map((x) => x.title)).size).toBe(FILES);
      if (name.includes('Retry-After')) expect(Math.max(...r.sleeps)).toBeGreaterThanOrEqual(1000);
    });
  }

  it('waits out GitHub rate limits: primary (reset header) and secondary (403 + Retry-After)', async () => {
    emu.github.inject({ fault: { kind: 'rate-limit', type: 'secondary', status: 403, retryAfterSeconds: 3 }, server: 'uploads' });
    emu.github.inject({ fault: { kind: 'rate-limit', type: 'primary', status: 403, retryAfterSeconds: 2 }, method: 'GET', path: '/releases' });
    const r = await run(['--dist', dist, '--only', 'github'], emu.env);
    expect(r.code, r.output).toBe(0);
    expect(r.sleeps.some((ms) => ms >= 3000)).toBe(true);
    expect(r.sleeps.some((ms) => ms >= 1000 && ms < 3000 + 1000 + 2000)).toBe(true);
    expect(emu.github.assets).toHaveLength(FILES);
  });

  it('does not retry other 4xx, and gives up when the retry budget is spent', async () => {
    emu.github.inject({ fault: { kind: 'status', status: 404, body: { message: 'Not Found' } }, method: 'GET', path: '/releases' });
    const notFound = await run(['--dist', dist, '--only', 'github'], emu.env);
    expect(notFound.code).toBe(1);
    expect(emu.github.requests).toHaveLength(1);
    expect(notFound.stderr.join('\n')).toContain('GITHUB_REPOSITORY');

    emu.github.inject({ fault: { kind: 'status', status: 503, headers: { 'retry-after': '120' } }, method: 'GET', path: '/releases', times: 10 });
    const budget = await run(['--dist', dist, '--only', 'github'], { ...emu.env, PUBLISH_RETRY_BUDGET_MS: '5000' });
    expect(budget.code).toBe(1);
    expect(budget.stderr.join('\n')).toContain('retry budget');
    expect(budget.sleeps).toEqual([]);
  });
});
