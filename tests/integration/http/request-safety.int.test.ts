/**
 * No request ends the process (issue 12, item 1). Before the fix `GET /%` threw URIError out of the
 * static file handler and the server process exited; now odd paths are 400 or the explorer's page,
 * and the server keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../support/app.js';
import { rawGet, rawRequest } from '../../support/http/raw-request.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(testConfig());
});
afterAll(async () => {
  await app.close();
});

const stillServing = async () => {
  const health = await fetch(`${app.url}/health`);
  expect(health.status).toBe(200);
};

describe('malformed and odd request paths', () => {
  it.each(['/%', '/%c0%ae%c0%ae/package.json', '/%E0%A4%A', '/graphql%', '/%00', '/a%0d%0ab'])(
    'answers GET %s with 400 and keeps serving',
    async (path) => {
      const answer = await rawRequest(app.url, rawGet(path));
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('not a well-formed URL path');
      await stillServing();
    },
  );

  it.each(['//', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/.env', '/%C3%A9/%F0%9F%98%80', '/\\'])(
    'answers GET %s with the explorer page, never a file outside it',
    async (path) => {
      const answer = await rawRequest(app.url, rawGet(path));
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('<!doctype html>');
      await stillServing();
    },
  );

  it.each([
    '/../../package.json',
    '/assets/../../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
  ])(
    'answers GET %s with 404 (a missing file), never the file outside the explorer',
    async (path) => {
      const answer = await rawRequest(app.url, rawGet(path));
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('devDependencies');
      await stillServing();
    },
  );

  it('refuses a 100 KB path (431, from Node) and keeps serving', async () => {
    const answer = await rawRequest(app.url, rawGet(`/${'a'.repeat(100_000)}`));
    expect(answer.status).toBe(431);
    await stillServing();
  });

  it('refuses a raw non-ASCII path (400, from Node) and keeps serving', async () => {
    const answer = await rawRequest(app.url, rawGet('/é/😀'));
    expect(answer.status).toBe(400);
    await stillServing();
  });

  it('tags every answer with a request id', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('POST bodies without a length', () => {
  it('answers a chunked GraphQL POST with 411 saying why', async () => {
    const body = '{"query":"{ __typename }"}';
    const answer = await rawRequest(
      app.url,
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`,
    );
    expect(answer.status).toBe(411);
    expect(answer.body).toContain('Chunked request bodies are not accepted');
  });
});
