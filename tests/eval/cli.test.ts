import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../pipeline/eval/cli.ts';
import { replaceResultsBlock } from '../../pipeline/eval/render.ts';
import { SHA_A } from './fixtures.ts';

let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'eval-cli-test-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function write(relative: string, data: unknown): void {
  const file = path.join(work, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** A tiny evaluation: one gold file and a build output with one right and one wrong organisation. */
function fixture(): void {
  write('gold/a.json', {
    file: 'a.txt',
    sha256: SHA_A,
    date: '2026-11-25',
    organisations: [
      { name: 'direction interministérielle du numérique', acronym: 'DINUM', type: 'direction', parent: null },
      { name: 'département Etalab', acronym: null, type: 'département', parent: 'DINUM' },
    ],
    events: [],
    legal_texts: [],
    people: [],
    products: [],
    contacts: [],
    figures: [],
    committees: [],
    links: [],
  });
  const base = {
    parent_id: null,
    alt_names: [],
    founding_date: null,
    founding_date_precision: null,
    type: null,
    fact_ids: [],
  };
  write('build/sources.json', {
    dataset: 'sources',
    records: [{ id: 'text-a', file: 'a.txt', sha256: SHA_A }],
  });
  write('build/organisations.json', {
    dataset: 'organisations',
    records: [
      { ...base, id: 'dinum', name: null, acronym: 'DINUM', sources: ['text-a'] },
      { ...base, id: 'rie', name: 'réseau interministériel de l’État', acronym: 'RIE', sources: ['text-a'] },
    ],
  });
}

describe('npm run eval', () => {
  it('scores an existing build, prints the table and writes latest.json and latest.md', async () => {
    fixture();
    const { code, stdout } = await run([
      '--texts',
      path.join(work, 'texts'),
      '--gold',
      path.join(work, 'gold'),
      '--from',
      path.join(work, 'build'),
      '--results',
      path.join(work, 'results'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^organisations\s+2\s+2\s+1\s+0\.500\s+0\.500\s+0\.500$/mu);
    expect(stdout).toContain('a.json: département Etalab (département)');
    expect(stdout).toContain('RIE — réseau interministériel de l’État  [rie]');
    const json = JSON.parse(readFileSync(path.join(work, 'results/latest.json'), 'utf8'));
    expect(json.sets[0]).toMatchObject({ name: 'custom', status: 'scored', texts: 1, gold_date: '2026-11-25' });
    expect(json.sets[0].scores.organisations).toEqual({
      gold: 2,
      found: 2,
      tp: 1,
      fp: 1,
      fn: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(json.sets[0].notes.map((note: { code: string }) => note.code)).toEqual(
      expect.arrayContaining(['dataset-missing']),
    );
    const markdown = readFileSync(path.join(work, 'results/latest.md'), 'utf8');
    expect(markdown).toContain('| organisations | 2 | 2 | 1 | 0.500 | 0.500 | 0.500 |');
  });

  it('is deterministic: the same inputs give the same JSON', async () => {
    fixture();
    const args = [
      '--texts',
      path.join(work, 'texts'),
      '--gold',
      path.join(work, 'gold'),
      '--from',
      path.join(work, 'build'),
      '--no-write',
      '--json',
    ];
    const first = await run(args);
    const second = await run(args);
    expect(first.stdout).toBe(second.stdout);
    expect(existsSync(path.join(work, 'results'))).toBe(false);
  });

  it('caps the listed misses at 10 per kind unless --verbose', async () => {
    fixture();
    write('gold/a.json', {
      file: 'a.txt',
      sha256: SHA_A,
      organisations: Array.from({ length: 12 }, (_, index) => ({ name: `mission ${index}`, acronym: null })),
    });
    const args = [
      '--texts',
      path.join(work, 'texts'),
      '--gold',
      path.join(work, 'gold'),
      '--from',
      path.join(work, 'build'),
      '--no-write',
    ];
    const short = await run(args);
    expect(short.stdout).toContain('missed (12), first 10; --verbose shows all');
    expect(short.stdout).not.toContain('mission 11');
    const long = await run([...args, '--verbose']);
    expect(long.stdout).toContain('mission 11');
  });

  it('says so, without failing, when a set has no gold yet', async () => {
    mkdirSync(path.join(work, 'gold'));
    const { code, stdout } = await run([
      '--texts',
      path.join(work, 'texts'),
      '--gold',
      path.join(work, 'gold'),
      '--no-write',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('has no .json file');
    expect(stdout).toContain('not scored');
  });

  it('fails with exit code 1 when the texts folder is missing', async () => {
    fixture();
    const { code, stdout } = await run([
      '--texts',
      path.join(work, 'nowhere'),
      '--gold',
      path.join(work, 'gold'),
      '--no-write',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('[set-without-texts]');
  });

  it('rejects a bad command line with exit code 2', async () => {
    expect((await run(['--set', 'nope'])).code).toBe(2);
    expect((await run(['--from', 'x'])).code).toBe(2);
    expect((await run(['--texts', 'x'])).code).toBe(2);
    const unknown = await run(['--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--help');
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: npm run eval');
  });
});

describe('replaceResultsBlock', () => {
  it('replaces what lies between the markers, and only that', () => {
    const readme = 'intro\n<!-- eval-results:start -->\nold\n<!-- eval-results:end -->\nend\n';
    expect(replaceResultsBlock(readme, '| new |\n')).toBe(
      'intro\n<!-- eval-results:start -->\n| new |\n<!-- eval-results:end -->\nend\n',
    );
    expect(replaceResultsBlock('no markers', 'x')).toBeNull();
  });
});
