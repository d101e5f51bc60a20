/**
 * Setup file of the layers that need the run's Neo4j: when the global setup could not start it,
 * every file of the layer fails with the reason rather than with a confusing connection error.
 */
import { inject } from 'vitest';

const reason = inject('neo4jError');
if (reason) throw new Error(reason);
