/**
 * A stand-in for a server that crashes: installs the real last-resort handler for the Neo4j home
 * given as argument, then throws from a timer, past every handler.
 */
import { exitCleanlyOnCrash } from '../../../server/src/cli/last-resort.js';

exitCleanlyOnCrash(process.argv[2]);
setTimeout(() => {
  throw new Error('boom from a timer');
}, 10);
