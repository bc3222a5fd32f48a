import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffDatasets,
  isUnchanged,
  renderChangesFile,
  renderFirstVersion,
  renderChangesMarkdown,
  renderDiffJson,
  renderDiffText,
  sameValue,
  summariseDiff,
  type DatasetFiles,
} from '../../pipeline/stages/diff/index.ts';

const OLD: DatasetFiles = {
  organisations: [
    { id: 'org-anssi', name: "Agence nationale de la sécurité des systèmes d'information", acronym: 'ANSSI', sources: ['src-a'] },
    { id: 'org-dinsic', name: 'DINSIC', acronym: 'DINSIC', sources: ['src-a'] },
    { id: 'org-dinum', name: 'Direction interministérielle du numérique', acronym: 'DINUM', parent_id: null, sources: ['src-a'] },
  ],
  facts: [{ id: 'f-1', quote: 'La DINUM est créée le 25 octobre 2019.', start: 10, end: 48 }],
  people: [{ id: 'person-x', name: 'X' }],
};

const NEW: DatasetFiles = {
  organisations: [
    // Keys in another order: not a change.
    { acronym: 'ANSSI', id: 'org-anssi', name: "Agence nationale de la sécurité des systèmes d'information", sources: ['src-a'] },
    { id: 'org-cnil', name: 'Commission nationale de l’informatique et des libertés', acronym: 'CNIL', sources: ['src-b'] },
    { id: 'org-dinum', name: 'Direction interministérielle du numérique (DINUM)', acronym: 'DINUM', parent_id: 'org-sgg', sources: ['src-a', 'src-b'] },
  ],
  facts: [{ id: 'f-1', quote: 'La DINUM a été créée le 25 octobre 2019.', start: 10, end: 48 }],
  links: [{ id: 'link-1', url: 'https://www.numerique.gouv.fr' }],
};

describe('diffDatasets', () => {
  const diff = diffDatasets(OLD, NEW);
  const of = (name: string) => diff.datasets.find((d) => d.dataset === name)!;

  it('lists added, removed and changed records by id, with field-level old → new values', () => {
    const orgs = of('organisations');
    expect(orgs.status).toBe('kept');
    expect(orgs.added.map((a) => a.id)).toEqual(['org-cnil']);
    expect(orgs.added[0]!.record).toMatchObject({ acronym: 'CNIL' });
    expect(orgs.removed.map((r) => r.id)).toEqual(['org-dinsic']);
    expect(orgs.changed).toEqual([
      {
        id: 'org-dinum',
        fields: [
          { field: 'name', old: 'Direction interministérielle du numérique', new: 'Direction interministérielle du numérique (DINUM)' },
          { field: 'parent_id', old: null, new: 'org-sgg' },
          { field: 'sources', old: ['src-a'], new: ['src-a', 'src-b'] },
        ],
      },
    ]);
    expect(orgs.unchanged).toBe(1);
  });

  it('shows a reworded quote as a change of the same record, not a removal plus an addition', () => {
    const facts = of('facts');
    expect(facts.added).toEqual([]);
    expect(facts.removed).toEqual([]);
    expect(facts.changed).toEqual([
      { id: 'f-1', fields: [{ field: 'quote', old: 'La DINUM est créée le 25 octobre 2019.', new: 'La DINUM a été créée le 25 octobre 2019.' }] },
    ]);
  });

  it('reports datasets that appear or disappear, in publication order', () => {
    expect(diff.datasets.map((d) => d.dataset)).toEqual(['organisations', 'people', 'links', 'facts']);
    expect(of('people')).toMatchObject({ status: 'removed', removed: [{ id: 'person-x' }], unchanged: 0 });
    expect(of('links')).toMatchObject({ status: 'added', added: [{ id: 'link-1' }] });
  });

  it('compares arrays as arrays (order matters) and tells an absent field from null', () => {
    const d = diffDatasets(
      { x: [{ id: 'a', list: ['1', '2'], gone: null, both: null }] },
      { x: [{ id: 'a', list: ['2', '1'], both: null, extra: 0 }] },
    );
    expect(d.datasets[0]!.changed[0]!.fields).toEqual([
      { field: 'list', old: ['1', '2'], new: ['2', '1'] },
      { field: 'extra', old: undefined, new: 0 },
      { field: 'gone', old: null, new: undefined },
    ]);
  });

  it('orders records by id in code-unit order whatever the input order', () => {
    const d = diffDatasets({}, { x: [{ id: 'b' }, { id: 'B' }, { id: 'a-2' }, { id: 'a' }] });
    expect(d.datasets[0]!.added.map((a) => a.id)).toEqual(['B', 'a', 'a-2', 'b']);
  });

  it('refuses records without an id or with a duplicate id (records are matched by id)', () => {
    expect(() => diffDatasets({ x: [{ name: 'no id' }] }, {})).toThrow(/no string id/);
    expect(() => diffDatasets({}, { x: [{ id: 'a' }, { id: 'a' }] })).toThrow(/two records with id "a"/);
  });

  it('accounts for every record on both sides (property)', () => {
    const record = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), v: fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 })) });
    const dataset = fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 5 });
    fc.assert(
      fc.property(dataset, dataset, (a, b) => {
        const d = diffDatasets({ x: a }, { x: b }).datasets[0]!;
        expect(d.added.length + d.changed.length + d.unchanged).toBe(b.length);
        expect(d.removed.length + d.changed.length + d.unchanged).toBe(a.length);
        expect(isUnchanged(diffDatasets({ x: a }, { x: structuredClone(a) }))).toBe(true);
      }),
    );
  });
});

describe('renderings', () => {
  const diff = diffDatasets(OLD, NEW);

  it('renders text with +, - and ~ lines and field old → new', () => {
    const text = renderDiffText(diff, { from: 'old', to: 'new' });
    expect(text).toContain('Comparing old → new');
    expect(text).toContain('organisations: 1 added, 1 removed, 1 changed, 1 unchanged');
    expect(text).toContain('  + org-cnil');
    expect(text).toContain('  - org-dinsic');
    expect(text).toContain('  ~ org-dinum\n      name: "Direction interministérielle du numérique" → "Direction interministérielle du numérique (DINUM)"');
    expect(text).toContain('      parent_id: null → "org-sgg"');
    expect(text).toContain('      sources: ["src-a"] → ["src-a","src-b"]  (+"src-b")');
    expect(text).toContain('people: dataset removed (had 1 record)');
    expect(text).toContain('links: new dataset (1 record)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('4 of 4 datasets differ: 2 added, 2 removed, 2 changed, 1 unchanged records.');
    expect(renderDiffText(diffDatasets(OLD, OLD))).toBe(
      'organisations: unchanged (3 records)\npeople: unchanged (1 record)\nfacts: unchanged (1 record)\n\nNo differences: 3 datasets, 5 records, all the same.\n',
    );
  });

  it('renders JSON with a summary and the full records; absent fields have no old/new key', () => {
    const json = JSON.parse(renderDiffJson(diffDatasets({ x: [{ id: 'a', gone: 1 }] }, { x: [{ id: 'a' }, { id: 'b', n: 2 }] }), { from: 'A', to: 'B' }));
    expect(json).toEqual({
      from: 'A',
      to: 'B',
      summary: { datasets: 1, changed_datasets: 1, added: 1, removed: 0, changed: 1, unchanged: 0 },
      datasets: [{ dataset: 'x', status: 'kept', added: [{ id: 'b', record: { id: 'b', n: 2 } }], removed: [], changed: [{ id: 'a', fields: [{ field: 'gone', old: 1 }] }], unchanged: 0 }],
    });
  });

  it('renders markdown: a summary table, then details capped with "… and N more"', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `r-${String(i).padStart(2, '0')}`, name: `Record ${i}` }));
    const md = renderChangesMarkdown(diffDatasets({ x: [] }, { x: many }), { from: 'data version `abc`', to: 'this version' }, { maxPerDataset: 5 });
    expect(md).toMatch(/^# Changes\n\nFrom data version `abc` to this version\.\n/);
    expect(md).toContain('| x | 30 | 0 | 0 | 0 |');
    expect(md).toContain('## x\n\n- added `r-00`: `Record 0`');
    expect(md).toContain('- added `r-04`: `Record 4`\n- … and 25 more');
    expect(md).not.toContain('r-05');
  });

  it('keeps backticks in values from breaking the markdown', () => {
    const md = renderChangesMarkdown(diffDatasets({ x: [{ id: 'a', q: 'x' }] }, { x: [{ id: 'a', q: 'a `code` b' }] }), { from: 'A', to: 'B' });
    expect(md).toContain('  - `q`: ``"x" → "a `code` b"``');
  });
});

describe('renderChangesFile', () => {
  const meta = { from: 'data version `aaaaaaaaaaaa`', to: 'this version' };

  it('says "first version" when there is no baseline', () => {
    const text = renderChangesFile(null, null, NEW, meta);
    expect(text).toMatch(/^# Changes\n\nFirst version of the data/);
    expect(text).toContain('| organisations | 3 |');
    // A build without a previous version says the same from its counts alone (its records are not read).
    expect(renderFirstVersion(Object.fromEntries(Object.entries(NEW).map(([name, records]) => [name, records.length])))).toBe(text);
  });

  it('reuses the baseline CHANGES.md byte for byte when the records are the same', () => {
    const previous = '# Changes\n\nwhatever the previous build said\n';
    const sameRecordsOtherKeyOrder: DatasetFiles = { ...NEW, organisations: NEW.organisations!.map((r) => Object.fromEntries(Object.entries(r).reverse())) };
    expect(renderChangesFile(NEW, previous, sameRecordsOtherKeyOrder, meta)).toBe(previous);
  });

  it('renders the diff baseline → build when the records differ (even if the baseline has a CHANGES.md)', () => {
    const text = renderChangesFile(OLD, '# Changes\n\nold text\n', NEW, meta);
    expect(text).not.toContain('old text');
    expect(text).toBe(renderChangesMarkdown(diffDatasets(OLD, NEW), meta));
    expect(text).toContain('- changed `f-1`\n  - `quote`: `"La DINUM est créée le 25 octobre 2019." → "La DINUM a été créée le 25 octobre 2019."`');
  });

  it('renders an account of "no differences" when the records are the same and the baseline has no CHANGES.md', () => {
    const text = renderChangesFile(OLD, null, OLD, meta);
    expect(text).toContain('No differences');
    expect(summariseDiff(diffDatasets(OLD, OLD)).changed_datasets).toBe(0);
  });
});

describe('sameValue', () => {
  it('compares values deeply, whatever the key order, and tells lists apart by items, order and length', () => {
    expect(sameValue('a', 'a')).toBe(true);
    expect(sameValue('a', 'b')).toBe(false);
    expect(sameValue(['x', 'y'], ['x', 'y'])).toBe(true);
    expect(sameValue(['x', 'y'], ['y', 'x'])).toBe(false);
    expect(sameValue(['x'], ['x', null])).toBe(false);
    expect(sameValue([undefined], [null])).toBe(true);
    expect(sameValue(undefined, null)).toBe(false);
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([{ a: 1, b: 'z' }], [{ b: 'z', a: 1 }])).toBe(true);
    expect(sameValue([{ a: 1 }], [{ a: 2 }])).toBe(false);
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(null, [])).toBe(false);
  });

  it('agrees with comparing canonical JSON texts (keys sorted), on any JSON values', () => {
    const canonicalText = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canonicalText).join(',')}]`
        : v !== null && typeof v === 'object'
          ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalText((v as Record<string, unknown>)[k])}`).join(',')}}`
          : JSON.stringify(v);
    const reordered = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reordered) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reordered(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameValue(a, reordered(a))).toBe(true);
        expect(sameValue(a, b)).toBe(canonicalText(a) === canonicalText(b));
      }),
    );
  });
});
