/** `npm run db:start|stop|status|logs`: the project's local Neo4j (see server/src/local-neo4j). */
import { loadConfig, loadDotEnv } from '../server/src/config.js';
import { boltUri, logTail, runningPid } from '../server/src/local-neo4j/instance.js';
import { neo4jVersion } from '../server/src/local-neo4j/install.js';
import { localInstance } from '../server/src/local-neo4j/local.js';
import { startNeo4j, stopNeo4j } from '../server/src/local-neo4j/launcher.js';
import { exitWithError } from '../server/src/startup-errors.js';

async function run(command: string | undefined): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  if (config.neo4j.uri) {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): the local Neo4j is not used.`);
    return;
  }
  const instance = localInstance(config.neo4j, console.log);
  switch (command) {
    case 'start': {
      const { pid, reused } = await startNeo4j(instance);
      console.log(
        `${reused ? 'Already running' : 'Started'}: Neo4j ${neo4jVersion()} (pid ${pid}) at ${boltUri(instance.boltPort)}, data in ${instance.home}`,
      );
      break;
    }
    case 'stop':
      console.log(
        (await stopNeo4j(instance.home))
          ? 'Stopped the local Neo4j.'
          : 'The local Neo4j was not running.',
      );
      break;
    case 'status': {
      const pid = runningPid(instance.home);
      console.log(
        pid
          ? `Running: pid ${pid}, ${boltUri(instance.boltPort)}, http://127.0.0.1:${instance.httpPort}`
          : 'Not running.',
      );
      if (!pid) process.exitCode = 3;
      break;
    }
    case 'logs':
      console.log(logTail(instance.home, 100));
      break;
    default:
      console.error('Usage: tsx scripts/db.ts start|stop|status|logs');
      process.exitCode = 2;
  }
}

run(process.argv[2]).catch(exitWithError);
