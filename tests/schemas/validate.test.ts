import { describe, expect, it } from 'vitest';
import { validateDatasets } from '../../pipeline/stages/validate/index.ts';
import { CHECKPOINT_RECORDS } from '../../pipeline/stages/validate/datasets.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { fixtureDatasets } from '../package/fixtures.ts';
import { DATASETS_IN_ORDER } from '../../pipeline/stages/package/contract.ts';

/** Breaks a fixture with a mutation applied to a plain copy (records are plain data). */
function broken(mutate: (d: Record<string, Record<string, unknown>[]>) => void): Datasets {
  const d = fixtureDatasets() as unknown as Record<string, Record<string, unknown>[]>;
  mutate(d);
  return d as unknown as Datasets;
}

const at = (d: Record<string, Record<string, unknown>[]>, dataset: string, id: string): Record<string, unknown> => {
  const r = d[dataset]?.find((x) => x.id === id);
  if (!r) throw new Error(`no ${dataset}/${id} in the fixture`);
  return r;
};

describe('validateDatasets', () => {
  it('accepts the fixture build', () => {
    expect(validateDatasets(fixtureDatasets())).toEqual([]);
  });

  it('tells the caller when each dataset is checked, in the order of the package', () => {
    const done: string[] = [];
    validateDatasets(fixtureDatasets(), { datasetDone: (name) => done.push(name) });
    expect(done).toEqual([...DATASETS_IN_ORDER]);
  });

  it('calls the checkpoint every CHECKPOINT_RECORDS records of a dataset and of the references pass', () => {
    const datasets = fixtureDatasets();
    const fact = datasets.facts[0]!;
    // Enough facts for two checkpoints in the dataset pass and two in the references pass.
    datasets.facts = Array.from({ length: 2 * CHECKPOINT_RECORDS + 1 }, (_, i) => ({ ...fact, id: `f-${String(i).padStart(12, '0')}` }));
    let checkpoints = 0;
    validateDatasets(datasets, { checkpoint: () => checkpoints++ });
    expect(checkpoints).toBe(4);
  });

  it('names dataset, record, field, value and source quote when a year is given a day precision', () => {
    const issues = validateDatasets(broken((d) => (at(d, 'organisations', 'etalab').founding_date_precision = 'day')));
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({
      code: 'schema-violation',
      severity: 'error',
      stage: 'validate',
      location: {
        dataset: 'organisations',
        record: 'etalab',
        field: 'founding_date',
        pointer: '/founding_date',
        source: '03_communique-dinum',
      },
    });
    expect(issue?.message).toContain('organisations record etalab');
    expect(issue?.message).toContain('"2011"');
    expect(issue?.message).toContain('When founding_date_precision is "day"');
    expect(issue?.message).toContain('« le département Etalab de la DINUM »');
  });

  it('uses the quote given by the caller', () => {
    const issues = validateDatasets(
      broken((d) => (at(d, 'people', 'henri-verdier').name = '')),
      { quoteFor: (dataset, id) => `quote of ${dataset}/${id}` },
    );
    expect(issues[0]?.message).toContain('« quote of people/henri-verdier »');
    expect(issues[0]?.location).toMatchObject({ dataset: 'people', record: 'henri-verdier', field: 'name' });
  });

  it('reports a missing field, an extra field and a wrong type, all at once', () => {
    const issues = validateDatasets(
      broken((d) => {
        const fig = at(d, 'figures', 'fig-cout');
        delete fig.unit;
        fig.colour = 'blue';
        fig.value = '1,5';
      }),
    );
    const fields = issues.map((i) => i.location?.field).sort();
    expect(fields).toEqual(['colour', 'unit', 'value']);
    expect(issues.every((i) => i.location?.record === 'fig-cout' && i.location.dataset === 'figures')).toBe(true);
    expect(issues.find((i) => i.location?.field === 'unit')?.message).toContain('is missing');
    expect(issues.find((i) => i.location?.field === 'colour')?.message).toContain('"blue"');
  });

  it('rejects a period without an interval, a padded year and an organisation with neither name nor acronym', () => {
    const issues = validateDatasets(
      broken((d) => {
        at(d, 'events', 'ev-strategie').date = '2023';
        at(d, 'legal_texts', 'decret-2009-834').date = '2009-01-01';
        at(d, 'organisations', 'anssi').acronym = null;
      }),
    );
    expect(
      issues.map((i) => `${i.location?.dataset}/${i.location?.record}/${i.location?.field ?? '-'}`).sort(),
    ).toEqual(['events/ev-strategie/date', 'legal_texts/decret-2009-834/date', 'organisations/anssi/-']);
    expect(issues.find((i) => i.location?.record === 'anssi')?.message).toContain('cannot both be null');
  });

  it('reports duplicate ids and references to records that do not exist', () => {
    const issues = validateDatasets(
      broken((d) => {
        d.people?.push({ ...at(d, 'people', 'henri-verdier') });
        at(d, 'organisations', 'etalab').parent_id = 'dinsic';
        at(d, 'events', 'ev-etalab-2011').sources = ['03_communique-dinum', 'unknown-source'];
      }),
    );
    expect(issues.map((i) => [i.code, i.location?.record, i.location?.pointer])).toEqual(
      expect.arrayContaining([
        ['duplicate-id', 'henri-verdier', '/id'],
        ['reference-not-found', 'etalab', '/parent_id'],
        ['reference-not-found', 'ev-etalab-2011', '/sources/1'],
      ]),
    );
  });

  it('skips the schema check of records checked before, never their ids or references', () => {
    const d = broken((x) => {
      at(x, 'people', 'henri-verdier').name = '';
      at(x, 'figures', 'fig-cout').value = '1,5';
      at(x, 'organisations', 'etalab').parent_id = 'dinsic';
    });
    const plain = d as unknown as Record<string, Record<string, unknown>[]>;
    const before = new Set<object>([at(plain, 'people', 'henri-verdier'), at(plain, 'organisations', 'etalab')]);
    const issues = validateDatasets(d, { checkedBefore: before });
    // The person's empty name goes unseen (checked before); the figure is checked; the reference always is.
    expect(issues.map((i) => [i.code, i.location?.record, i.location?.field])).toEqual([
      ['schema-violation', 'fig-cout', 'value'],
      ['reference-not-found', 'etalab', 'parent_id'],
    ]);
  });

  it('never throws, even on records that are not objects or datasets that are missing', () => {
    const d = fixtureDatasets() as unknown as Record<string, unknown>;
    d.links = [null, 42];
    delete d.contacts;
    const issues = validateDatasets(d as unknown as Datasets);
    expect(issues.some((i) => i.code === 'dataset-missing' && i.location?.dataset === 'contacts')).toBe(true);
    expect(issues.filter((i) => i.location?.dataset === 'links').map((i) => i.location?.record)).toEqual(['#0', '#1']);
  });
});
