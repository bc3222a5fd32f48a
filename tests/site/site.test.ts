import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assetNameFor } from '../../pipeline/stages/publish/dist.ts';
import { DATASETS_IN_ORDER } from '../../pipeline/stages/package/contract.ts';
import { SITE_CSS, SITE_SCRIPT } from '../../pipeline/stages/site/assets.ts';
import { flatAssetName, jsonForScript } from '../../pipeline/stages/site/html.ts';
import { renderSite, renderSitePage, SITE_MAX_CHART, SITE_MAX_EVENTS, SITE_MAX_ROWS, SITE_PATH, tableData } from '../../pipeline/stages/site/index.ts';
import { chartSubset } from '../../pipeline/stages/site/org-chart.ts';
import { renderQuality } from '../../pipeline/stages/site/quality.ts';
import type { Datasets } from '../../pipeline/types/records.ts';
import { fixtureDatasets } from '../package/fixtures.ts';

const page = (datasets: Datasets = fixtureDatasets(), files: ReadonlyMap<string, string> = new Map(), base?: string) =>
  renderSitePage(datasets, files, base ? { downloadBaseUrl: base } : {});

/** The JSON embedded in the page, parsed back. */
function embedded(html: string): { page: number; sourceTitles: Record<string, string>; datasets: ReturnType<typeof tableData>[] } {
  const m = /<script type="application\/json" id="site-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no embedded data');
  return JSON.parse(m[1] as string);
}

describe('renderSite', () => {
  it('renders one file, site/index.html', () => {
    expect([...renderSite(fixtureDatasets(), new Map()).keys()]).toEqual([SITE_PATH]);
  });

  it('is deterministic: the same input gives the same bytes, whatever the order of the other files', () => {
    const files = new Map([
      ['quality.json', '{"facts":{"total":1,"by_kind":{"event":1},"without_record":{"event":0}}}'],
      ['CHANGES.md', '# x'],
    ]);
    const reversed = new Map([...files].reverse());
    const a = page(fixtureDatasets(), files);
    expect(page(fixtureDatasets(), reversed)).toBe(a);
    expect(page(fixtureDatasets(), files)).toBe(a);
  });

  it('is a French, self-contained page: no external script, style, image or font, a CSP that allows nothing else', () => {
    const html = page();
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/<img /);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const b64 = (t: string) => createHash('sha256').update(t, 'utf8').digest('base64');
    expect(csp).toContain(`'sha256-${b64(SITE_SCRIPT)}'`);
    expect(csp).toContain(`'sha256-${b64(SITE_CSS)}'`);
    expect(html).toContain(`<script>${SITE_SCRIPT}</script>`);
    expect(html).toContain(`<style>${SITE_CSS}</style>`);
  });

  it('has the landmarks and headings: skip link, nav to every dataset, main, one h1, an h2 per section', () => {
    const html = page();
    expect(html).toMatch(/<a class="skip" href="#contenu">/);
    expect(html).toContain('<main id="contenu"');
    expect((html.match(/<h1[ >]/g) ?? []).length).toBe(1);
    const nav = /<nav[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    for (const name of DATASETS_IN_ORDER) {
      expect(nav).toContain(`href="#donnees-${name}"`);
      expect(html).toContain(`<section id="donnees-${name}"`);
      expect(html).toMatch(new RegExp(`<h2 id="h-${name}">`));
    }
    for (const id of ['organigramme', 'chronologie', 'telechargements']) expect(html).toContain(`<h2 id="h-${id}">`);
  });

  it('labels every filter input and makes every column header a sort button', () => {
    const html = page();
    const inputs = [...html.matchAll(/<input [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs.length).toBe(DATASETS_IN_ORDER.length);
    for (const id of inputs) expect(html).toContain(`<label for="${id}">`);
    for (const name of DATASETS_IN_ORDER) {
      const thead = new RegExp(`<table id="table-${name}">[\\s\\S]*?<thead><tr>([\\s\\S]*?)</tr></thead>`).exec(html)?.[1] ?? '';
      const headers = thead.match(/<th /g) ?? [];
      expect(headers.length).toBeGreaterThan(0);
      expect((thead.match(/<button type="button" class="sort"/g) ?? []).length).toBe(headers.length);
    }
  });

  it('links every dataset file relative to the site (../NAME.csv), and to the release when a base URL is given', () => {
    const local = page();
    for (const name of DATASETS_IN_ORDER) {
      for (const f of [`${name}.csv`, `${name}.json`, `${name}.jsonld`, `schemas/${name}.schema.json`]) expect(local).toContain(`href="../${f}"`);
    }
    expect(local).not.toContain('releases/latest/download');
    const base = 'https://github.com/o/r/releases/latest/download/';
    const released = page(fixtureDatasets(), new Map(), base);
    expect(released).toContain(`href="${base}organisations.csv"`);
    expect(released).toContain(`href="${base}schemas--organisations.schema.json"`);
    expect(released).toContain('href="../organisations.csv"');
    expect(page(fixtureDatasets(), new Map(), base.slice(0, -1))).toBe(released);
  });

  it('names published files as the publish stage names release assets', () => {
    for (const p of ['organisations.csv', 'schemas/events.schema.json', 'contexts/etat-numerique.context.json', 'site/index.html']) {
      expect(flatAssetName(p)).toBe(assetNameFor(p));
    }
  });

  it('lists the optional files (catalogue, quality report, changes) only when they are built', () => {
    expect(page()).not.toContain('href="../catalog.jsonld"');
    const files = new Map([
      ['catalog.jsonld', '{}'],
      ['CHANGES.md', '# x'],
    ]);
    const html = page(fixtureDatasets(), files);
    expect(html).toContain('href="../catalog.jsonld"');
    expect(html).toContain('href="../CHANGES.md"');
  });

  it('embeds every record once as JSON, quotes with their source titles, the record quotes next to the id', () => {
    const datasets = fixtureDatasets();
    const data = embedded(page(datasets));
    expect(data.datasets.map((d) => d.name)).toEqual([...DATASETS_IN_ORDER]);
    for (const d of data.datasets) expect(d.rows.length).toBe(datasets[d.name].length);
    const orgs = data.datasets.find((d) => d.name === 'organisations');
    expect(orgs?.columns.map((c) => c.name).slice(0, 2)).toEqual(['id', 'fact_ids']);
    expect(orgs?.columns.find((c) => c.name === 'fact_ids')?.kind).toBe('facts');
    const facts = data.datasets.find((d) => d.name === 'facts');
    expect(facts?.rows.some((r) => r.includes("plus de 25 millions d'adresses"))).toBe(true);
    expect(data.sourceTitles['03_communique-dinum']).toContain('Base Adresse Nationale');
  });

  it('cannot be broken out of by a quote: </script> and <!-- in the data stay inside the JSON', () => {
    const datasets = fixtureDatasets();
    const f = datasets.facts[0];
    if (f) f.quote = '</script><script>alert(1)</script><!-- x';
    const html = page(datasets);
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(embedded(html).datasets.find((d) => d.name === 'facts')?.rows.some((r) => r.includes('</script><script>alert(1)</script><!-- x'))).toBe(true);
    expect(JSON.parse(jsonForScript({ q: '\u2028<\u2029' }))).toEqual({ q: '\u2028<\u2029' });
  });

  it('draws the chart and the timeline from the records', () => {
    const html = page();
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="org-chart"');
    for (const id of ['dinum', 'anssi']) expect(html).toMatch(new RegExp(`<g class="org-node root[^"]*" data-id="${id}"`));
    expect(html).toMatch(/<g class="org-node unit" data-id="etalab" data-parent="dinum">/);
    const order = ['ev-anssi-creation', 'ev-etalab-2011', 'ev-dinum-creation', 'ev-strategie'].map((id) => html.indexOf(`<li class="event" data-id="${id}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('courant juillet 2009');
  });

  it('shows the quality report when quality.json is built, and no section otherwise', () => {
    expect(page()).not.toContain('id="qualite"');
    const report = {
      about: 'Quality report.',
      evaluation: { gold_date: '2025-11-25', annotated: { texts: 15, entries: 612 }, kinds: [{ kind: 'events', dataset: 'events', field: null, gold: 57, found: 37, tp: 24, precision: 0.6486, recall: 0.4211, f1: 0.5106 }], all: null },
      empty_fields: [{ dataset: 'events', field: 'legal_text_id', empty: 10, records: 10, share: 1 }],
      something_new: { a: 1, b: 'deux' },
    };
    const html = page(fixtureDatasets(), new Map([['quality.json', JSON.stringify(report)]]));
    expect(html).toContain('<section id="qualite"');
    expect(html).toContain('href="#qualite"');
    expect(html).toContain('64,9\u00a0%');
    expect(html).toContain('42,1\u00a0%');
    expect(html).toContain('events.legal_text_id');
    expect(html).toContain('25 novembre 2025');
    expect(html).toContain('something new');
  });
});

describe('renderQuality', () => {
  it('says nothing when there is no report, and says so when it is not JSON', () => {
    expect(renderQuality(undefined, '../quality.json')).toBeUndefined();
    expect(renderQuality('{not json', '../quality.json')).toContain("n'est pas du JSON lisible");
  });

  it('renders a report of an unknown shape generically, escaped, with long lists cut', () => {
    const html =
      renderQuality(
        JSON.stringify({ per_source: { a: { x: 1, y: 2 }, b: { x: 3 } }, notes: ['<b>', 'ok'], rows: Array.from({ length: 150 }, (_, i) => ({ id: `r${i}`, v: i / 3 })) }),
        '../quality.json',
      ) ?? '';
    expect(html).toContain('<h3>Par source</h3>');
    expect(html).toContain('&lt;b&gt;, ok');
    expect(html).not.toContain('<b>');
    expect(html).toContain('0,333');
    expect(html).toContain('… et 50 autres');
  });

  it('falls back to the generic rendering for a known key with another shape', () => {
    expect(renderQuality(JSON.stringify({ evaluation: 'pas encore' }), 'q') ?? '').toContain('pas encore');
  });
});

describe('a large dataset in the preview', () => {
  it(`embeds its first ${SITE_MAX_ROWS} rows, says so, and counts what it shows`, () => {
    const datasets = fixtureDatasets();
    const template = datasets.links[0]!;
    const total = SITE_MAX_ROWS + 7;
    datasets.links = Array.from({ length: total }, (_, i) => ({ ...template, id: `link-${String(i + 1).padStart(6, '0')}` }));
    const html = page(datasets);
    const links = embedded(html).datasets.find((d) => d.name === 'links')!;
    expect(links.rows).toHaveLength(SITE_MAX_ROWS);
    expect(links.rows[0]![0]).toBe('link-000001');
    expect(links.rows.at(-1)![0]).toBe(`link-${String(SITE_MAX_ROWS).padStart(6, '0')}`);
    expect(html).toContain(`<span class="count">(${total})</span>`);
    expect(html).toContain(`id="count-links" role="status">${SITE_MAX_ROWS} / ${SITE_MAX_ROWS}</span>`);
    expect(html).toContain(`les ${SITE_MAX_ROWS} premières lignes sur ${total}`);
    // A small dataset is whole and has no such note.
    expect(embedded(html).datasets.find((d) => d.name === 'organisations')!.rows).toHaveLength(datasets.organisations.length);
    expect(html.match(/premières lignes/g)).toHaveLength(1);
  });
});

describe('the org chart and the timeline of a large corpus', () => {
  const org = (id: string, parent_id: string | null) => ({ ...fixtureDatasets().organisations[0]!, id, name: id, acronym: null, parent_id });

  it('chartSubset keeps whole trees, those with units first, and leaves a small list as it is', () => {
    const small = [org('a', null), org('b', 'a')];
    expect(chartSubset(small, 5)).toBe(small);
    const orgs = [
      ...Array.from({ length: 8 }, (_, i) => org(`lone-${i}`, null)),
      org('z-root', null),
      org('z-unit-1', 'z-root'),
      org('z-unit-2', 'z-unit-1'),
      org('big-root', null),
      ...Array.from({ length: 6 }, (_, i) => org(`big-unit-${i}`, 'big-root')),
      org('unit-of-unknown', 'not-in-the-list'),
    ];
    const ids = (list: readonly { id: string }[]) => list.map((o) => o.id);
    // 7 fits the big tree (7) and nothing else; 5 skips it and takes z's tree (3), then two roots without units.
    expect(ids(chartSubset(orgs, 7)).sort()).toEqual(['big-root', ...Array.from({ length: 6 }, (_, i) => `big-unit-${i}`)].sort());
    expect(ids(chartSubset(orgs, 5)).sort()).toEqual(['lone-0', 'lone-1', 'z-root', 'z-unit-1', 'z-unit-2'].sort());
    // The order of the records does not change the choice.
    expect(ids(chartSubset([...orgs].reverse(), 5)).sort()).toEqual(ids(chartSubset(orgs, 5)).sort());
  });

  it(`draws at most ${SITE_MAX_CHART} organisations and lists at most ${SITE_MAX_EVENTS} events, and says so`, () => {
    const datasets = fixtureDatasets();
    datasets.organisations = Array.from({ length: SITE_MAX_CHART + 20 }, (_, i) => org(`org-${String(i).padStart(4, '0')}`, null));
    const event = datasets.events[0]!;
    datasets.events = Array.from({ length: SITE_MAX_EVENTS + 3 }, (_, i) => ({ ...event, id: `event-${i}`, date: String(1000 + i), date_precision: 'year' as const }));
    const html = page(datasets);
    expect(html).toContain(`${SITE_MAX_CHART + 20} organisations ; le schéma en montre ${SITE_MAX_CHART}`);
    expect(html.match(/<li class="event" /g)).toHaveLength(SITE_MAX_EVENTS);
    expect(html).toContain(`(les ${SITE_MAX_EVENTS} premiers ici ; tous sont dans events.csv)`);
    expect(html).toContain('data-id="event-0"');
    expect(html).not.toContain(`data-id="event-${SITE_MAX_EVENTS}"`);
  });
});
