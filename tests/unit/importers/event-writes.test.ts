import { describe, expect, it } from 'vitest';
import { GTD } from '../../../server/src/importers/datasets/gtd.js';
import { addEventWrites, emptyWrites } from '../../../server/src/importers/event-writes.js';
import { readAliasTable } from '../../../server/src/importers/resolve/alias-table.js';
import { NameResolver } from '../../../server/src/importers/resolve/name-resolver.js';
import { rowOf } from './csv-helpers.js';

const known = [
  {
    id: 'afghanistan',
    kind: 'State' as const,
    spellings: ['Afghanistan'],
    placeType: null,
    imported: false,
    parentIds: [],
    stateId: null,
    latitude: null,
    longitude: null,
  },
  {
    id: 'taliban',
    kind: 'Group' as const,
    spellings: ['Taliban'],
    placeType: null,
    imported: false,
    parentIds: [],
    stateId: null,
    latitude: null,
    longitude: null,
  },
];

describe('graph writes of one event', () => {
  it('writes the attack, the places met for the first time, and evidenced links', async () => {
    const resolver = new NameResolver(readAliasTable(), known);
    const event = GTD.toEvent(
      await rowOf({
        eventid: '201901010002',
        iyear: '2019',
        imonth: '1',
        iday: '1',
        country_txt: 'Afghanistan',
        provstate: 'Kabul',
        city: 'Kabul',
        gname: 'Taliban',
        gname2: 'New Front',
        guncertain1: '1',
        claimed: '0',
        nkill: '2',
        related: '201901010001, 201901010003',
        scite1: 'A citation',
        attacktype1_txt: 'Armed Assault',
      }),
    )!;
    const writes = emptyWrites();
    addEventWrites(event, resolver, 'src-gtd', writes);
    expect(writes.entities.map((e) => `${e.kind} ${e.id}`)).toEqual([
      'Attack gtd-201901010002',
      'Place afghanistan-kabul',
      'Place afghanistan-kabul-kabul',
      'Group new-front',
    ]);
    expect(writes.entities[0]!.properties).toMatchObject({
      name: 'Armed Assault in Kabul, 2019-01-01',
      citations: ['A citation'],
      dateStart: '2019-01-01',
    });
    expect(writes.relations.map((r) => r.id)).toEqual([
      'afghanistan-kabul~IN~afghanistan',
      'afghanistan-kabul-kabul~IN~afghanistan-kabul',
      'gtd-201901010002~OCCURRED_IN~afghanistan-kabul-kabul',
      'taliban~SUSPECTED_OF~gtd-201901010002',
      'new-front~PERPETRATED~gtd-201901010002',
    ]);
    // The citation's source backs the attack and what the row reports of it, not the geography.
    const [cite] = writes.sources;
    expect(cite).toMatchObject({ text: 'A citation', quote: 'A citation', offset: 0 });
    expect(cite!.id).toBe(`src-gtd-cite-${cite!.sha256.slice(0, 16)}`);
    expect(writes.relations.map((r) => r.evidenceSources)).toEqual([
      ['src-gtd'],
      ['src-gtd'],
      ['src-gtd', cite!.id],
      ['src-gtd', cite!.id],
      ['src-gtd', cite!.id],
    ]);
    expect(writes.relations[2]!.evidenceOffsets).toEqual([-1, 0]);
    expect(writes.entities[0]!.evidenceSources).toEqual(['src-gtd', cite!.id]);
    expect(writes.relations[3]!.evidenceQuotes).toEqual([
      'eventid=201901010002; gname=Taliban; guncertain1=1; claimed=0',
      'A citation',
    ]);
    expect(writes.related.map((r) => r.id)).toEqual([
      'gtd-201901010001~RELATED_TO~gtd-201901010002',
      'gtd-201901010002~RELATED_TO~gtd-201901010003',
    ]);
    expect(writes.reports).toEqual([
      expect.objectContaining({
        attack: 'gtd-201901010002',
        source: 'src-gtd',
        killed: 2,
        wounded: null,
      }),
    ]);

    const again = emptyWrites();
    addEventWrites(event, resolver, 'src-gtd', again);
    expect(again.entities.map((e) => e.id)).toEqual(['gtd-201901010002']);
  });

  it('rejects a row naming a group with a control or bidirectional-override character', async () => {
    for (const [gname, code] of [
      ['New\u0000Front', 'U+0000'],
      ['\u202etnorF weN', 'U+202E'],
    ] as const) {
      const resolver = new NameResolver(readAliasTable(), known);
      const event = GTD.toEvent(
        await rowOf({ eventid: '7', iyear: '2019', country_txt: 'Afghanistan', gname }),
      )!;
      expect(() => addEventWrites(event, resolver, 'src-gtd', emptyWrites())).toThrow(
        `Group name "${gname}" contains ${code}`,
      );
    }
  });

  it('rejects a row whose name or quote breaks the rules the seeds and the API obey, adding nothing', async () => {
    for (const [cells, reason] of [
      [{ gname: 'n'.repeat(301) }, 'is 301 characters; at most 300'],
      [{ gname: 'New Front', gsubname: 's'.repeat(1000) }, 'quote at most 1,000'],
      [{ scite2: 'Wire\u0007Service' }, 'scite2 contains U+0007 (a control character)'],
      [
        { scite3: 'x'.repeat(6000) },
        'scite3 is 6,000 characters; a citation may have at most 5,000',
      ],
    ] as const) {
      const resolver = new NameResolver(readAliasTable(), known);
      const event = GTD.toEvent(
        await rowOf({ eventid: '7', iyear: '2019', country_txt: 'Afghanistan', ...cells }),
      )!;
      const into = emptyWrites();
      expect(() => addEventWrites(event, resolver, 'src-gtd', into)).toThrow(reason);
      expect(into).toEqual(emptyWrites());
    }
  });

  it('rejects a row whose attack id already names an entity of another kind', async () => {
    const resolver = new NameResolver(readAliasTable(), [{ ...known[1]!, id: 'gtd-1' }]);
    const event = GTD.toEvent(
      await rowOf({ eventid: '1', iyear: '2019', country_txt: 'Afghanistan' }),
    )!;
    expect(() => addEventWrites(event, resolver, 'src-gtd', emptyWrites())).toThrow(
      'id gtd-1 already belongs to a Group',
    );
  });
});
