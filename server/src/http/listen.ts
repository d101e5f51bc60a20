/** Starts an HTTP server listening, with a port already taken reported as a UserError. */
import type { Server } from 'node:http';
import { UserError } from '../errors/user-error.js';

class PortInUseError extends UserError {}

/** Resolves once `server` listens on `host:port`. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} is already in use by another program.`,
              'Stop that program, or set PORT to a free port (in .env or the environment).',
            )
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
}
