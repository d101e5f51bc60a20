/** The executable schema: the checked-in SDL plus one small resolver per field, by area. */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { readFileSync } from 'node:fs';
import { attackFieldResolvers } from './resolvers/attack/attack-fields.js';
import {
  duplicateCandidateResolvers,
  duplicateCandidates,
} from './resolvers/entity/query-duplicate-candidates.js';
import { attackConnectionResolvers, attacks } from './resolvers/attack/query-attacks.js';
import { timeline, timelineFieldResolvers } from './resolvers/attack/query-timeline.js';
import { addEvidence } from './resolvers/editing/add-evidence.js';
import { addRelation } from './resolvers/editing/add-relation.js';
import { deleteRelation } from './resolvers/editing/delete-relation.js';
import { mergeEntities } from './resolvers/editing/merge-entities.js';
import { upsertEntity } from './resolvers/editing/upsert-entity.js';
import { entityFieldResolvers } from './resolvers/entity/entity-fields.js';
import { entity } from './resolvers/entity/query-entity.js';
import { search } from './resolvers/entity/query-search.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { connection, connectionFieldResolvers } from './resolvers/path/query-connection.js';
import { pathFieldResolvers, paths, shortestPath } from './resolvers/path/query-paths.js';
import {
  commonNeighborFieldResolvers,
  commonNeighbors,
} from './resolvers/relation/query-common-neighbors.js';
import { neighborhood, subgraphFieldResolvers } from './resolvers/relation/query-neighborhood.js';
import { relationFieldResolvers } from './resolvers/relation/relation-fields.js';
import {
  investigation,
  investigationFieldResolvers,
  investigations,
} from './resolvers/investigation/query-investigations.js';
import { deleteInvestigation } from './resolvers/investigation/delete-investigation.js';
import { saveInvestigation } from './resolvers/investigation/save-investigation.js';
import { DateScalar, DateTimeScalar, JSONObjectScalar } from './scalars.js';
import { addSource } from './resolvers/source/add-source.js';
import { fetchSource } from './resolvers/source/fetch-source.js';
import { sourceFieldResolvers } from './resolvers/source/source-fields.js';
import { acceptProposal } from './resolvers/proposal/accept-proposal.js';
import { proposalFieldResolvers } from './resolvers/proposal/proposal-fields.js';
import { proposals } from './resolvers/proposal/query-proposals.js';
import { rejectProposal } from './resolvers/proposal/reject-proposal.js';
import {
  counts,
  rankedEntityResolvers,
  ranking,
  vocabulary,
} from './resolvers/stats/query-stats.js';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

const rootResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSONObject: JSONObjectScalar,
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
    connection,
    investigation,
    investigations,
    duplicateCandidates,
    proposals,
  },
  Mutation: {
    upsertEntity,
    addRelation,
    addEvidence,
    mergeEntities,
    deleteRelation,
    addSource,
    fetchSource,
    saveInvestigation,
    deleteInvestigation,
    acceptProposal,
    rejectProposal,
  },
};

export const executableSchema = makeExecutableSchema({
  typeDefs,
  resolvers: [
    rootResolvers,
    entityFieldResolvers,
    sourceFieldResolvers,
    relationFieldResolvers,
    subgraphFieldResolvers,
    commonNeighborFieldResolvers,
    pathFieldResolvers,
    connectionFieldResolvers,
    attackFieldResolvers,
    attackConnectionResolvers,
    timelineFieldResolvers,
    rankedEntityResolvers,
    investigationFieldResolvers,
    duplicateCandidateResolvers,
    proposalFieldResolvers,
  ] as Parameters<typeof makeExecutableSchema>[0]['resolvers'],
});
