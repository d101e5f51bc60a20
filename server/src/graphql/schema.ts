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
import { dismissDuplicateCandidate } from './resolvers/editing/dismiss-duplicate-candidate.js';
import { mergePreview } from './resolvers/entity/query-merge-preview.js';
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
import { me } from './resolvers/auth/query-me.js';
import { editorsOnly } from './auth.js';
import { fetchSource } from './resolvers/source/fetch-source.js';
import { sourceFieldResolvers } from './resolvers/source/source-fields.js';
import { communities, communityFieldResolvers } from './resolvers/stats/query-communities.js';
import { gradeEvidence, gradeSource } from './resolvers/source/grading.js';
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
    communities,
    vocabulary,
    connection,
    investigation,
    investigations,
    duplicateCandidates,
    mergePreview,
    me,
    proposals,
  },
  Mutation: editorsOnly({
    upsertEntity,
    addRelation,
    addEvidence,
    mergeEntities,
    deleteRelation,
    addSource,
    gradeSource,
    gradeEvidence,
    fetchSource,
    saveInvestigation,
    deleteInvestigation,
    dismissDuplicateCandidate,
    acceptProposal,
    rejectProposal,
  }),
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
    communityFieldResolvers,
    investigationFieldResolvers,
    duplicateCandidateResolvers,
    proposalFieldResolvers,
  ] as Parameters<typeof makeExecutableSchema>[0]['resolvers'],
});
