/**
 * The mixed read workload: a fixed list of distinct GraphQL requests with ids and search terms
 * picked from the built graph, in the proportions of WEIGHTS and evenly interleaved, so any stretch
 * of the list has the mix and no single query is cached and repeated.
 */
import { PowerLaw, Random } from '../synthetic/random.js';
import { API_QUERIES, type GraphqlRequest } from '../scale/api-queries.js';
import type { GraphSample, SampledEntity } from './graph-sample.js';

export type RequestKind = 'search' | 'neighborhood' | 'shortestPath' | 'attacks';

/**
 * Share of each kind, in percent. Search leads because the explorer's search boxes autocomplete as
 * the user types (debounced, so a few requests per lookup) and a trace needs a search for each of
 * its two ends; each chosen entity opens a neighbourhood; analysts' scripts page through attacks;
 * a shortest path is the deliberate question, asked after two searches.
 */
export const WEIGHTS: Readonly<Record<RequestKind, number>> = {
  search: 40,
  neighborhood: 25,
  shortestPath: 15,
  attacks: 20,
};

/** Distinct requests per weight point: 2 gives 80 searches, 50 neighbourhoods, 30 paths, 40 pages. */
const PER_POINT = 2;

export interface WorkloadRequest {
  kind: RequestKind;
  /** The JSON body POSTed to /graphql. */
  body: string;
}

const documentOf = (name: string) => API_QUERIES.find((q) => q.name === name)!.actorgraph.query;

/** The scale benchmark's attacks page, with the whole filter as a variable so it can vary. */
const ATTACKS_PAGE = `query($filter: AttackFilter) { attacks(filter: $filter, first: 20) {
  edges { node { id name date } } pageInfo { hasNextPage endCursor } } }`;

/** Picks mostly from the head of a busiest-first list, now and then from its tail. */
const popular = (items: readonly SampledEntity[], random: Random) =>
  items[new PowerLaw(items.length, 0.8).sample(random)]!;

/** `count` distinct values from `draw` (fewer if the graph is too small to give that many). */
function distinct<T>(count: number, key: (value: T) => string, draw: () => T): T[] {
  const found = new Map<string, T>();
  for (let attempt = 0; found.size < count && attempt < count * 50; attempt++) {
    const value = draw();
    found.set(key(value), value);
  }
  return [...found.values()];
}

/** What analysts type: whole names, the first letters of a word (autocomplete), aliases. */
function searchText(sample: GraphSample, random: Random): string {
  const roll = random.next();
  const entity = roll < 0.7 ? popular(sample.groups, random) : random.pick(sample.others);
  const alias = entity.aliases.length > 0 && random.chance(0.5) ? random.pick(entity.aliases) : '';
  if (alias) return alias;
  if (roll < 0.35) {
    const word = random.pick(entity.name.split(/\s+/).filter((w) => w.length >= 3));
    if (word) return word.slice(0, random.int(3, word.length));
  }
  return entity.name;
}

function neighborhoodId(sample: GraphSample, random: Random): string {
  return (random.chance(0.65) ? popular(sample.groups, random) : random.pick(sample.others)).id;
}

function groupPair(sample: GraphSample, random: Random): [string, string] {
  const from = popular(sample.groups, random).id;
  const to = (random.chance(0.5) ? popular(sample.groups, random) : random.pick(sample.groups)).id;
  return from === to ? groupPair(sample, random) : [from, to];
}

/** Mostly one group in a window of years; some a group in one state; some a state in a few years. */
function attackFilter(sample: GraphSample, random: Random): Record<string, unknown> {
  const roll = random.next();
  const group = popular(sample.groups, random).id;
  const state = sample.attackStates.length > 0 ? popular(sample.attackStates, random).id : '';
  const start = random.int(1970, 2018);
  if (roll < 0.6 || !state) {
    return { groupIds: [group], from: String(start), to: String(start + random.int(2, 15)) };
  }
  if (roll < 0.8) return { groupIds: [group], stateIds: [state] };
  return { stateIds: [state], from: String(start), to: String(start + random.int(0, 2)) };
}

function requestsOf(kind: RequestKind, sample: GraphSample, random: Random): GraphqlRequest[] {
  const count = WEIGHTS[kind] * PER_POINT;
  const json = JSON.stringify;
  switch (kind) {
    case 'search':
      return distinct(count, String, () => searchText(sample, random)).map((text) => ({
        query: documentOf('search'),
        variables: { text },
      }));
    case 'neighborhood':
      return distinct(count, String, () => neighborhoodId(sample, random)).map((id) => ({
        query: documentOf('neighborhood depth 2'),
        variables: { id },
      }));
    case 'shortestPath':
      return distinct(count, json, () => groupPair(sample, random)).map(([from, to]) => ({
        query: documentOf('shortestPath between groups'),
        variables: { from, to },
      }));
    case 'attacks':
      return distinct(count, json, () => attackFilter(sample, random)).map((filter) => ({
        query: ATTACKS_PAGE,
        variables: { filter },
      }));
  }
}

/** The workload list, interleaved by smooth weighted round-robin so every stretch has the mix. */
export function buildWorkload(sample: GraphSample, seed = 7): WorkloadRequest[] {
  const random = new Random(seed);
  const kinds = Object.keys(WEIGHTS) as RequestKind[];
  const queues = new Map(kinds.map((kind) => [kind, requestsOf(kind, sample, random)]));
  const sizes = new Map(kinds.map((kind) => [kind, queues.get(kind)!.length]));
  const total = kinds.reduce((sum, kind) => sum + sizes.get(kind)!, 0);
  const credit = new Map(kinds.map((kind) => [kind, 0]));
  const list: WorkloadRequest[] = [];
  while (list.length < total) {
    for (const kind of kinds) credit.set(kind, credit.get(kind)! + sizes.get(kind)!);
    const next = kinds.reduce((a, b) => (credit.get(b)! > credit.get(a)! ? b : a));
    credit.set(next, credit.get(next)! - total);
    list.push({ kind: next, body: JSON.stringify(queues.get(next)!.shift()) });
  }
  return list;
}

/** Requests per kind in `workload`. */
export function workloadCounts(workload: readonly WorkloadRequest[]): Record<RequestKind, number> {
  const counts = { search: 0, neighborhood: 0, shortestPath: 0, attacks: 0 };
  for (const { kind } of workload) counts[kind]++;
  return counts;
}
