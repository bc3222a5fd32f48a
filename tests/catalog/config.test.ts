import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../pipeline/errors.ts';
import {
  DEFAULT_DOWNLOAD_BASE_URL,
  ETALAB_2_0,
  parsePublicationConfig,
  readPublicationConfig,
} from '../../pipeline/stages/catalog/index.ts';

const minimal = {
  catalogue: { title: 'Catalogue', description: 'Des données.' },
  publisher: { name: 'Éditeur', uri: 'https://example.org/' },
  landing_page: 'https://example.org/donnees/',
  contact_point: { name: 'Contact', url: 'https://example.org/contact' },
};

describe('publication settings', () => {
  it('reads the committed config/publication.json: Licence Ouverte 2.0, the release download URL, a weekly update', async () => {
    const config = await readPublicationConfig();
    expect(config.licence).toBe(ETALAB_2_0);
    expect(config.download_base_url).toBe(DEFAULT_DOWNLOAD_BASE_URL);
    expect(config.update_frequency).toBe('http://publications.europa.eu/resource/authority/frequency/WEEKLY');
    expect(config.language).toBe('http://publications.europa.eu/resource/authority/language/FRA');
    expect(config.keywords.length).toBeGreaterThan(0);
  });

  it('fills the defaults', () => {
    const config = parsePublicationConfig(minimal);
    expect(config).toMatchObject({
      licence: ETALAB_2_0,
      download_base_url: DEFAULT_DOWNLOAD_BASE_URL,
      keywords: [],
      themes: [],
    });
  });

  it('names every bad setting at once (UsageError publication-config-invalid)', () => {
    const bad = {
      ...minimal,
      download_base_url: 'https://example.org/no-slash',
      update_frequency: 'weekly',
      contact_point: { name: 'Contact' },
      extra: true,
    };
    let error: unknown;
    try {
      parsePublicationConfig(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).code).toBe('publication-config-invalid');
    const message = (error as UsageError).message;
    for (const part of ['download_base_url', 'update_frequency', 'contact_point', 'extra']) expect(message).toContain(part);
  });

  it('says when the file is missing or not JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'etat-numerique-config-'));
    try {
      await expect(readPublicationConfig(path.join(dir, 'absent.json'))).rejects.toMatchObject({ code: 'publication-config-missing' });
      await writeFile(path.join(dir, 'bad.json'), '{ nope');
      await expect(readPublicationConfig(path.join(dir, 'bad.json'))).rejects.toMatchObject({ code: 'publication-config-invalid' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
