/**
 * Duplicate candidates under review: `dismissDuplicateCandidate` takes a pair off the list for good,
 * a merge settles the pairs of the merged entity, and neither a merge racing a dismissal nor an
 * entity deleted while the list is read makes an error or leaves a stale pair.
 */
import { describe, expect, it } from 'vitest';
import { editorHeaders, gql } from '../../../../support/app.js';
import { candidateWrite } from '../../../../../server/src/importers/event-writes.js';
import {
  callOn,
  editAfter,
  editDuring,
  once,
} from '../../../../support/graphql/concurrent-edit.js';
import { expectBadInput, expectError } from '../../../../support/graphql/expect-error.js';
import { MERGE, useTestEntities } from '../../../../support/graphql/test-entities.js';

const env = useTestEntities();

const DISMISS = 'mutation Dismiss($id: ID!) { dismissDuplicateCandidate(id: $id) }';
const LIST = `query List($entity: ID) {
  duplicateCandidates(entity: $entity, first: 100) {
    edges { node { id kind score reason first { id name } second { id name } } }
  }
}`;

interface Listed {
  id: string;
  kind: string;
  score: number;
  reason: string;
  first: { id: string; name: string };
  second: { id: string; name: string };
}

/** Records the pair as an import does; returns its id. */
async function record(a: string, b: string, score = 0.8, reason = 'similar name') {
  const candidate = candidateWrite('Group', a, { id: b, score, reason });
  await env.app.db.write('import/record-candidates', {
    candidates: [candidate],
    editor: 'import:test',
    now: new Date().toISOString(),
  });
  return candidate.id;
}

async function listOf(entity: string): Promise<Listed[]> {
  const result = await gql<{ duplicateCandidates: { edges: { node: Listed }[] } }>(env.app, LIST, {
    entity,
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.duplicateCandidates.edges.map((edge) => edge.node);
}

describe('duplicate candidates under review', () => {
  it('lists the pairs of one entity, and a dismissed pair leaves the list for good', async () => {
    const a = await env.test.group('dismiss-a');
    const b = await env.test.group('dismiss-b');
    const c = await env.test.group('dismiss-c');
    const ab = await record(a.id, b.id);
    const ac = await record(a.id, c.id, 0.9, 'similar name, same state');
    expect((await listOf(a.id)).map((pair) => pair.id)).toEqual([ab, ac].sort());
    const [listed] = await listOf(b.id);
    expect(listed).toMatchObject({ id: ab, kind: 'Group', score: 0.8, reason: 'similar name' });
    expect([listed!.first.id, listed!.second.id].sort()).toEqual([a.id, b.id].sort());

    await env.test.edit(DISMISS, { id: ab });
    expect((await listOf(a.id)).map((pair) => pair.id)).toEqual([ac]);
    expect(await listOf(b.id)).toEqual([]);
    // Dismissing again changes nothing; an import meeting the pair again does not bring it back.
    expect(await env.test.edit(DISMISS, { id: ab })).toEqual({ dismissDuplicateCandidate: ab });
    await record(a.id, b.id, 0.95);
    expect(await listOf(b.id)).toEqual([]);
  });

  it('refuses anonymous callers, ids that are no pair, and pairs never recorded', async () => {
    const a = await env.test.group('refuse-a');
    const b = await env.test.group('refuse-b');
    const id = await record(a.id, b.id);
    expectError(await gql(env.app, DISMISS, { id }), 'UNAUTHENTICATED');
    expectBadInput(await gql(env.app, DISMISS, { id: a.id }, editorHeaders), ['id']);
    expectBadInput(await gql(env.app, DISMISS, { id: `${a.id}|Bad Id` }, editorHeaders), ['id']);
    const reversed = `${[a.id, b.id].sort().reverse().join('|')}`;
    const unknown = expectError(
      await gql(env.app, DISMISS, { id: reversed }, editorHeaders),
      'NOT_FOUND',
    );
    expect(unknown.message).toContain(reversed);
    expect((await listOf(a.id)).map((pair) => pair.id)).toEqual([id]);
  });

  it('settles the pairs of a merged entity: the pair of the two goes, the others move', async () => {
    const keep = await env.test.group('settle-keep');
    const merge = await env.test.group('settle-merge');
    const other = await env.test.group('settle-other');
    await record(keep.id, merge.id);
    await record(merge.id, other.id, 0.85, 'similar name, other state');
    await env.test.edit(MERGE, { keepId: keep.id, mergeId: merge.id });

    const moved = await listOf(keep.id);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ score: 0.85, reason: 'similar name, other state' });
    expect([moved[0]!.first.id, moved[0]!.second.id].sort()).toEqual([keep.id, other.id].sort());
    expect(await listOf(merge.id)).toEqual([]);
  });

  it('a dismissal that starts during a merge of the pair waits for it and finds the pair settled', async () => {
    const keep = await env.test.group('race1-keep');
    const merge = await env.test.group('race1-merge');
    const id = await record(keep.id, merge.id);
    const dismiss = once(() => gql(env.app, DISMISS, { id }, editorHeaders));
    const merged = await callOn(editDuring(env.app.db, 'edit/lock-entities', dismiss), MERGE, {
      keepId: keep.id,
      mergeId: merge.id,
    });
    expect(merged.errors).toBeUndefined();
    expectError(await dismiss(), 'NOT_FOUND');
    expect(await listOf(keep.id)).toEqual([]);
    expect(await env.test.entity(merge.id)).toBeNull();
  });

  it('a merge that starts during a dismissal of the pair waits for it, and both succeed', async () => {
    const keep = await env.test.group('race2-keep');
    const merge = await env.test.group('race2-merge');
    const id = await record(keep.id, merge.id);
    const mergeAlong = once(() =>
      gql(env.app, MERGE, { keepId: keep.id, mergeId: merge.id }, editorHeaders),
    );
    const dismissed = await callOn(
      editDuring(env.app.db, 'edit/lock-entities', mergeAlong),
      DISMISS,
      {
        id,
      },
    );
    expect(dismissed.errors).toBeUndefined();
    expect((await mergeAlong()).errors).toBeUndefined();
    expect(await listOf(keep.id)).toEqual([]);
    expect(await env.test.entity(merge.id)).toBeNull();
  });

  it('lists without error while an entity of a listed pair is deleted', async () => {
    const a = await env.test.group('gone-a');
    const b = await env.test.group('gone-b');
    const id = await record(a.id, b.id);
    // The deletion lands right after the list was read, before its entities are answered.
    const racing = editAfter(env.app.db, 'import/duplicate-candidates', () =>
      env.app.db.write('edit/delete-entity', { id: b.id }),
    );
    const answer = await callOn(racing, LIST, { entity: a.id });
    expect(answer.errors).toBeUndefined();
    const data = answer.data as unknown as { duplicateCandidates: { edges: { node: Listed }[] } };
    expect(data.duplicateCandidates.edges.map((edge) => edge.node.id)).toEqual([id]);
    // Once deleted, the pair is no longer listed.
    expect(await listOf(a.id)).toEqual([]);
  });
});
