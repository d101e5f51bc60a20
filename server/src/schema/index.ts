/** The executable schema: the checked-in SDL plus one small resolver per field, by area. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { readFileSync } from 'node:fs';
import { attackFieldResolvers } from './attack/attack-fields.js';
import { attackConnectionResolvers, attacks } from './attack/query-attacks.js';
import { timeline, timelineFieldResolvers } from './attack/query-timeline.js';
import { addEvidence } from './editing/add-evidence.js';
import { addRelation } from './editing/add-relation.js';
import { deleteRelation } from './editing/delete-relation.js';
import { mergeEntities } from './editing/merge-entities.js';
import { upsertEntity } from './editing/upsert-entity.js';
import { entityFieldResolvers } from './entity/entity-fields.js';
import { entity } from './entity/query-entity.js';
import { search } from './entity/query-search.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { pathFieldResolvers, paths, shortestPath } from './path/query-paths.js';
import {
  commonNeighborFieldResolvers,
  commonNeighbors,
} from './relation/query-common-neighbors.js';
import { neighborhood, subgraphFieldResolvers } from './relation/query-neighborhood.js';
import { relationFieldResolvers } from './relation/relation-fields.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { counts, rankedEntityResolvers, ranking, vocabulary } from './stats/query-stats.js';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

const rootResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    search,
    entity,
    neighborhood,
    shortestPath,
    paths,
    commonNeighbors,
    attacks,
    timeline,
    counts,
    ranking,
    vocabulary,
  },
  Mutation: { upsertEntity, addRelation, addEvidence, mergeEntities, deleteRelation },
};

export const executableSchema = makeExecutableSchema({
  typeDefs,
  resolvers: [
    rootResolvers,
    entityFieldResolvers,
    relationFieldResolvers,
    subgraphFieldResolvers,
    commonNeighborFieldResolvers,
    pathFieldResolvers,
    attackFieldResolvers,
    attackConnectionResolvers,
    timelineFieldResolvers,
    rankedEntityResolvers,
  ] as Parameters<typeof makeExecutableSchema>[0]['resolvers'],
});
