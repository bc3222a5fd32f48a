import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDistDatasets } from '../../pipeline/stages/diff/read.ts';
import { cli, tempDir, writeFolder, type Records } from './helpers.ts';

const OLD: Records = {
  organisations: [
    { id: 'org-dinsic', name: 'DINSIC', acronym: 'DINSIC', sources: ['s1'] },
    { id: 'org-dinum', name: 'Direction interministérielle du numérique', acronym: 'DINUM', sources: ['s1'] },
  ],
  facts: [
    { id: 'f-1', quote: 'La DINUM est créée en 2019.', start: 0, end: 27 },
    { id: 'f-2', quote: 'Elle compte 200 agents.', start: 28, end: 51 },
  ],
};
const NEW: Records = {
  organisations: [
    { id: 'org-cnil', name: 'CNIL', acronym: 'CNIL', sources: ['s2'] },
    { id: 'org-dinum', name: 'Direction interministérielle du numérique', acronym: 'DINUM', sources: ['s1', 's2'] },
  ],
  facts: [
    { id: 'f-1', quote: 'La DINUM a été créée en 2019.', start: 0, end: 27 },
    { id: 'f-2', quote: 'Elle compte 200 agents.', start: 28, end: 51 },
  ],
};

let root: string;
let oldDir: string;
let newDir: string;

beforeAll(async () => {
  root = await tempDir();
  oldDir = await writeFolder(path.join(root, 'old'), OLD);
  // The new side has no manifest: datasets are its <name>.json files holding records; other JSON is left out.
  newDir = await writeFolder(path.join(root, 'new'), NEW, { manifest: false, extra: { 'datapackage.json': '{"name":"x"}', 'quality.json': '{"ok":true}' } });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('etat-numerique diff on folders', () => {
  it('prints the added, removed and changed records with field old → new, and exits 0', async () => {
    const r = await cli(['diff', oldDir, newDir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('organisations: 1 added, 1 removed, 1 changed, 0 unchanged');
    expect(r.stdout).toContain('  + org-cnil');
    expect(r.stdout).toContain('  - org-dinsic');
    expect(r.stdout).toContain('  ~ org-dinum\n      sources: ["s1"] → ["s1","s2"]  (+"s2")');
    expect(r.stdout).toContain('facts: 0 added, 0 removed, 1 changed, 1 unchanged');
    expect(r.stdout).toContain('  ~ f-1\n      quote: "La DINUM est créée en 2019." → "La DINUM a été créée en 2019."');
  });

  it('prints JSON with --json', async () => {
    const r = await cli(['diff', oldDir, newDir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.from).toBe(oldDir);
    expect(json.to).toBe(newDir);
    expect(json.summary).toEqual({ datasets: 2, changed_datasets: 2, added: 1, removed: 1, changed: 2, unchanged: 1 });
    const orgs = json.datasets.find((d: { dataset: string }) => d.dataset === 'organisations');
    expect(orgs.added).toEqual([{ id: 'org-cnil', record: NEW.organisations![0] }]);
    expect(orgs.removed.map((x: { id: string }) => x.id)).toEqual(['org-dinsic']);
    expect(orgs.changed).toEqual([{ id: 'org-dinum', fields: [{ field: 'sources', old: ['s1'], new: ['s1', 's2'] }] }]);
    const facts = json.datasets.find((d: { dataset: string }) => d.dataset === 'facts');
    expect(facts.changed).toEqual([{ id: 'f-1', fields: [{ field: 'quote', old: 'La DINUM est créée en 2019.', new: 'La DINUM a été créée en 2019.' }] }]);
  });

  it('says there are no differences between a folder and itself (exit 0)', async () => {
    const r = await cli(['diff', oldDir, oldDir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.changed_datasets).toBe(0);
  });

  it('reads the datasets a manifest lists, or the JSON files holding records', async () => {
    expect(Object.keys(await readDistDatasets(oldDir)).sort()).toEqual(['facts', 'organisations']);
    expect(Object.keys(await readDistDatasets(newDir)).sort()).toEqual(['facts', 'organisations']);
  });
});

describe('etat-numerique diff: errors', () => {
  it('exits 1 naming a missing folder', async () => {
    const missing = path.join(root, 'absent');
    const r = await cli(['diff', oldDir, missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`folder ${missing} does not exist`);
  });

  it('exits 1 naming a bare name that is neither a folder nor (without a repository) a tag', async () => {
    const r = await cli(['diff', oldDir, 'data-2025-01-01-aaaaaaaaaaaa']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('data-2025-01-01-aaaaaaaaaaaa does not exist, and no repository is set to read it as a release tag');
  });

  it('exits 1 naming an unreadable dataset file', async () => {
    const broken = path.join(root, 'broken');
    await writeFolder(broken, OLD);
    await writeFile(path.join(broken, 'facts.json'), '{"records": [');
    const r = await cli(['diff', oldDir, broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path.join(broken, 'facts.json')} is not valid JSON`);
  });

  it('exits 1 when the manifest lists a dataset whose file is missing', async () => {
    const partial = path.join(root, 'partial');
    await writeFolder(partial, OLD);
    await rm(path.join(partial, 'facts.json'));
    const r = await cli(['diff', partial, oldDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/facts\.json is missing, but .*build-manifest\.json lists the dataset "facts"/);
  });

  it('exits 1 on records without ids and on a file given for a folder', async () => {
    const noIds = path.join(root, 'no-ids');
    await mkdir(noIds, { recursive: true });
    await writeFile(path.join(noIds, 'facts.json'), '{"records": [{"quote": "x"}]}');
    expect((await cli(['diff', oldDir, noIds])).stderr).toMatch(/record 1 is not an object with a string "id"/);
    const file = path.join(oldDir, 'facts.json');
    const r = await cli(['diff', file, oldDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} is a file, not a dist folder`);
  });

  it('exits 2 on usage errors and 0 with --help', async () => {
    expect((await cli(['diff', oldDir])).code).toBe(2);
    expect((await cli(['diff', oldDir, newDir, 'third'])).code).toBe(2);
    const bad = await cli(['diff', oldDir, newDir, '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--nope');
    expect((await cli(['diff', 'a', 'b', '--repo', 'not a repo'])).code).toBe(2);
    const help = await cli(['diff', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: etat-numerique diff OLD NEW');
    expect(help.stdout).toMatch(/Exit codes: 0 compared, whether or not the versions differ/);
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}diff {7}/m);
  });
});
