/**
 * A merge of a busy entity (a hub with 120 links) racing other editors: deletions of its links,
 * evidence added to them, upserts of the kept entity. Property: no acknowledged write is undone or
 * lost — a deleted link stays deleted (it does not come back moved onto the kept entity), added
 * evidence stays on the link, and the kept entity ends with the union of both names and aliases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityWrite, relationWrite } from '../../../../../server/src/domain/graph-write.js';
import {
  editorHeaders,
  gql,
  MANY_CLIENTS,
  TEST_EDITOR,
  testConfig,
} from '../../../../support/app.js';
import {
  ADD_EVIDENCE,
  DELETE_RELATION,
  MERGE,
  useTestEntities,
  UPSERT,
} from '../../../../support/graphql/test-entities.js';

const SPOKES = 120;
const SOURCE = 'src-insider-2022-04';
/** Each racing request starts this many ms after the merge, at most: inside its transaction. */
const SPREAD_MS = 400;

let run = 0;
// A merge of 120 links can outlast the default query timeout on a busy machine; it must commit.
const env = useTestEntities(testConfig({ ...MANY_CLIENTS, QUERY_TIMEOUT_MS: '60000' }));

interface Hub {
  keep: string;
  merge: string;
  spokes: string[];
  links: string[];
}

/** keep, and merge linked to SPOKES groups, written as the seed loader writes (fast). */
async function hub(): Promise<Hub> {
  run += 1;
  const keep = env.test.id(`keep-${run}`);
  const merge = env.test.id(`hub-${run}`);
  const spokes = Array.from({ length: SPOKES }, (_, i) => env.test.id(`spoke-${run}-${i}`));
  const group = (id: string, name: string, aliases: string[]) =>
    entityWrite({ id, kind: 'Group', name, aliases });
  const now = new Date().toISOString();
  await env.app.db.write('edit/upsert-entities', {
    entities: [
      group(keep, `Kept ${run}`, [`kept alias ${run}`]),
      group(merge, `Hub ${run}`, [`hub alias ${run}`, `hub other ${run}`]),
      ...spokes.map((id, i) => group(id, `Spoke ${run} ${i}`, [])),
    ],
    editor: TEST_EDITOR,
    now,
  });
  const relations = spokes.map((to) =>
    relationWrite({
      type: 'RIVAL_OF',
      from: merge,
      to,
      evidence: [{ source: SOURCE, quote: 'q' }],
    }),
  );
  await env.app.db.write('edit/upsert-relations', { relations, editor: TEST_EDITOR, now });
  return { keep, merge, spokes, links: relations.map((r) => r.id) };
}

/** Sends `query` after `delayMs`; the answer's data, or its error code. */
async function later(delayMs: number, query: string, variables: Record<string, unknown>) {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const answer = await gql(env.app, query, variables, editorHeaders);
  return { data: answer.data, code: answer.errors?.[0]?.extensions?.code as string | undefined };
}

/** The spoke's links (to the hub before the merge, to the kept entity after) with their quotes. */
async function linksOf(spoke: string) {
  const answer = await gql<{ neighborhood: { relations: { evidence: { quote: string }[] }[] } }>(
    env.app,
    '{ neighborhood(id: "' + spoke + '") { relations { id evidence { quote } } } }',
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.neighborhood.relations;
}

const indexArb = fc.integer({ min: 0, max: SPOKES - 1 });
const delayArb = fc.integer({ min: 0, max: SPREAD_MS });

describe('mergeEntities racing edits of the merged hub', () => {
  it('never brings back an acknowledged deletion nor loses acknowledged evidence', async () => {
    const editsArb = fc.uniqueArray(fc.tuple(indexArb, fc.boolean(), delayArb), {
      minLength: 10,
      maxLength: 40,
      selector: ([i]) => i,
    });
    await fc.assert(
      fc.asyncProperty(editsArb, async (edits) => {
        const { keep, merge, spokes, links } = await hub();
        const racing = edits.map(([i, remove, delay]) =>
          remove
            ? later(delay, DELETE_RELATION, { id: links[i] })
            : later(delay, ADD_EVIDENCE, {
                relationId: links[i],
                evidence: [{ source: SOURCE, quote: `evidence ${i}` }],
              }),
        );
        const merged = await later(0, MERGE, { keepId: keep, mergeId: merge });
        const answers = await Promise.all(racing);
        expect([undefined, 'CONFLICT']).toContain(merged.code);

        const undone: string[] = [];
        const lost: string[] = [];
        for (const [k, [i, remove]] of edits.entries()) {
          if (answers[k]!.code) {
            // Refused edits must be refused for a reason the client can act on.
            expect(['NOT_FOUND', 'CONFLICT']).toContain(answers[k]!.code);
            continue;
          }
          const found = await linksOf(spokes[i]!);
          if (remove && found.length > 0) undone.push(links[i]!);
          if (!remove && !found.some((r) => r.evidence.some((e) => e.quote === `evidence ${i}`)))
            lost.push(links[i]!);
        }
        expect({ undone, lost }).toEqual({ undone: [], lost: [] });
      }),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('keeps the union of names and aliases when upserts of the kept entity race the merge', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(delayArb, { minLength: 1, maxLength: 6 }), async (delays) => {
        const { keep, merge } = await hub();
        const racing = delays.map((delay, k) =>
          later(delay, UPSERT, {
            input: { id: keep, kind: 'Group', name: `Kept ${run}`, description: `upsert ${k}` },
          }),
        );
        const merged = await later(0, MERGE, { keepId: keep, mergeId: merge });
        const answers = await Promise.all(racing);
        for (const answer of answers) expect([undefined, 'CONFLICT']).toContain(answer.code);
        expect(merged.code).toBeUndefined();

        const entity = await gql<{ entity: { name: string; aliases: string[] } }>(
          env.app,
          `{ entity(id: "${keep}") { name aliases } }`,
        );
        const { name, aliases } = entity.data!.entity;
        expect([name, ...aliases].sort()).toEqual(
          [
            `Kept ${run}`,
            `kept alias ${run}`,
            `Hub ${run}`,
            `hub alias ${run}`,
            `hub other ${run}`,
          ].sort(),
        );
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });
});
