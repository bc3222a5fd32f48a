import { describe, expect, it } from 'vitest';
import { CHART, layoutOrgChart, renderOrgChartSvg, renderOrgOutline, wrapLabel } from '../../pipeline/stages/site/org-chart.ts';
import type { OrganisationRecord } from '../../pipeline/types/records.ts';

const org = (id: string, parent_id: string | null, over: Partial<OrganisationRecord> = {}): OrganisationRecord => ({
  id,
  name: `nom ${id}`,
  acronym: null,
  type: null,
  parent_id,
  alt_names: [],
  founding_date: null,
  founding_date_precision: null,
  sources: ['s'],
  fact_ids: [],
  ...over,
});

const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + CHART.nodeWidth && b.x < a.x + CHART.nodeWidth && a.y < b.y + CHART.nodeHeight && b.y < a.y + CHART.nodeHeight;

describe('layoutOrgChart', () => {
  const orgs = [
    org('dinum', null, { acronym: 'DINUM', name: 'direction interministérielle du numérique' }),
    org('etalab', 'dinum'),
    org('pole-a', 'etalab'),
    org('pole-b', 'etalab'),
    org('incubateur', 'dinum'),
    org('anssi', null, { acronym: 'ANSSI', name: null }),
    org('sgmap', null),
    org('orphan', 'unknown-parent'),
  ];

  it('makes every top-level organisation (parent_id null) a root node, and an unknown parent a root too', () => {
    const layout = layoutOrgChart(orgs);
    const roots = new Set(layout.nodes.filter((n) => n.root).map((n) => n.id));
    for (const o of orgs.filter((o) => o.parent_id === null)) expect(roots.has(o.id), o.id).toBe(true);
    expect(roots.has('orphan')).toBe(true);
    expect(new Set(layout.roots)).toEqual(roots);
  });

  it('draws every organisation once, children one column right of their parent', () => {
    const layout = layoutOrgChart(orgs);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(orgs.map((o) => o.id).sort());
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const n of layout.nodes) {
      if (n.root) continue;
      const parent = byId.get(n.parent_id as string);
      expect(parent?.children).toContain(n.id);
      expect(n.x).toBeGreaterThan(parent?.x ?? Infinity);
      expect(n.depth).toBe((parent?.depth ?? -1) + 1);
    }
  });

  it('centres a parent on its children, keeps nodes apart and inside the drawing', () => {
    const layout = layoutOrgChart(orgs);
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    const etalab = byId.get('etalab');
    expect(etalab?.y).toBe(((byId.get('pole-a')?.y ?? 0) + (byId.get('pole-b')?.y ?? 0)) / 2);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x + CHART.nodeWidth).toBeLessThanOrEqual(layout.width);
      expect(a.y + CHART.nodeHeight).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
  });

  it('does not depend on the order of the records', () => {
    expect(layoutOrgChart([...orgs].reverse())).toEqual(layoutOrgChart(orgs));
  });

  it('cuts a parent loop (a data error) so that every record is still drawn once', () => {
    const layout = layoutOrgChart([org('a', 'b'), org('b', 'c'), org('c', 'a'), org('d', null)]);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.roots).toContain('a');
  });

  it('draws an empty chart for no organisations', () => {
    const layout = layoutOrgChart([]);
    expect(layout.nodes).toEqual([]);
    expect(renderOrgChartSvg(layout, 'x')).toContain('<svg');
  });
});

describe('renderOrgChartSvg', () => {
  it('labels every node (acronym or name) with a <title> tooltip, escaped', () => {
    const layout = layoutOrgChart([
      org('a', null, { acronym: 'A&B', name: 'Agence <des> « tests »' }),
      org('b', 'a', { name: 'bureau des "guillemets"' }),
    ]);
    const svg = renderOrgChartSvg(layout, 'h');
    expect(svg).toContain('data-id="a"');
    expect(svg).toContain('<title>Agence &lt;des&gt; « tests » (A&amp;B)</title>');
    expect(svg).toContain('>A&amp;B</text>');
    expect(svg).toContain('bureau des &quot;guillemets&quot;');
    expect(svg).not.toMatch(/<des>/);
    expect((svg.match(/<g class="org-node/g) ?? []).length).toBe(2);
    expect((svg.match(/<path /g) ?? []).length).toBe(1);
  });

  it('gives the same hierarchy as nested lists', () => {
    const layout = layoutOrgChart([org('a', null), org('b', 'a'), org('c', null)]);
    expect(renderOrgOutline(layout)).toBe('<ul class="org-outline"><li>nom a<ul><li>nom b</li></ul></li><li>nom c</li></ul>');
  });
});

describe('wrapLabel', () => {
  it('wraps at spaces and marks a cut with an ellipsis', () => {
    expect(wrapLabel('direction interministérielle du numérique', 28, 2)).toEqual(['direction interministérielle', 'du numérique']);
    expect(wrapLabel('direction interministérielle du numérique', 28, 1)).toEqual(['direction interministériell…']);
    expect(wrapLabel('un deux trois', 28, 1)).toEqual(['un deux trois']);
    expect(wrapLabel('anticonstitutionnellementissime', 10, 2)).toEqual(['anticonst…']);
    for (const line of wrapLabel('a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(4), 12, 3)) expect(line.length).toBeLessThanOrEqual(12);
  });
});
