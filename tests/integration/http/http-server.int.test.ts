import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testConfig, type TestApp } from '../../support/app.js';

let app: TestApp;
let locked: TestApp;
beforeAll(async () => {
  app = await startTestApp(
    testConfig({ CORS_ORIGINS: 'https://analyst.example.org', MAX_BODY_BYTES: '4096' }),
  );
  locked = await startTestApp(
    testConfig({ ACTORGRAPH_GRAPHIQL: 'false', ACTORGRAPH_INTROSPECTION: 'false' }),
  );
});
afterAll(async () => {
  await app.close();
  await locked.close();
});

const post = (target: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(target.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('the HTTP server', () => {
  it('answers /health while up and /ready while the database answers', async () => {
    expect(await (await fetch(`${app.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/ready`);
    expect(ready.status).toBe(200);
  });

  it('serves the explorer with a strict Content-Security-Policy and security headers', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    const allowed = await post(app, '{"query":"{ __typename }"}', {
      origin: 'https://analyst.example.org',
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.example.org');
    const other = await post(app, '{"query":"{ __typename }"}', {
      origin: 'https://elsewhere.example',
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bodies over the limit with 413, before reading them', async () => {
    const response = await post(
      app,
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5000) } }),
    );
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message,
    ).toMatch(/limit is 4096/);
  });

  it('answers variables that are not JSON, in a GET or a form, with 400 BAD_REQUEST', async () => {
    const query = encodeURIComponent('{ __typename }');
    const get = await fetch(`${app.graphqlUrl}?query=${query}&variables=%7Boops`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    const form = await post(app, `query=${query}&variables=%7Boops`, {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/graphql-response+json',
    });
    for (const response of [get, form]) {
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { extensions: object }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
    }
  });

  it("says that a body is not JSON without passing on the parser's error", async () => {
    const response = await post(app, '{"query": "{ __typename }"', {
      accept: 'application/graphql-response+json',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors).toEqual([
      { message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('suggests no field, type or enum value when introspection is off', async () => {
    const documents = [
      '{ ranking(by: DEGRE) { degree } }',
      '{ search(text: "k", kinds: [Grop]) { id } }',
      '{ serch(text: "k") { id } }',
      'query ($k: [EntityKnd!]) { search(text: "k", kinds: $k) { id } }',
    ];
    const messages = async (target: TestApp, query: string, variables = {}) =>
      (
        (await (await post(target, JSON.stringify({ query, variables }))).json()) as {
          errors?: { message: string }[];
        }
      ).errors?.map((e) => e.message) ?? [];
    // The open server does suggest, so the closed one is shown to hide something.
    expect((await messages(app, documents[0]!)).join()).toMatch(/Did you mean the enum value/);
    for (const query of documents) {
      const closed = await messages(locked, query);
      expect(closed.length, query).toBeGreaterThan(0);
      expect(closed.join(), query).not.toMatch(/did you mean|DEGREE|Group\b|search\b/i);
    }
    const badVariable = await messages(
      locked,
      'query ($k: [EntityKind!]) { search(text: "k", kinds: $k) { id } }',
      { k: ['Grop'] },
    );
    expect(badVariable.join()).toMatch(/Grop/);
    expect(badVariable.join()).not.toMatch(/did you mean|"Group"/i);
  });

  it('can switch GraphiQL and introspection off for production', async () => {
    const open = await fetch(app.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await open.text()).toContain('ActorGraph GraphQL');
    const closed = await fetch(locked.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await closed.text()).not.toContain('ActorGraph GraphQL');
    const introspection = (await (
      await post(locked, '{"query":"{ __schema { types { name } } }"}')
    ).json()) as { errors?: { message: string }[] };
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const allowed = (await (
      await post(app, '{"query":"{ __schema { queryType { name } } }"}')
    ).json()) as { data?: unknown };
    expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
