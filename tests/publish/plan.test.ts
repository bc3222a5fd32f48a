import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistFile } from '../../pipeline/stages/publish/dist.ts';
import { assetNameFor, describeFile, parseSha256Sums } from '../../pipeline/stages/publish/dist.ts';
import {
  catalogueEntryFor,
  hashOfTag,
  normaliseFileName,
  planCatalogueResources,
  planReleaseAssets,
  releaseTag,
  type RemoteAsset,
  type RemoteResource,
} from '../../pipeline/stages/publish/plan.ts';
import { assembleResourceMetadata } from '../../pipeline/stages/publish/catalogue-metadata.ts';
import { diffFiles, renderReleaseNotes } from '../../pipeline/stages/publish/release-notes.ts';

function file(rel: string, content = rel): DistFile {
  return {
    path: rel,
    absPath: `/dist/${rel}`,
    assetName: assetNameFor(rel),
    size: content.length,
    sha256: 'a'.repeat(63) + String(content.length % 10),
    sha1: 'b'.repeat(39) + String(content.length % 10),
    ...describeFile(rel),
  };
}

const asset = (f: DistFile, over: Partial<RemoteAsset> = {}): RemoteAsset => ({
  id: 1,
  name: f.assetName,
  size: f.size,
  state: 'uploaded',
  content_type: f.mediaType,
  digest: `sha256:${f.sha256}`,
  ...over,
});

describe('planReleaseAssets', () => {
  const csv = file('organisations.csv');
  const schema = file('schemas/organisations.schema.json');

  it('skips assets with the same size, digest and media type', () => {
    expect(planReleaseAssets([csv], [asset(csv)], { draft: false, prune: false }).map((s) => s.action)).toEqual(['skip']);
  });

  it('creates missing assets and replaces broken, partial, mis-typed or different ones', () => {
    const steps = planReleaseAssets(
      [csv, schema, file('events.csv'), file('events.json'), file('events.jsonld')],
      [
        asset(csv, { state: 'starter', size: 0 }),
        asset(file('events.csv'), { digest: `sha256:${'f'.repeat(64)}` }),
        asset(file('events.json'), { content_type: 'application/json; charset=utf-8' }),
        asset(file('events.jsonld'), { digest: null }),
      ],
      { draft: true, prune: false },
    );
    expect(steps.map((s) => [s.action, 'file' in s ? s.file.assetName : s.asset.name, 'reason' in s ? s.reason : ''])).toEqual([
      ['replace', 'organisations.csv', 'upload incomplete (state starter)'],
      ['create', 'schemas--organisations.schema.json', ''],
      ['replace', 'events.csv', 'digest differs'],
      ['replace', 'events.json', 'stored as application/json; charset=utf-8'],
      ['skip', 'events.jsonld', ''],
    ]);
  });

  it('deletes stray assets from drafts, and from published releases only with --prune', () => {
    const stray: RemoteAsset = { id: 9, name: 'old.csv', size: 1, state: 'uploaded', content_type: 'text/csv' };
    expect(planReleaseAssets([], [stray], { draft: true, prune: false })[0]?.action).toBe('delete');
    expect(planReleaseAssets([], [stray], { draft: false, prune: false })[0]?.action).toBe('keep');
    expect(planReleaseAssets([], [stray], { draft: false, prune: true })[0]?.action).toBe('delete');
  });
});

describe('release tags', () => {
  it('carries the date and the content hash, and gives the hash back', () => {
    const tag = releaseTag('0123456789abcdef'.repeat(4), new Date('2025-03-04T23:59:00Z'));
    expect(tag).toBe('data-2025-03-04-0123456789ab');
    expect(hashOfTag(tag)).toBe('0123456789ab');
    expect(hashOfTag('v1.0.0')).toBeUndefined();
  });
});

describe('catalogueEntryFor', () => {
  const allowed = new Set(['csv', 'json', 'txt']);

  it('keeps allowed extensions and renames .jsonld, .md and extension-less files', () => {
    const names = ['organisations.csv', 'organisations.jsonld', 'SHA256SUMS', 'README.md', 'site/index.html'].map((p) => {
      const e = catalogueEntryFor(file(p), allowed);
      return 'skipped' in e ? 'skipped' : e.uploadName;
    });
    expect(names).toEqual(['organisations.csv', 'organisations.jsonld.json', 'SHA256SUMS.txt', 'README.md.txt', 'skipped']);
  });

  it('uploads .jsonld as is where the instance allows it', () => {
    const e = catalogueEntryFor(file('organisations.jsonld'), new Set(['jsonld']));
    expect('skipped' in e ? undefined : e.uploadName).toBe('organisations.jsonld');
  });
});

describe('planCatalogueResources', () => {
  const allowed = new Set(['csv', 'json', 'txt']);
  const entry = (p: string) => {
    const e = catalogueEntryFor(file(p), allowed);
    if ('skipped' in e) throw new Error('skipped');
    return e;
  };
  const metadataFor = (e: ReturnType<typeof entry>) => assembleResourceMetadata(e, undefined);
  const resource = (e: ReturnType<typeof entry>, over: Partial<RemoteResource> = {}): RemoteResource => {
    const m = metadataFor(e);
    return {
      id: `r-${e.uploadName}`,
      title: m.title,
      filetype: 'file',
      url: `https://static.example/resources/x/20250101-000000/${normaliseFileName(e.uploadName)}`,
      checksum: { type: 'sha1', value: e.file.sha1 },
      filesize: e.file.size,
      format: 'csv',
      mime: 'text/csv',
      type: m.type,
      description: m.description,
      schema: m.schema,
      extras: { ...m.extras },
      ...over,
    };
  };

  it('skips matching files, replaces changed ones, updates stale metadata, creates new ones', () => {
    const [a, b, c, d] = [entry('events.csv'), entry('organisations.csv'), entry('people.csv'), entry('facts.csv')];
    const steps = planCatalogueResources(
      [a, b, c, d],
      [resource(a), resource(b, { checksum: { type: 'sha1', value: 'x' } }), resource(c, { description: 'old' })],
      { prune: false, metadataFor },
    );
    expect(steps.map((s) => s.action)).toEqual(['skip', 'replace', 'update', 'create']);
  });

  it('adopts a resource left without metadata by an interrupted run (matched by its file name)', () => {
    const e = entry('legal_texts.csv');
    const orphan = resource(e, { title: 'legal-texts.csv', extras: {}, description: null });
    const steps = planCatalogueResources([e], [orphan], { prune: false, metadataFor });
    expect(steps).toMatchObject([{ action: 'update', resource: { id: orphan.id } }]);
  });

  it('never touches resources it did not create; deletes its own gone files only with --prune', () => {
    const e = entry('events.csv');
    const foreign = { ...resource(entry('other.csv')), id: 'foreign', extras: {} };
    const gone = resource(entry('old.csv'));
    expect(planCatalogueResources([e], [foreign, gone], { prune: false, metadataFor }).map((s) => s.action)).toEqual(['create', 'keep']);
    expect(planCatalogueResources([e], [foreign, gone], { prune: true, metadataFor }).map((s) => s.action)).toEqual(['create', 'delete']);
  });

  it('plans nothing to write when everything matches (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 8 }), (names) => {
        const entries = names.map((n) => entry(`${n}.csv`));
        const steps = planCatalogueResources(entries, entries.map((e) => resource(e)), { prune: true, metadataFor });
        return steps.every((s) => s.action === 'skip');
      }),
    );
  });
});

describe('parseSha256Sums', () => {
  it('reads GNU lines and reports malformed, unsafe and duplicate ones', () => {
    const h = 'a'.repeat(64);
    const { entries, issues } = parseSha256Sums(`${h}  a.csv\n${h} *schemas/b.json\nnope\n${h}  ../etc/passwd\n${h}  a.csv\n`);
    expect(entries.map((e) => e.path)).toEqual(['a.csv', 'schemas/b.json']);
    expect(issues.map((i) => i.code)).toEqual(['dist-checksum-line-malformed', 'dist-checksum-path-unsafe', 'dist-checksum-duplicate']);
  });
});

describe('renderReleaseNotes', () => {
  const current = { tag: 'data-2025-02-01-bbbbbbbbbbbb', counts: { events: 3, organisations: 5, people: 1 }, files: { 'events.csv': '1', 'organisations.csv': '2b', 'people.csv': '9' } };
  const previous = { tag: 'data-2025-01-01-aaaaaaaaaaaa', counts: { events: 3, organisations: 4, links: 2 }, files: { 'events.csv': '1', 'organisations.csv': '2a', 'links.csv': '7' } };

  it('gives counts per dataset and what changed since the previous release', () => {
    const notes = renderReleaseNotes(current, previous);
    expect(notes).toContain('Compared with the previous release, data-2025-01-01-aaaaaaaaaaaa.');
    expect(notes).toContain('| events | 3 | unchanged |');
    expect(notes).toContain('| organisations | 5 | +1 records |');
    expect(notes).toContain('| people | 1 | new |');
    expect(notes).toContain('| links | — | removed (had 2) |');
    expect(notes).toContain('- Added: `people.csv`');
    expect(notes).toContain('- Changed: `organisations.csv`');
    expect(notes).toContain('- Removed: `links.csv`');
  });

  it('accepts extra sections, e.g. a record-level diff', () => {
    const notes = renderReleaseNotes(current, previous, [(c, p) => `### Records\n\n${c.tag} vs ${p?.tag}`]);
    expect(notes).toContain('### Records\n\ndata-2025-02-01-bbbbbbbbbbbb vs data-2025-01-01-aaaaaaaaaaaa');
  });

  it('diffFiles is empty for identical listings (property)', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.string()), (files) => {
      const d = diffFiles(files, { ...files });
      return d.added.length + d.changed.length + d.removed.length === 0;
    }));
  });
});
