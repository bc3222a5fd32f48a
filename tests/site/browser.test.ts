/**
 * The preview site in a real browser: builds the repository's sources into a temporary folder, opens
 * site/index.html from disk (file://) in Debian's Chromium driven by playwright-core (no browser is downloaded),
 * and checks what a reader does: the page loads cleanly, filtering and sorting work from the keyboard, the chart
 * has every top-level organisation, quotes open. Screenshots go to test-output/site/ (git-ignored) for a person
 * to look at.
 *
 * Without /usr/bin/chromium (a developer machine) the tests are skipped with a message; in CI (CI=true), where
 * .ci/run installs it, a missing browser is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli.ts';

// Debian's chromium by default; CHROMIUM_PATH points elsewhere (e.g. GitHub's runners ship google-chrome).
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ROOT = new URL('../..', import.meta.url).pathname;
const SHOTS = join(ROOT, 'test-output', 'site');
const MISSING = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the preview-site browser tests`;

if (!HAS_CHROMIUM) {
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`${MISSING} (CI must run them: .ci/run installs it).`);
  console.warn(`tests/site/browser.test.ts skipped: ${MISSING}.`);
}

interface Org {
  id: string;
  parent_id: string | null;
}

describe.skipIf(!HAS_CHROMIUM)(`preview site in Chromium${HAS_CHROMIUM ? '' : ` (skipped: ${MISSING})`}`, () => {
  let temp = '';
  let url = '';
  let orgs: Org[] = [];
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const watch = (p: Page) => {
    p.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    p.on('request', (r) => {
      if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
    });
  };

  const open = async (width: number, height = 900): Promise<Page> => {
    const p = await browser.newPage({ viewport: { width, height } });
    watch(p);
    await p.goto(url);
    await p.locator('#table-organisations tbody tr').first().waitFor();
    return p;
  };

  const visibleRows = (p: Page, name: string) => p.locator(`#table-${name} tbody tr`).count();

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'etat-numerique-site-'));
    const out = join(temp, 'dist');
    const err: string[] = [];
    const code = await main(['build', '--sources', join(ROOT, 'sources'), '--out', out], {}, { stdout: () => {}, stderr: (l) => err.push(l) });
    expect(code, err.join('\n')).toBe(0);
    const index = join(out, 'site', 'index.html');
    expect(existsSync(index), 'the build writes site/index.html').toBe(true);
    url = pathToFileURL(index).href;
    orgs = (JSON.parse(readFileSync(join(out, 'organisations.json'), 'utf8')) as { records: Org[] }).records;
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await open(1280);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('loads from disk with no console error, no failed request and no network request', async () => {
    expect(await page.title()).toContain('aperçu des données');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#contenu').count()).toBe(1);
    expect(await page.locator('nav a[href="#donnees-organisations"]').count()).toBe(1);
    expect(await visibleRows(page, 'organisations')).toBe(orgs.length);
    expect(problems).toEqual([]);
  });

  it('draws a chart node for every top-level organisation (parent_id null), each with a label and a tooltip', async () => {
    const topLevel = orgs.filter((o) => o.parent_id === null).map((o) => o.id);
    expect(topLevel.length).toBeGreaterThan(0);
    const roots = await page.$$eval('svg.org-chart g.org-node.root', (gs) => gs.map((g) => g.getAttribute('data-id')));
    for (const id of topLevel) expect(roots, id).toContain(id);
    const nodes = await page.$$eval('svg.org-chart g.org-node', (gs) =>
      gs.map((g) => ({ label: [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ').trim(), title: g.querySelector('title')?.textContent ?? '' })),
    );
    expect(nodes.length).toBe(orgs.length);
    for (const n of nodes) {
      expect(n.label).not.toBe('');
      expect(n.title).not.toBe('');
    }
    // Labels fit their boxes in the browser's font (the page shortens any that would overflow).
    const overflowing = await page.$$eval('svg.org-chart g.org-node', (gs) =>
      gs.flatMap((g) => {
        const box = (g.querySelector('rect') as SVGRectElement).getBBox();
        return [...g.querySelectorAll('text')].filter((t) => {
          const b = (t as SVGTextElement).getBBox();
          return b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height + 1;
        }).map((t) => t.textContent);
      }),
    );
    expect(overflowing).toEqual([]);
  });

  it('filters a table: fewer rows, the count says so, and clearing brings them back', async () => {
    const total = await visibleRows(page, 'organisations');
    const filter = page.getByLabel('Filtrer : organisations');
    await filter.pressSequentially('département');
    const filtered = await visibleRows(page, 'organisations');
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(await page.locator('#count-organisations').textContent()).toBe(`${filtered} / ${total}`);
    const cells = await page.locator('#table-organisations tbody tr').allTextContents();
    for (const c of cells) expect(c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).toContain('departement');
    await page.locator('#donnees-organisations').screenshot({ path: join(SHOTS, 'table-filtered.png') });
    await filter.fill('');
    expect(await visibleRows(page, 'organisations')).toBe(total);
    await filter.fill('aucune organisation ne porte ce nom zzz');
    expect(await visibleRows(page, 'organisations')).toBe(0);
    expect(await page.locator('#count-organisations').textContent()).toBe(`0 / ${total}`);
    await filter.fill('');
  });

  it('works from the keyboard: skip link first, Tab reaches the filter then a column header, Enter sorts (aria-sort)', async () => {
    const p = await open(1280);
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('skip');
    expect(await p.locator('.skip').isVisible()).toBe(true);
    // From the last download link of the organisations section, Tab goes to its filter, then to its first header.
    await p.locator('#donnees-organisations .downloads a').last().focus();
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('filter-organisations');
    await p.keyboard.press('Tab');
    const header = p.locator('#table-organisations thead th').first();
    expect(await p.evaluate(() => document.activeElement?.closest('th')?.cellIndex)).toBe(0);
    expect(await p.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    const ids = async () => p.locator('#table-organisations tbody tr th:first-child').allTextContents();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    await p.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await ids();
    // Sorted as the browser's French collation sorts them (computed in the page: same ICU as the script).
    expect(ascending).toEqual(await p.evaluate((v) => [...v].sort(new Intl.Collator('fr', { numeric: true, sensitivity: 'base' }).compare), ascending));
    await p.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await ids()).toEqual([...ascending].reverse());
    await p.close();
  });

  it('shows the source quotes of a record when its Sources disclosure is opened', async () => {
    const details = page.locator('#table-organisations tbody details.quotes').first();
    const factIds = ((await details.getAttribute('data-facts')) ?? '').split(' ');
    expect(factIds.length).toBeGreaterThan(0);
    await details.locator('summary').click();
    const items = details.locator('li');
    expect(await items.count()).toBe(factIds.length);
    expect(await items.first().locator('q').textContent()).not.toBe('');
    expect(await items.first().textContent()).toContain(factIds[0]);
    // The timeline's disclosures work the same way.
    const event = page.locator('.timeline details.quotes').first();
    await event.locator('summary').click();
    expect(await event.locator('li q').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('has no horizontal page overflow and readable contrast (WCAG AA) on its text', async () => {
    for (const width of [1280, 390]) {
      const p = width === 1280 ? page : await open(width);
      const [scroll, inner] = await p.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scroll, `page wider than a ${width}px window`).toBeLessThanOrEqual(inner);
      if (p !== page) await p.close();
    }
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r, g, b].map((v) => ((v ?? 0) / 255 <= 0.03928 ? (v ?? 0) / 255 / 12.92 : (((v ?? 0) / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      let checked = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('svg, script, style, .sr-only, noscript')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
        checked++;
        const [a, b] = [lum(rgb(style.color)), lum(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} «${n.textContent.trim().slice(0, 40)}»`);
      }
      return { checked, out };
    });
    expect(low.checked).toBeGreaterThan(100);
    expect(low.out).toEqual([]);
  });

  it('writes screenshots of the whole page and of the chart to test-output/site/', async () => {
    const p = await open(1280);
    await p.screenshot({ path: join(SHOTS, 'full-page.png'), fullPage: true });
    await p.locator('#organigramme').screenshot({ path: join(SHOTS, 'chart.png') });
    await p.screenshot({ path: join(SHOTS, 'top.png') });
    await p.close();
    const narrow = await open(390, 844);
    await narrow.screenshot({ path: join(SHOTS, 'narrow-top.png') });
    await narrow.close();
    for (const f of ['full-page.png', 'chart.png', 'top.png', 'table-filtered.png', 'narrow-top.png']) expect(statSync(join(SHOTS, f)).size, f).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
