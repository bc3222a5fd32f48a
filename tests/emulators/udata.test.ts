import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startUdataEmulator, type UdataEmulator } from '../../emulators/udata.ts';

const KEY = 'udata-key-123';
let u: UdataEmulator;

beforeEach(async () => {
  u = await startUdataEmulator({ apiKeys: { [KEY]: { user: 'me' }, 'outsider-key': { user: 'other', member: false } }, maxPageSize: 2 });
});
afterEach(async () => {
  await u.close();
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = { 'x-api-key': KEY }) {
  const res = await fetch(`${u.apiUrl}${path}`, {
    method,
    redirect: 'manual',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- emulator answers are inspected loosely in tests
  const data: any = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, data };
}

function multipart(filename: string, content: string | Buffer, part = 'file') {
  const form = new FormData();
  form.append(part, new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), filename);
  return form;
}

async function upload(path: string, form: FormData, key = KEY) {
  const res = await fetch(`${u.apiUrl}${path}`, { method: 'POST', headers: { 'x-api-key': key }, body: form });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- emulator answers are inspected loosely in tests
  return { status: res.status, data: (await res.json()) as Record<string, any> };
}

const newDataset = async (extra: Record<string, unknown> = {}) =>
  (await call('POST', '/datasets/', { title: 'Mon jeu', description: 'Desc', organization: u.organization.id, ...extra })).data;

describe('udata emulator: conventions', () => {
  it('redirects slash-less routes with 308', async () => {
    const r = await call('GET', '/datasets/licenses');
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe(`${u.apiUrl}/datasets/licenses/`);
  });

  it('authenticates with X-API-KEY: 401 for an unknown key, 401 for a write without key, 403 for a non-member', async () => {
    expect((await call('GET', '/datasets/', undefined, { 'x-api-key': 'nope' })).data).toEqual({ message: 'Invalid API token' });
    expect((await call('POST', '/datasets/', { title: 't' }, {})).status).toBe(401);
    const d = await newDataset();
    expect((await call('PUT', `/datasets/${d.id}/`, { title: 'x' }, { 'x-api-key': 'outsider-key' })).status).toBe(403);
    expect((await call('POST', '/datasets/', { title: 't', description: 'd', organization: u.organization.id }, { 'x-api-key': 'outsider-key' })).data).toEqual({
      errors: { organization: ['Permission denied for this organization'] },
    });
  });

  it('serves vocabularies as plain arrays; jsonld is not an allowed extension', async () => {
    const ext = (await call('GET', '/datasets/extensions/')).data as unknown as string[];
    expect(ext).toContain('csv');
    expect(ext).not.toContain('jsonld');
    expect(((await call('GET', '/datasets/licenses/')).data as unknown as { id: string }[]).map((l) => l.id)).toContain('lov2');
  });

  it('paginates with the udata envelope; a page past the last one is a 404', async () => {
    for (const t of ['Un', 'Deux', 'Trois']) await newDataset({ title: t });
    const p1 = (await call('GET', `/organizations/${u.organization.slug}/datasets/?page_size=2`)).data;
    expect(p1).toMatchObject({ page: 1, page_size: 2, total: 3, previous_page: null });
    expect(p1.next_page).toBe(`${u.apiUrl}/organizations/${u.organization.slug}/datasets/?page_size=2&page=2`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- emulator answers are inspected loosely in tests
    const p2 = await fetch(p1.next_page, { headers: { 'x-api-key': KEY } }).then((r) => r.json() as Promise<Record<string, any>>);
    expect(p2.data).toHaveLength(1);
    expect(p2.next_page).toBeNull();
    expect((await call('GET', `/organizations/${u.organization.slug}/datasets/?page_size=2&page=3`)).status).toBe(404);
    expect((await call('GET', '/datasets/?page_size=0')).status).toBe(400);
  });
});

describe('udata emulator: datasets', () => {
  it('creates (201), updates partially (PUT), keeps private when absent, null means false; deleted is 410', async () => {
    const d = await newDataset({ private: true, tags: [' Aaa bBB', 'numerique'], frequency: 'weekly', temporal_coverage: { start: '2019-01-01', end: '2020-12-31' } });
    expect(d).toMatchObject({ slug: 'mon-jeu', private: true, tags: ['aaa-bbb', 'numerique'], organization: { id: u.organization.id }, owner: null });
    expect(d.temporal_coverage.start).toMatch(/^2019-01-01T/);
    const put = (await call('PUT', `/datasets/${d.id}/`, { description: 'New' })).data;
    expect(put).toMatchObject({ title: 'Mon jeu', description: 'New', private: true, frequency: 'weekly' });
    expect((await call('PUT', `/datasets/${d.id}/`, { private: null })).data.private).toBe(false);
    expect((await call('PUT', `/datasets/${d.id}/`, { frequency: 'sometimes' })).data).toEqual({ message: "'sometimes' is not a valid UpdateFrequency" });
    expect((await call('PUT', `/datasets/${d.id}/`, { tags: ['ab'] })).status).toBe(400);
    expect((await call('POST', '/datasets/', { title: 'x' })).data.errors.description).toBeDefined();
    expect((await call('DELETE', `/datasets/${d.id}/`)).status).toBe(204);
    expect((await call('GET', `/datasets/${d.id}/`)).status).toBe(410);
  });

  it('answers 308 to an old slug after a title change', async () => {
    const d = await newDataset();
    await call('PUT', `/datasets/${d.id}/`, { title: 'Autre titre' });
    const r = await call('GET', '/datasets/mon-jeu/');
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe(`${u.apiUrl}/datasets/autre-titre/`);
  });

  it('requires a JSON content type', async () => {
    const d = await newDataset();
    const res = await fetch(`${u.apiUrl}/datasets/${d.id}/`, { method: 'PUT', headers: { 'x-api-key': KEY, 'content-type': 'text/plain' }, body: '{}' });
    expect(await res.json()).toEqual({ errors: { 'Content-Type': 'expecting application/json' } });
  });
});

describe('udata emulator: resources', () => {
  it('uploads the multipart part `file` (201, prepended), computes sha1, size, format, mime, slugified title', async () => {
    const d = await newDataset();
    await upload(`/datasets/${d.id}/upload/`, multipart('first.csv', 'a\n'));
    const r = await upload(`/datasets/${d.id}/upload/`, multipart('Legal_Texts.CSV', 'a,b\n1,2\n'));
    expect(r.status).toBe(201);
    expect(r.data).toMatchObject({ success: true, filetype: 'file', type: 'main', format: 'csv', mime: 'text/csv', filesize: 8, title: 'legal-texts.csv' });
    expect(r.data.checksum).toEqual({ type: 'sha1', value: createHash('sha1').update('a,b\n1,2\n').digest('hex') });
    expect(r.data.url).toMatch(new RegExp(`^${u.url}/static/resources/mon-jeu/\\d{8}-\\d{6}/legal-texts\\.csv$`));
    expect(r.data.latest).toBe(`${u.url}/fr/datasets/r/${r.data.id}`);
    const ds = (await call('GET', `/datasets/${d.id}/`)).data;
    expect(ds.resources[0].id).toBe(r.data.id);
    expect(await fetch(r.data.latest).then((x) => x.text())).toBe('a,b\n1,2\n');
  });

  it('rejects a wrong part name, a disallowed extension (.jsonld) and HTML content', async () => {
    const d = await newDataset();
    expect((await upload(`/datasets/${d.id}/upload/`, multipart('a.csv', 'x', 'upload'))).data).toEqual({ success: false, error: 'Missing file parameter' });
    const jsonld = await upload(`/datasets/${d.id}/upload/`, multipart('a.jsonld', '{}'));
    expect(jsonld.status).toBe(400);
    expect(jsonld.data.message).toContain('This file type is not allowed.The allowed file type list is available at');
    expect((await upload(`/datasets/${d.id}/upload/`, multipart('a.csv', '<!DOCTYPE html><html></html>'))).status).toBe(415);
  });

  it('replaces a file in place (200, same id) and ignores checksums sent later for hosted files', async () => {
    const d = await newDataset();
    const first = (await upload(`/datasets/${d.id}/upload/`, multipart('a.csv', 'v1\n'))).data;
    const second = await upload(`/datasets/${d.id}/resources/${first.id}/upload/`, multipart('a.csv', 'v2 longer\n'));
    expect(second.status).toBe(200);
    expect(second.data.id).toBe(first.id);
    expect(second.data.filesize).toBe(10);
    const put = (await call('PUT', `/datasets/${d.id}/resources/${first.id}/`, { title: 'Titre', checksum: { type: 'sha256', value: 'f'.repeat(64) }, filesize: 1, format: 'xml', extras: { k: 'v' } })).data;
    expect(put).toMatchObject({ title: 'Titre', filesize: 10, format: 'csv', extras: { k: 'v' } });
    expect(put.checksum.type).toBe('sha1');
    expect((await call('PUT', `/datasets/${d.id}/resources/${first.id}/`, { filetype: 'remote' })).data).toEqual({ message: 'Cannot modify filetype after creation' });
  });

  it('creates only remote resources through POST /resources/, and deletes with 204', async () => {
    const d = await newDataset();
    expect((await call('POST', `/datasets/${d.id}/resources/`, { title: 'x', url: 'https://x', filetype: 'file' })).data).toEqual({ message: 'This endpoint only supports remote resources' });
    const r = await call('POST', `/datasets/${d.id}/resources/`, { title: 'x', url: 'https://x/a.csv', filetype: 'remote', checksum: { type: 'sha256', value: 'a' } });
    expect(r.status).toBe(201);
    expect(r.data.checksum).toEqual({ type: 'sha256', value: 'a' });
    expect((await call('DELETE', `/datasets/${d.id}/resources/${r.data.id}/`)).status).toBe(204);
    expect((await call('GET', `/datasets/${d.id}/resources/${r.data.id}/`)).data).toEqual({ message: 'Resource does not exist' });
  });

  it('records requests and injects a dropped upload without creating anything', async () => {
    const d = await newDataset();
    u.inject({ fault: { kind: 'drop' }, path: '/upload/' });
    await expect(upload(`/datasets/${d.id}/upload/`, multipart('a.csv', Buffer.alloc(200_000, 65)))).rejects.toThrow();
    expect(u.datasets[0]?.resources).toEqual([]);
    expect(u.requests.at(-1)).toMatchObject({ method: 'POST', fault: 'drop', status: undefined });
    expect(u.writes().map((w) => w.method)).toEqual(['POST', 'POST']);
  });
});
