import { describe, expect, it } from 'vitest';
import {
  toEdgeElement,
  toNodeElement,
  typeLabel,
  shortLabel,
} from '../../../../client/src/graph/elements.js';
import { csvField, edgesCsv, nodesCsv } from '../../../../client/src/graph/export-csv.js';
import { toGraphML, xmlEscape } from '../../../../client/src/graph/export-graphml.js';
import { node, rel } from '../fixtures.js';

const nodes = [
  toNodeElement(
    node('is-k', 'Group', {
      name: 'Islamic State Khorasan Province',
      aliases: ['IS-K', 'ISIS-K'],
      degree: 12,
    }),
  ).data,
  toNodeElement(
    node('kabul-airport-bombing-2021', 'Attack', {
      name: 'Kabul airport "suicide" bombing',
      date: '2021-08-26',
    }),
  ).data,
];
const edges = [
  toEdgeElement(
    rel('is-k', 'CLAIMED', 'kabul-airport-bombing-2021', {
      status: 'claimed',
      independentSources: 3,
    }),
  ).data,
];

describe('elements', () => {
  it('maps entities and relations to element data with readable labels', () => {
    expect(nodes[0]).toMatchObject({
      id: 'is-k',
      kind: 'Group',
      label: 'Islamic State Khorasan Prov…',
    });
    expect(edges[0]).toMatchObject({
      source: 'is-k',
      target: 'kabul-airport-bombing-2021',
      label: 'claimed (claimed)',
      sources: 3,
    });
    expect(toEdgeElement(rel('a', 'SUSPECTED_OF', 'b')).classes).toBe('status-unstated');
    expect(typeLabel('SUSPECTED_OF')).toBe('suspected of');
    expect(shortLabel('short')).toBe('short');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one row per node or link', () => {
    const lines = nodesCsv(nodes).trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,kind,name,aliases,degree,date');
    expect(lines[1]).toBe('is-k,Group,Islamic State Khorasan Province,IS-K; ISIS-K,12,');
    expect(lines[2]).toContain('"Kabul airport ""suicide"" bombing"');
    const [header, row] = edgesCsv(edges).split('\r\n');
    expect(header).toBe(
      'id,from,to,type,status,since,until,independent_sources,source_ids,source_titles,' +
        'source_publishers,source_dates,source_urls,quotes',
    );
    expect(row).toBe(
      'is-k~CLAIMED~kabul-airport-bombing-2021,is-k,kabul-airport-bombing-2021,CLAIMED,claimed,,,3,' +
        'src-a,Title of src-a,Publisher,2022-04-01,,is-k CLAIMED kabul-airport-bombing-2021',
    );
  });
});

describe('GraphML', () => {
  it('declares keys and escapes text', () => {
    const xml = toGraphML(nodes, edges);
    expect(xml).toContain('<key id="n_name" for="node" attr.name="name" attr.type="string"/>');
    expect(xml).toContain('<node id="is-k">');
    expect(xml).toContain('Kabul airport &quot;suicide&quot; bombing');
    expect(xml).toContain(
      '<edge id="is-k~CLAIMED~kabul-airport-bombing-2021" source="is-k" target="kabul-airport-bombing-2021">',
    );
    expect(xml).toContain('<data key="e_sources">3</data>');
    expect(xml).toContain('<data key="e_source_ids">src-a</data>');
    expect(xml).toContain('<data key="e_quotes">is-k CLAIMED kabul-airport-bombing-2021</data>');
    expect(xml).not.toContain('<data key="n_date"></data>');
    expect(xmlEscape(`<a & 'b'>`)).toBe('&lt;a &amp; &apos;b&apos;&gt;');
  });
});
