/** `entity(id)`: every seed entity comes back as the seed files describe it; unknown ids give null. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestApp, type TestApp } from '../../../../support/app.js';
import {
  attacks,
  degreeOf,
  DUPLICATE,
  entities,
  entityById,
  perpetratorLinks,
  relations,
  sources,
} from '../../../../support/graphql/seed-graph.js';

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id kind name aliases description degree createdBy
    evidence { source { id } quote }
    ... on Person { role }
    ... on State { iso2 }
    ... on Place { placeType within { id } }
    ... on Organization { orgType }
    ... on Attack { date dateApprox attackType perpetrators { actor { id } type status } }
    ... on Source {
      title publisher date url file sha256 hasText
      duplicateOf { source { id } similarity } duplicates { source { id } similarity }
    }
  }
}`;

type Row = Record<string, unknown> & { evidence: { source: { id: string }; quote: string }[] };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function entity(id: string) {
  const result = await gql<{ entity: Row | null }>(app, ENTITY, { id });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.entity;
}

describe('entity', () => {
  it('returns every seed entity with its name, aliases, evidence and degree', async () => {
    for (const seed of entities) {
      const found = await entity(seed.id);
      expect(found, seed.id).toMatchObject({
        id: seed.id,
        kind: seed.kind,
        name: seed.name,
        degree: degreeOf(seed.id),
        createdBy: 'seed',
      });
      expect([...(found!.aliases as string[])].sort(), seed.id).toEqual([...seed.aliases].sort());
      expect(
        found!.evidence.map((e) => ({ source: e.source.id, quote: e.quote })),
        seed.id,
      ).toEqual(seed.evidence);
    }
  });

  it('returns the fields of each kind', async () => {
    const check = async (kind: string, fields: string[]) => {
      for (const seed of entities.filter((e) => e.kind === kind)) {
        const found = await entity(seed.id);
        for (const field of fields)
          expect(found![field], `${seed.id}.${field}`).toEqual(seed[field] ?? null);
      }
    };
    await check('Person', ['role']);
    await check('State', ['iso2']);
    await check('Place', ['placeType']);
    await check('Organization', ['orgType']);
    await check('Attack', ['date', 'dateApprox', 'attackType']);
    await check('Source', ['title', 'publisher', 'date', 'url', 'file', 'sha256']);
  });

  it('places a Place within the entity its IN relation names', async () => {
    for (const seed of entities.filter((e) => e.kind === 'Place')) {
      const within = relations.find((r) => r.type === 'IN' && r.from === seed.id)?.to ?? null;
      expect((await entity(seed.id))!.within, seed.id).toEqual(
        within === null ? null : { id: within },
      );
    }
  });

  it('lists the perpetrators of each attack as the seed relations link them', async () => {
    for (const attack of attacks) {
      const found = (await entity(attack.id))!.perpetrators as {
        actor: { id: string };
        type: string;
        status: string | null;
      }[];
      const expected = perpetratorLinks(attack.id).map((r) => ({
        actor: { id: r.from },
        type: r.type,
        status: r.status,
      }));
      const key = (p: { actor: { id: string }; type: string }) => `${p.actor.id}~${p.type}`;
      expect(
        [...found].sort((a, b) => key(a).localeCompare(key(b))),
        attack.id,
      ).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
    }
  });

  it('marks the near-copy source as a duplicate of its original, and no other', async () => {
    for (const source of sources) {
      const found = (await entity(source.id))!;
      const [match, ...more] = found.duplicateOf as {
        source: { id: string };
        similarity: number;
      }[];
      if (source.id === DUPLICATE.duplicate) {
        expect(match!.source).toEqual({ id: DUPLICATE.original });
        expect(match!.similarity).toBeGreaterThan(0);
        expect(match!.similarity).toBeLessThanOrEqual(1);
        expect(more).toEqual([]);
      } else {
        expect(match, source.id).toBeUndefined();
      }
      const copies = (found.duplicates as { source: { id: string } }[]).map((d) => d.source.id);
      expect(copies, source.id).toEqual(
        source.id === DUPLICATE.original ? [DUPLICATE.duplicate] : [],
      );
      // The test run loads the seeds without their articles.
      expect(found.hasText, source.id).toBe(false);
    }
  });

  it.each([
    ['an unknown slug', 'no-such-entity'],
    ['a malformed id', 'NOT an id ~ x'],
    ['an empty id', ''],
    ['a relation id', 'is-k~RIVAL_OF~taliban'],
    ['an injection attempt', "is-k' OR 1=1 //"],
    ['10 kB of text', 'x'.repeat(10_240)],
  ])('returns null, without error, for %s', async (_label, id) => {
    expect(entityById.has(id)).toBe(false);
    expect(await entity(id)).toBeNull();
  });
});
