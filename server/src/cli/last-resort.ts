/**
 * The process's last line of defence. No request should get here (http/request-guard.ts catches
 * them), but if anything throws past every handler, the server logs it and stops the Neo4j it
 * started before exiting, instead of dying and leaving Neo4j running unnoticed. (What even this
 * cannot catch, such as SIGKILL, is found at the next start: local-neo4j/owner.ts.)
 */
import { stopNeo4j } from '../local-neo4j/launcher.js';

/** Installs the handler; `home` is the local Neo4j this process started, if any. */
export function exitCleanlyOnCrash(home: string | undefined): void {
  let crashed = false;
  // Node routes unhandled promise rejections here too (its default --unhandled-rejections=throw).
  process.on('uncaughtException', (error, origin) => {
    const what =
      origin === 'unhandledRejection' ? 'Unhandled promise rejection' : 'Uncaught exception';
    console.error(`[fatal] ${what}; the server stops.`, error);
    if (crashed) return;
    crashed = true;
    const stopped = home
      ? stopNeo4j(home).then(
          (was) => console.error(was ? `[fatal] Stopped the local Neo4j in ${home}.` : ''),
          (stopError: unknown) =>
            console.error(`[fatal] Could not stop the local Neo4j in ${home}:`, stopError),
        )
      : Promise.resolve();
    void stopped.finally(() => process.exit(1));
  });
}
