/**
 * `mergePreview(keepId, mergeId)`: what mergeEntities would move, read from the real graph without
 * changing it; the bad inputs of mergeEntities fail alike.
 */
import { describe, expect, it } from 'vitest';
import { gql } from '../../../../support/app.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import {
  graphState,
  MERGE,
  UPSERT,
  useTestEntities,
} from '../../../../support/graphql/test-entities.js';

const env = useTestEntities();

const PREVIEW = `query Preview($keepId: ID!, $mergeId: ID!) {
  mergePreview(keepId: $keepId, mergeId: $mergeId) {
    keep { id } merge { id } aliasesGained linksBetween evidenceCount
    relations { type direction count combined others { id } }
    conflicts { field keep merge }
  }
}`;

interface Preview {
  keep: { id: string };
  merge: { id: string };
  aliasesGained: string[];
  linksBetween: number;
  evidenceCount: number;
  relations: {
    type: string;
    direction: string;
    count: number;
    combined: number;
    others: { id: string }[];
  }[];
  conflicts: { field: string; keep: string; merge: string }[];
}

describe('mergePreview', () => {
  it('lists what moves, what combines, what is dropped and which fields differ', async () => {
    const keep = await env.test.group('keep', { aliases: ['MA'], description: 'Kept.' });
    const merge = await env.test.group('merge', {
      aliases: ['Merged Alias', 'MA'],
      description: 'Merged.',
    });
    const ally = await env.test.group('ally');
    await env.test.relation('RIVAL_OF', merge.id, 'is-k');
    await env.test.relation('ALLY_OF', ally.id, merge.id);
    await env.test.relation('OPERATES_IN', merge.id, 'kabul');
    await env.test.relation('OPERATES_IN', keep.id, 'kabul');
    await env.test.relation('RIVAL_OF', keep.id, merge.id);
    const before = await graphState(env.app, [keep.id, merge.id]);

    const { mergePreview } = await env.test.edit<{ mergePreview: Preview }>(PREVIEW, {
      keepId: keep.id,
      mergeId: merge.id,
    });
    expect(mergePreview).toEqual({
      keep: { id: keep.id },
      merge: { id: merge.id },
      aliasesGained: [merge.name, 'Merged Alias'],
      linksBetween: 1,
      evidenceCount: 1,
      relations: [
        { type: 'ALLY_OF', direction: 'IN', count: 1, combined: 0, others: [{ id: ally.id }] },
        { type: 'OPERATES_IN', direction: 'OUT', count: 1, combined: 1, others: [{ id: 'kabul' }] },
        { type: 'RIVAL_OF', direction: 'OUT', count: 1, combined: 0, others: [{ id: 'is-k' }] },
      ],
      conflicts: [{ field: 'description', keep: 'Kept.', merge: 'Merged.' }],
    });
    // Read only: nothing changed.
    expect(await graphState(env.app, [keep.id, merge.id])).toEqual(before);

    // The merge then does what the preview said.
    const merged = await env.test.edit<{ mergeEntities: { aliases: string[]; degree: number } }>(
      MERGE,
      { keepId: keep.id, mergeId: merge.id },
    );
    expect(new Set(merged.mergeEntities.aliases)).toEqual(
      new Set(['MA', ...mergePreview.aliasesGained]),
    );
    expect(merged.mergeEntities.degree).toBe(3);
  });

  it('names the states of two places in different states', async () => {
    // A Kabul in Pakistan, under a district: its state is found at any depth.
    const district = env.test.id('district');
    const kabul = env.test.id('kabul');
    for (const id of [district, kabul])
      await env.test.edit(UPSERT, { input: { id, kind: 'Place', name: `Test place ${id}` } });
    await env.test.relation('IN', district, 'pakistan');
    await env.test.relation('IN', kabul, district);
    const { mergePreview } = await env.test.edit<{ mergePreview: Preview }>(PREVIEW, {
      keepId: 'kabul',
      mergeId: kabul,
    });
    expect(mergePreview.conflicts).toEqual([
      { field: 'state', keep: 'afghanistan', merge: 'pakistan' },
      { field: 'within', keep: 'afghanistan', merge: district },
    ]);
    expect(mergePreview.relations).toEqual([
      { type: 'IN', direction: 'OUT', count: 1, combined: 0, others: [{ id: district }] },
    ]);
  });

  it('refuses one id twice, unknown ids, bad ids and two kinds', async () => {
    const group = await env.test.group('alone');
    const ask = (keepId: string, mergeId: string) => gql(env.app, PREVIEW, { keepId, mergeId });
    expectBadInput(await ask(group.id, group.id), ['mergeId']);
    const unknown = env.test.id('never-created');
    expect(expectError(await ask(unknown, group.id), 'NOT_FOUND').message).toContain(unknown);
    expect(expectError(await ask(group.id, unknown), 'NOT_FOUND').message).toContain(unknown);
    expectBadInput(await ask('Not An Id', group.id), ['keepId']);
    const kinds = expectBadInput(await ask(group.id, 'kabul'), ['mergeId']);
    expect(kinds.message).toContain('Place');
  });
});
