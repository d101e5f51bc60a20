/** `npm run db:start|stop|status|logs`: the project's local Neo4j (see server/src/local-neo4j). */
import { parseCommand } from '../server/src/cli/command-line.js';
import { runCommand } from '../server/src/cli/report-error.js';
import { readConfig } from '../server/src/cli/start-up.js';
import { boltUri, logTail, runningPid } from '../server/src/local-neo4j/instance.js';
import { neo4jVersion } from '../server/src/local-neo4j/install.js';
import { localHome, localInstance } from '../server/src/local-neo4j/local.js';
import { startNeo4j, stopNeo4j } from '../server/src/local-neo4j/launcher.js';

const COMMAND = {
  usage:
    'npm run db:start | db:stop | db:status | db:logs  (tsx scripts/db.ts start|stop|status|logs)',
  summary:
    'Starts, stops, shows or prints the log of the project’s local Neo4j (unused when NEO4J_URI is set). ' +
    'db:status exits 3 when it is not running.',
  options: {},
  positionals: 1,
};

runCommand(async () => {
  const { positionals, fail } = parseCommand(COMMAND);
  const command = positionals[0] ?? '';
  if (!['start', 'stop', 'status', 'logs'].includes(command)) {
    fail(`Unknown command "${command}": expected start, stop, status or logs.`);
  }
  const config = readConfig();
  if (config.neo4j.uri) {
    console.log(`NEO4J_URI is set (${config.neo4j.uri}): the local Neo4j is not used.`);
    return;
  }
  const home = localHome(config.neo4j);
  if (command === 'start') {
    const instance = await localInstance(config.neo4j, console.log);
    const { pid, reused } = await startNeo4j(instance);
    console.log(
      `${reused ? 'Already running' : 'Started'}: Neo4j ${neo4jVersion()} (pid ${pid}) at ${boltUri(instance.boltPort)}, data in ${home}`,
    );
  } else if (command === 'stop') {
    console.log(
      (await stopNeo4j(home)) ? 'Stopped the local Neo4j.' : 'The local Neo4j was not running.',
    );
  } else if (command === 'status') {
    const pid = runningPid(home);
    console.log(
      pid
        ? `Running: pid ${pid}, ${boltUri(config.neo4j.boltPort)}, http://127.0.0.1:${config.neo4j.httpPort}`
        : 'Not running.',
    );
    if (!pid) process.exitCode = 3;
  } else {
    console.log(logTail(home, 100));
  }
});
