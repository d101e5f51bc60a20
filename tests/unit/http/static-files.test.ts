import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../../../server/src/http/static-files.js';

describe('serveStatic', () => {
  it('says how to build the explorer when its folder is missing, instead of throwing', async () => {
    const server = createServer(serveStatic(path.join(os.tmpdir(), 'actorgraph-no-such-dist')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('npm run build:client');
    } finally {
      server.close();
    }
  });
});
