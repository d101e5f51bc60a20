/**
 * The export writers carry the evidence: GraphML and GEXF parse as XML and hold every quote with
 * its source's title, date and URL; CSV fields with commas, quotes and line breaks come back intact
 * through a real CSV parser; the evidence CSV has one row per quote; the SVG parses and escapes
 * labels.
 */
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toEdgeElement, toNodeElement } from '../../../../client/src/graph/elements.js';
import { edgesCsv, evidenceCsv } from '../../../../client/src/graph/export-csv.js';
import { toGexf } from '../../../../client/src/graph/export-gexf.js';
import { toGraphML } from '../../../../client/src/graph/export-graphml.js';
import { toSvg } from '../../../../client/src/graph/export-svg.js';
import { evidence, node, rel } from '../fixtures.js';

const HARD_QUOTE = 'He said: "we will strike", then left,\nsaying <more> & more.';
const withUrl = (sourceId: string, quote: string, url: string) => {
  const e = evidence(sourceId, quote);
  return { ...e, source: { ...e.source, url } };
};

const nodes = [
  toNodeElement(node('is-k', 'Group', { name: 'IS-K <"Khorasan">' })).data,
  toNodeElement(node('taliban')).data,
];
const edges = [
  toEdgeElement(
    rel('is-k', 'RIVAL_OF', 'taliban', {
      evidence: [
        withUrl('src-one', HARD_QUOTE, 'https://example.org/a?x=1&y=2'),
        withUrl('src-two', 'Plain second quote', 'https://example.org/b'),
      ],
    }),
  ).data,
];

// htmlEntities: character references such as &#10; are read back, as any XML parser does.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
});
const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

describe('GraphML with evidence', () => {
  it('is well-formed XML whose edge holds the quotes, titles, dates and URLs, line by line', () => {
    const xml = toGraphML(nodes, edges);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as {
      graphml: { graph: { edge: { data: { key: string; '#text': string }[] } } };
    };
    const data = Object.fromEntries(
      asList(doc.graphml.graph.edge.data).map((d) => [d.key, String(d['#text'])]),
    );
    expect(data.e_quotes!.split('\n')).toEqual([...HARD_QUOTE.split('\n'), 'Plain second quote']);
    expect(data.e_source_titles).toBe('Title of src-one\nTitle of src-two');
    expect(data.e_source_dates).toBe('2022-04-01\n2022-04-01');
    expect(data.e_source_urls).toBe('https://example.org/a?x=1&y=2\nhttps://example.org/b');
  });
});

describe('GEXF with evidence', () => {
  it('is well-formed XML with declared attributes, positions and the quotes', () => {
    const xml = toGexf(nodes, edges, new Map([['is-k', { x: 10, y: 20 }]]));
    expect(XMLValidator.validate(xml)).toBe(true);
    // A raw line break in an attribute would be read back as a space (XML normalises attributes).
    expect(xml).not.toMatch(/value="[^"]*\n/);
    const doc = parser.parse(xml) as {
      gexf: {
        graph: {
          attributes: { class: string; attribute: { id: string; title: string }[] }[];
          nodes: {
            node: { id: string; label: string; 'viz:position'?: { x: string; y: string } }[];
          };
          edges: { edge: { attvalues: { attvalue: { for: string; value: string }[] } } };
        };
      };
    };
    const edgeAttributes = doc.gexf.graph.attributes.find((a) => a.class === 'edge')!.attribute;
    const title = new Map(edgeAttributes.map((a) => [a.id, a.title]));
    const values = Object.fromEntries(
      doc.gexf.graph.edges.edge.attvalues.attvalue.map((v) => [title.get(v.for), v.value]),
    );
    expect(values.quotes).toBe(`${HARD_QUOTE}\nPlain second quote`);
    expect(values.source_urls).toBe('https://example.org/a?x=1&y=2\nhttps://example.org/b');
    const [isk] = doc.gexf.graph.nodes.node;
    expect(isk).toMatchObject({ id: 'is-k', label: 'IS-K <"Khorasan">' });
    expect(isk!['viz:position']).toMatchObject({ x: '10', y: '-20' });
  });
});

describe('CSV with evidence', () => {
  it('links: one row per link, quotes joined by line breaks, intact through a CSV parser', () => {
    const rows = parse(edgesCsv(edges), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.quotes).toBe(`${HARD_QUOTE}\nPlain second quote`);
    expect(rows[0]!.source_urls!.split('\n')).toEqual([
      'https://example.org/a?x=1&y=2',
      'https://example.org/b',
    ]);
  });

  it('evidence: one row per quote with its source, intact through a CSV parser', () => {
    const rows = parse(evidenceCsv(edges), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.link_id, r.source_id, r.quote, r.source_date])).toEqual([
      ['is-k~RIVAL_OF~taliban', 'src-one', HARD_QUOTE, '2022-04-01'],
      ['is-k~RIVAL_OF~taliban', 'src-two', 'Plain second quote', '2022-04-01'],
    ]);
    expect(rows[0]!.source_title).toBe('Title of src-one');
  });
});

describe('SVG', () => {
  it('is well-formed XML with one group per node and link, labels escaped', () => {
    const svg = toSvg(
      [
        {
          id: 'a',
          x: 0,
          y: 0,
          width: 30,
          height: 30,
          fill: '#f00',
          stroke: '#000',
          strokeWidth: 1,
          shape: 'ellipse',
          label: 'A & <b>',
          title: 'A',
        },
        {
          id: 'b',
          x: 100,
          y: 50,
          width: 30,
          height: 20,
          fill: '#00f',
          stroke: '#000',
          strokeWidth: 2,
          shape: 'rectangle',
          label: 'B',
          title: 'B',
        },
      ],
      [
        {
          id: 'a~X~b',
          x1: 0,
          y1: 0,
          x2: 100,
          y2: 50,
          color: '#999',
          width: 2,
          dashed: true,
          label: 'x',
          title: '“q” — S',
        },
      ],
    );
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('A &amp; &lt;b&gt;');
    expect(svg.match(/<ellipse /g)).toHaveLength(1);
    expect(svg.match(/<rect x=/g)).toHaveLength(2); // the node and the white background
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toMatch(/viewBox="-55 -55 /);
  });
});
