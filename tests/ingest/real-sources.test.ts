import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../pipeline/stages/ingest/index.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourcesDir = join(repoRoot, 'sources');
/** CI checks out ../shared beside the clone; elsewhere the seeds may be absent, and that test is skipped. */
const seedsDir = resolve(repoRoot, '../shared/seeds');
const haveSeeds = existsSync(seedsDir);

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('the project sources (sources/)', () => {
  it('load as five documents, without warnings or errors', async () => {
    const { documents, issues } = await readSources(sourcesDir);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual([
      'action-publique-2022-fiche-fonctions-numeriques',
      'dinsic-bilan-2017-2018',
      'dinum-departements',
      'fiche-instances-numeriques-etat',
      'wikipedia-dinum',
    ]);
    for (const doc of documents) {
      const bytes = readFileSync(join(sourcesDir, doc.file));
      expect(doc.sha256).toBe(sha256(bytes));
      expect(doc.text).toBe(new TextDecoder().decode(bytes));
      expect(doc.language).toBe('fr');
    }
  });

  it('carry the dates their texts state', async () => {
    const { documents } = await readSources(sourcesDir);
    const dates = Object.fromEntries(documents.map((d) => [d.id, d.date]));
    expect(dates['dinsic-bilan-2017-2018']).toBe('2018-10-24');
    expect(dates['action-publique-2022-fiche-fonctions-numeriques']).toBe('2018-04-20');
  });

  it.skipIf(!haveSeeds)('are the seeds, byte for byte', async () => {
    const seeds = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(seedsDir, name)));
    expect(seeds).toHaveLength(5);
    const { documents } = await readSources(sourcesDir);
    const bySha = new Map(documents.map((d) => [d.sha256, d]));
    for (const seed of seeds) {
      const doc = bySha.get(sha256(seed));
      expect(doc, `a document with the sha256 of a seed (${sha256(seed)})`).toBeDefined();
      expect(doc?.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(seed));
    }
  });
});
