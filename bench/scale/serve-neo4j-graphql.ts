/**
 * A child process of the benchmark: @neo4j/graphql over the benchmark's database, served by
 * graphql-yoga like the ActorGraph API, on a free port. Prints `READY <url>` once listening.
 * Connection from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { createDriver } from '../../server/src/db/driver.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4j-graphql-schema.js';

const driver = createDriver({
  uri: process.env.NEO4J_URI!,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD!,
});
const neo4jGraphql = new Neo4jGraphQL({
  typeDefs: NEO4J_GRAPHQL_TYPE_DEFS,
  driver,
  // Date windows compare ISO strings, which needs string ordering filters.
  features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } },
});
const yoga = createYoga({
  schema: await neo4jGraphql.getSchema(),
  graphqlEndpoint: '/graphql',
  logging: 'warn',
  landingPage: false,
});
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close();
  void driver.close().then(() => process.exit(0));
});
