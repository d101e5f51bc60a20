/**
 * `npm run dev`: the API with reload on change (tsx watch) and the explorer from Vite's dev server
 * with hot module replacement; Vite proxies /graphql to the API. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import { parseCommand } from '../server/src/cli/command-line.js';
import { reportError } from '../server/src/cli/report-error.js';

try {
  parseCommand({
    usage: 'npm run dev',
    summary:
      'The API with reload on change, and the explorer from Vite’s dev server with hot module ' +
      'replacement (http://localhost:5173/; /graphql is proxied to the API).',
    options: {},
  });
} catch (error) {
  process.exit(reportError(error));
}

const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/src/main.ts'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite', '--config', 'client/vite.config.ts'], { stdio: 'inherit' }),
];

const stop = () => children.forEach((child) => child.kill('SIGINT'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
