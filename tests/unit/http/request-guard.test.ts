import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { guarded } from '../../../server/src/http/request-guard.js';

let server: Server;
let url: string;
const logged: unknown[][] = [];

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
  server = createServer(
    guarded(async (request, response) => {
      if (request.url === '/throws') throw new Error('secret internal detail');
      if (request.url === '/rejects') return Promise.reject(new Error('secret async detail'));
      if (request.url === '/half') {
        response.writeHead(200).write('partial');
        throw new Error('after the head');
      }
      response.end('fine');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('guarded', () => {
  it.each(['/throws', '/rejects'])(
    'answers a handler that fails (%s) with a 500 naming only the request id, and logs it',
    async (path) => {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(500);
      const id = response.headers.get('x-request-id')!;
      const text = await response.text();
      expect(text).toContain(id);
      expect(text).not.toMatch(/secret|Error|at /);
      expect(JSON.parse(text).errors[0].extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: id,
      });
      const line = logged.find((args) => String(args[0]).includes(id));
      expect(String((line?.[1] as Error).message)).toMatch(/secret/);
      expect((await fetch(`${url}/ok`)).status).toBe(200);
    },
  );

  it('cuts the connection when the failure comes after the head was sent', async () => {
    await expect(fetch(`${url}/half`).then((r) => r.text())).rejects.toThrow();
    expect((await fetch(`${url}/ok`)).status).toBe(200);
  });
});
