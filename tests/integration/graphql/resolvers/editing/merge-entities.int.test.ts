/**
 * `mergeEntities`: two records of one actor become one. Aliases, evidence and every link of the
 * merged record move onto the kept one, and nothing is lost: relationship counts before and after
 * differ only by the link between the two and by links both had, which combine.
 */
import { describe, expect, it } from 'vitest';
import { editorHeaders, gql, TEST_EDITOR } from '../../../../support/app.js';
import { casualtyReportWrite } from '../../../../../server/src/domain/graph-write.js';
import { callOn, editDuring, once } from '../../../../support/graphql/concurrent-edit.js';
import {
  type EntityOut,
  kindCount,
  MERGE,
  relationTotal,
  useTestEntities,
  UPSERT,
} from '../../../../support/graphql/test-entities.js';

const env = useTestEntities();

describe('mergeEntities', () => {
  it('moves aliases, evidence and every link of the merged record onto the kept one', async () => {
    const keep = await env.test.group('keep', { aliases: ['Keeper'] });
    const merge = await env.test.group('merge', { aliases: ['Merged Alias', 'MA'] });
    const ally = await env.test.group('ally');
    await env.test.relation('RIVAL_OF', merge.id, 'is-k', 'merge fights is-k');
    await env.test.relation('ALLY_OF', ally.id, merge.id, 'ally helps merge');
    await env.test.relation('OPERATES_IN', merge.id, 'kabul', 'merge is in kabul');
    await env.test.relation('OPERATES_IN', keep.id, 'kabul', 'keep is in kabul');
    await env.test.relation('RIVAL_OF', keep.id, merge.id, 'keep and merge fight');

    const mergeLinks = await env.test.links(merge.id);
    const totalBefore = await relationTotal(env.app);
    const groupsBefore = await kindCount(env.app, 'Group');

    const { mergeEntities } = await env.test.edit<{
      mergeEntities: EntityOut & { degree: number };
    }>(MERGE, { keepId: keep.id, mergeId: merge.id });
    expect(mergeEntities.id).toBe(keep.id);
    expect(new Set(mergeEntities.aliases)).toEqual(
      new Set(['Keeper', merge.name, 'Merged Alias', 'MA']),
    );
    expect(mergeEntities.evidence).toEqual([...keep.evidence, ...merge.evidence]);
    expect(await env.test.entity(merge.id)).toBeNull();
    expect(await kindCount(env.app, 'Group')).toBe(groupsBefore - 1);

    // Nothing is lost: every link of `merge` is now a link of `keep` with all its evidence, except
    // the link between the two (it would be a self-loop); the two Kabul links become one.
    const keepLinks = await env.test.links(keep.id);
    const between = mergeLinks.filter((r) => [r.from.id, r.to.id].includes(keep.id));
    expect(between).toHaveLength(1);
    for (const link of mergeLinks.filter((r) => !between.includes(r))) {
      const swap = (id: string) => (id === merge.id ? keep.id : id);
      const moved = keepLinks.find(
        (r) =>
          r.type === link.type && r.from.id === swap(link.from.id) && r.to.id === swap(link.to.id),
      );
      expect(moved, link.id).toBeDefined();
      expect(moved!.evidence).toEqual(expect.arrayContaining(link.evidence));
      expect(moved!.createdBy).toBe(TEST_EDITOR);
    }
    const kabul = keepLinks.find((r) => r.type === 'OPERATES_IN')!;
    expect(kabul.evidence.map((e) => e.quote).sort()).toEqual([
      'keep is in kabul',
      'merge is in kabul',
    ]);
    expect(keepLinks).toHaveLength(3);
    expect(mergeEntities.degree).toBe(3);
    expect(await relationTotal(env.app)).toBe(totalBefore - between.length - 1);
    expect((await env.test.links(ally.id)).map((r) => r.to.id)).toEqual([keep.id]);
  });

  it('loses no link when two entities are merged into each other at the same time', async () => {
    const [a, b, c] = [
      await env.test.group('both-a'),
      await env.test.group('both-b'),
      await env.test.group('c'),
    ];
    await env.test.relation('RIVAL_OF', a.id, c.id, 'a fights c');
    await env.test.relation('ALLY_OF', b.id, c.id, 'b helps c');
    // b into a, started while the merge of a into b has read both entities but written nothing.
    const other = once(() => gql(env.app, MERGE, { keepId: b.id, mergeId: a.id }, editorHeaders));
    const result = await callOn(editDuring(env.app.db, 'entity/by-ids', other), MERGE, {
      keepId: a.id,
      mergeId: b.id,
    });
    const answers = [result, await other()];
    // One merge wins; the other finds its kept entity gone.
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const survivors = [await env.test.entity(a.id), await env.test.entity(b.id)].filter(
      (e) => e !== null,
    );
    expect(survivors).toHaveLength(1);
    expect(survivors[0]!.degree).toBe(2);
    expect((await env.test.entity(c.id))!.degree).toBe(2);
  });

  it('moves the casualty reports and perpetrators of a merged attack', async () => {
    const attack = async (name: string) => {
      const id = env.test.id(name);
      await env.test.edit(UPSERT, {
        input: { id, kind: 'Attack', name: `Test attack ${name}`, date: '1999-12' },
      });
      return id;
    };
    const keep = await attack('attack-keep');
    const merge = await attack('attack-merge');
    // Casualty reports have no mutation of their own: written as the seed loader writes them.
    const report = (id: string, source: string, killed: number) =>
      casualtyReportWrite({ attack: id, source, killed, wounded: null, quote: `${killed} killed` });
    await env.app.db.write('edit/upsert-casualty-reports', {
      reports: [
        report(keep, 'src-insider-2022-04', 5),
        report(merge, 'src-asia-times-2024-10-29', 7),
      ],
    });
    await env.test.relation('PERPETRATED', 'is-k', merge, 'is-k did it');
    const totalBefore = await relationTotal(env.app);

    await env.test.edit(MERGE, { keepId: keep, mergeId: merge });

    const { entity } = await env.test.edit<{ entity: MergedAttack }>(ATTACK, { id: keep });
    expect(entity.casualtyReports.sort((x, y) => x.killed - y.killed)).toEqual([
      { source: { id: 'src-insider-2022-04' }, killed: 5 },
      { source: { id: 'src-asia-times-2024-10-29' }, killed: 7 },
    ]);
    expect(entity.perpetrators).toEqual([{ actor: { id: 'is-k' } }]);
    expect(await relationTotal(env.app)).toBe(totalBefore);
    // The casualty filter sees the moved report.
    const { attacks } = await env.test.edit<{ attacks: { edges: { node: { id: string } }[] } }>(
      '{ attacks(filter: { from: "1999-12", to: "1999-12", minKilled: 7 }) { edges { node { id } } } }',
    );
    expect(attacks.edges).toEqual([{ node: { id: keep } }]);
  });

  it('makes evidence that cited a merged source cite the kept one', async () => {
    const source = async (name: string) => {
      const id = env.test.id(name);
      await env.test.edit(UPSERT, { input: { id, kind: 'Source', name: `Test source ${name}` } });
      return id;
    };
    const keep = await source('source-keep');
    const merge = await source('source-merge');
    const a = (await env.test.group('cited-a')).id;
    const b = (await env.test.group('cited-b')).id;
    const link = await env.test.relation('ALLY_OF', a, b, 'unused', {
      evidence: [{ source: merge, quote: 'quoted from the copy' }],
    });

    await env.test.edit(MERGE, { keepId: keep, mergeId: merge });

    const [moved] = await env.test.links(a);
    expect(moved).toMatchObject({
      id: link.id,
      evidence: [{ source: { id: keep }, quote: 'quoted from the copy' }],
    });
    expect(await env.test.entity(merge)).toBeNull();
  });
});

const ATTACK = `query Attack($id: ID!) {
  entity(id: $id) { ... on Attack { casualtyReports { source { id } killed } perpetrators { actor { id } } } }
}`;

interface MergedAttack {
  casualtyReports: { source: { id: string }; killed: number }[];
  perpetrators: { actor: { id: string } }[];
}
