import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_RECORDS, GITHUB_TOKEN, run, startEmulators, tempDir, writeDist, type Emulators } from '../publish/helpers.ts';
import { cli } from './helpers.ts';

const CHANGED = {
  ...BASE_RECORDS,
  organisations: [
    { id: 'org-dinum', name: 'Direction interministérielle du numérique (DINUM)', acronym: 'DINUM' },
    { id: 'org-anssi', name: "Agence nationale de la sécurité des systèmes d'information", acronym: 'ANSSI' },
    { id: 'org-cnil', name: 'Commission nationale de l’informatique et des libertés', acronym: 'CNIL' },
  ],
  events: [{ id: 'evt-1', date: '2019-10-25', label: 'Création de la direction interministérielle du numérique' }],
};

let emu: Emulators;
let dist: string;
let first: string;
let second: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  emu = await startEmulators();
  dist = await writeDist(path.join(await tempDir(), 'dist'));
  const a = await run(['--dist', dist, '--only', 'github'], emu.env);
  expect(a.code, a.output).toBe(0);
  first = emu.github.releases[0]!.tag_name;
  await writeDist(dist, CHANGED);
  const b = await run(['--dist', dist, '--only', 'github'], emu.env);
  expect(b.code, b.output).toBe(0);
  second = emu.github.releases[1]!.tag_name;
  // Reading a public repository needs no token.
  env = { GITHUB_API_URL: emu.github.url, GITHUB_REPOSITORY: 'etalab/etat-numerique' };
});

afterAll(async () => {
  await emu.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
});

describe('etat-numerique diff on release tags (GitHub emulator)', () => {
  it('downloads the <name>.json assets of both releases and lists the record changes as JSON', async () => {
    emu.github.resetLog();
    const r = await cli(['diff', first, second, '--json'], env);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ from: first, to: second, summary: { datasets: 3, changed_datasets: 2, added: 1, removed: 0, changed: 2, unchanged: 3 } });
    const orgs = json.datasets.find((d: { dataset: string }) => d.dataset === 'organisations');
    expect(orgs.added.map((a: { id: string }) => a.id)).toEqual(['org-cnil']);
    expect(orgs.changed).toEqual([{ id: 'org-dinum', fields: [{ field: 'name', old: 'Direction interministérielle du numérique', new: 'Direction interministérielle du numérique (DINUM)' }] }]);
    const events = json.datasets.find((d: { dataset: string }) => d.dataset === 'events');
    expect(events.changed).toEqual([{ id: 'evt-1', fields: [{ field: 'label', old: 'Création de la DINUM', new: 'Création de la direction interministérielle du numérique' }] }]);

    // Read-only and anonymous: the release by tag, its assets, the manifest and the dataset files.
    expect(emu.github.requests.every((q) => q.method === 'GET' && q.headers.authorization === undefined)).toBe(true);
    const paths = emu.github.requests.map((q) => q.path);
    expect(paths).toContain(`/repos/etalab/etat-numerique/releases/tags/${first}`);
    expect(paths).toContain(`/repos/etalab/etat-numerique/releases/tags/${second}`);
    expect(r.stderr).toContain(`diff: reading release ${first} of etalab/etat-numerique`);
  });

  it('mixes a tag and a folder, and sends the token when there is one without ever printing it', async () => {
    emu.github.resetLog();
    const r = await cli(['diff', second, dist, '--repo', 'etalab/etat-numerique'], { ...env, GITHUB_REPOSITORY: 'someone/else', GITHUB_TOKEN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('No differences: 3 datasets, 6 records, all the same.');
    expect(emu.github.requests.some((q) => q.headers.authorization?.includes(GITHUB_TOKEN))).toBe(true);
    expect(`${r.stdout}\n${r.stderr}`).not.toContain(GITHUB_TOKEN);
  });

  it('exits 1 naming an unknown tag and the repository', async () => {
    const r = await cli(['diff', first, 'data-2000-01-01-000000000000'], { ...env, GITHUB_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No published release tagged "data-2000-01-01-000000000000" in etalab/etat-numerique');
    expect(r.stderr).not.toContain(GITHUB_TOKEN);
  });

  it('exits 1 with a redacted message when GitHub refuses the token', async () => {
    const r = await cli(['diff', first, second], { ...env, GITHUB_TOKEN: 'ghp_wrong_token_123456' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/answered 401/);
    expect(r.stderr).not.toContain('ghp_wrong_token_123456');
  });
});

describe('release notes', () => {
  it('say which records were added and changed since the previous release', () => {
    const body = emu.github.releases[1]!.body ?? '';
    expect(body).toContain('| organisations | 3 | +1 records |');
    expect(body).toContain('### What changed in the records');
    expect(body).toContain(`Since ${first}: 1 record added, 0 removed, 2 changed (matched by id), in 2 datasets.`);
    expect(body).toContain('- added `org-cnil`: `Commission nationale de l’informatique et des libertés`');
    expect(body).toContain('- changed `org-dinum`\n  - `name`: `"Direction interministérielle du numérique" → "Direction interministérielle du numérique (DINUM)"`');
    expect(body).toContain('- changed `evt-1`');
    // The first release has nothing to compare with.
    expect(emu.github.releases[0]!.body).not.toContain('What changed in the records');
  });
});
