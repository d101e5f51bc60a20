/**
 * Exports from the toolbar, downloaded and parsed: the CSV files and the GraphML hold exactly the
 * nodes and links in view (filters and hidden nodes applied), each link with its sources and
 * verbatim quotes as the seeds give them; the PNG is a real image of the view.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { graphState } from './browser.js';
import { entities, idsOf, seedView, type SeedRelation } from './seed-graph.js';
import { useExplorer } from './session.js';

const session = useExplorer();

/** Clicks Export → `testId` and returns the downloaded file. */
async function exportFile(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** IS-K's neighbourhood without attacks and without the Taliban: what `VIEW` shows. */
const VIEW = '?x=is-k&h=taliban&hk=Attack';
function expectedView(): { nodes: string[]; edges: SeedRelation[] } {
  const view = seedView(['is-k'], ['taliban']);
  const nodes = view.nodes.filter((id) => entities.get(id)!.kind !== 'Attack');
  return { nodes, edges: view.edges.filter((r) => nodes.includes(r.from) && nodes.includes(r.to)) };
}

/** "source id | quote" pairs of a link's evidence, sorted (the API does not promise an order). */
const evidencePairs = (ids: string[], quotes: string[]) =>
  ids.map((id, i) => `${id} | ${quotes[i]}`).sort();

describe('exports from the toolbar', () => {
  it('CSV of nodes and of links: the view’s elements, links with their sources and quotes', async () => {
    const page = await session.open(VIEW);
    const expected = expectedView();
    const shown = await graphState(page);
    expect(shown.nodes).toEqual(expected.nodes);
    expect(shown.edges).toEqual(idsOf(expected.edges));

    const nodesFile = await exportFile(page, 'export-csv-nodes');
    expect(nodesFile.name).toMatch(/^actorgraph-\d{4}-\d{2}-\d{2}-nodes\.csv$/);
    const nodeRows = parse(nodesFile.bytes, { columns: true }) as Record<string, string>[];
    expect(nodeRows.map((r) => r.id).sort()).toEqual(expected.nodes);
    for (const row of nodeRows) {
      expect(row.kind).toBe(entities.get(row.id!)!.kind);
      expect(row.name).toBe(entities.get(row.id!)!.name);
    }

    const linksFile = await exportFile(page, 'export-csv-edges');
    expect(linksFile.name).toMatch(/^actorgraph-\d{4}-\d{2}-\d{2}-links\.csv$/);
    const linkRows = parse(linksFile.bytes, { columns: true }) as Record<string, string>[];
    expect(linkRows.map((r) => r.id).sort()).toEqual(idsOf(expected.edges));
    for (const seed of expected.edges) {
      const row = linkRows.find((r) => r.id === seed.id)!;
      expect([row.from, row.to, row.type, row.status]).toEqual([
        seed.from,
        seed.to,
        seed.type,
        seed.status ?? '',
      ]);
      const ids = row.source_ids!.split('\n');
      expect(evidencePairs(ids, row.quotes!.split('\n'))).toEqual(
        evidencePairs(
          seed.evidence.map((e) => e.source),
          seed.evidence.map((e) => e.quote),
        ),
      );
      expect(row.source_titles!.split('\n')).toEqual(ids.map((id) => entities.get(id)!.name));
    }
  });

  it('GraphML: the view’s nodes and links, each link with its evidence', async () => {
    const page = await session.open(VIEW);
    const expected = expectedView();
    await graphState(page);
    const file = await exportFile(page, 'export-graphml');
    expect(file.name).toMatch(/^actorgraph-.*\.graphml$/);
    // Parsed by the browser's own XML parser: a malformed document would give a parsererror.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const data = (el: Element, key: string) =>
        el.querySelector(`data[key="${key}"]`)?.textContent ?? '';
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: [...doc.querySelectorAll('node')].map((n) => ({
          id: n.id,
          kind: data(n, 'n_kind'),
          name: data(n, 'n_name'),
        })),
        edges: [...doc.querySelectorAll('edge')].map((e) => ({
          id: e.id,
          source: e.getAttribute('source'),
          target: e.getAttribute('target'),
          sourceIds: data(e, 'e_source_ids'),
          quotes: data(e, 'e_quotes'),
        })),
      };
    }, file.bytes.toString('utf8'));
    expect(parsed.errors).toBe(0);
    expect(parsed.nodes.map((n) => n.id).sort()).toEqual(expected.nodes);
    for (const n of parsed.nodes) expect(n.name).toBe(entities.get(n.id)!.name);
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(idsOf(expected.edges));
    for (const seed of expected.edges) {
      const edge = parsed.edges.find((e) => e.id === seed.id)!;
      expect([edge.source, edge.target]).toEqual([seed.from, seed.to]);
      expect(evidencePairs(edge.sourceIds.split('\n'), edge.quotes.split('\n'))).toEqual(
        evidencePairs(
          seed.evidence.map((e) => e.source),
          seed.evidence.map((e) => e.quote),
        ),
      );
    }
  });

  it('GEXF, evidence CSV and SVG: the view’s links with every quote, its source and date', async () => {
    const page = await session.open(VIEW);
    const expected = expectedView();
    await graphState(page);
    const gexf = await exportFile(page, 'export-gexf');
    expect(gexf.name).toMatch(/^actorgraph-.*\.gexf$/);
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const titles = new Map(
        [...doc.querySelectorAll('attributes[class="edge"] attribute')].map((a) => [
          a.getAttribute('id'),
          a.getAttribute('title'),
        ]),
      );
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.querySelectorAll('node').length,
        positioned: doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'position').length,
        edges: [...doc.querySelectorAll('edge')].map((e) => ({
          id: e.id,
          ...Object.fromEntries(
            [...e.querySelectorAll('attvalue')].map((v) => [
              titles.get(v.getAttribute('for')),
              v.getAttribute('value'),
            ]),
          ),
        })) as Record<string, string>[],
      };
    }, gexf.bytes.toString('utf8'));
    expect(parsed.errors).toBe(0);
    expect(parsed.nodes).toBe(expected.nodes.length);
    expect(parsed.positioned).toBe(expected.nodes.length);
    expect(parsed.edges.map((e) => e.id).sort()).toEqual(idsOf(expected.edges));
    for (const seed of expected.edges) {
      const edge = parsed.edges.find((e) => e.id === seed.id)!;
      const ids = edge.source_ids!.split('\n');
      expect(evidencePairs(ids, edge.quotes!.split('\n'))).toEqual(
        evidencePairs(
          seed.evidence.map((e) => e.source),
          seed.evidence.map((e) => e.quote),
        ),
      );
      expect(edge.source_titles!.split('\n')).toEqual(ids.map((id) => entities.get(id)!.name));
      expect((edge.source_dates ?? '').split('\n').length).toBeLessThanOrEqual(ids.length);
    }

    const csv = await exportFile(page, 'export-csv-evidence');
    const rows = parse(csv.bytes, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(expected.edges.reduce((n, r) => n + r.evidence.length, 0));
    for (const row of rows) {
      const seed = expected.edges.find((r) => r.id === row.link_id)!;
      expect(seed.evidence.map((e) => `${e.source} | ${e.quote}`)).toContain(
        `${row.source_id} | ${row.quote}`,
      );
      expect(row.source_title).toBe(entities.get(row.source_id!)!.name);
      expect(row.source_date).toBe(entities.get(row.source_id!)!.date ?? '');
    }

    const svg = await exportFile(page, 'export-svg');
    expect(svg.name).toMatch(/^actorgraph-.*\.svg$/);
    const drawn = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        groups: [...doc.querySelectorAll('g[id]')].map((g) => g.id).sort(),
      };
    }, svg.bytes.toString('utf8'));
    expect(drawn.errors).toBe(0);
    expect(drawn.groups).toEqual([...expected.nodes, ...idsOf(expected.edges)].sort());
  });

  it('Cytoscape JSON: only the elements in view, with their evidence', async () => {
    const page = await session.open(VIEW);
    const expected = expectedView();
    await graphState(page);
    const file = await exportFile(page, 'export-json');
    expect(file.name).toMatch(/^actorgraph-.*\.cyjs$/);
    const json = JSON.parse(file.bytes.toString('utf8')) as {
      elements: { group: string; data: { id: string; evidence?: unknown[] } }[];
    };
    const ids = (group: string) =>
      json.elements
        .filter((e) => e.group === group)
        .map((e) => e.data.id)
        .sort();
    expect(ids('nodes')).toEqual(expected.nodes);
    expect(ids('edges')).toEqual(idsOf(expected.edges));
    for (const e of json.elements.filter((x) => x.group === 'edges'))
      expect(e.data.evidence!.length).toBeGreaterThan(0);
  });

  it('PNG: an image of the whole view, in proportion to it', async () => {
    const page = await session.open(VIEW);
    await graphState(page);
    const box = await page.evaluate(() => {
      const cy = window.__actorgraph!.cy as unknown as {
        elements(s: string): { boundingBox(): { w: number; h: number } };
      };
      return cy.elements(':visible').boundingBox();
    });
    const file = await exportFile(page, 'export-png');
    expect(file.name).toMatch(/^actorgraph-.*\.png$/);
    expect(file.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    const width = file.bytes.readUInt32BE(16);
    const height = file.bytes.readUInt32BE(20);
    expect(width).toBeGreaterThan(200);
    expect(Math.abs(width / height - box.w / box.h)).toBeLessThan(0.05 * (box.w / box.h));
  });

  it('the export button is disabled while the canvas is empty', async () => {
    const page = await session.open();
    expect(await page.getByTestId('export').isDisabled()).toBe(true);
  });
});
