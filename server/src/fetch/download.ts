/**
 * Downloads one page for `fetchSource` under limits: http and https only, a byte limit checked
 * while the body streams (a larger Content-Length is refused before reading), one time limit for
 * the whole download, at most `maxRedirects` redirects, each hop checked again. Every connection
 * goes to an address checked by address-policy.ts: the `lookup` below resolves the name, checks
 * every address and hands the socket the checked one, so a DNS answer that changes between check
 * and connect (DNS rebinding) cannot slip through. Written on node:http rather than fetch() because
 * fetch() offers no hook on the address it connects to.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressProblem } from './address-policy.js';
import { FetchProblem } from './fetch-problem.js';

/** The fetch settings (config.ts, docs/configuration.md). */
export interface FetchSettings {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  allowPrivateAddresses: boolean;
}

interface Download {
  /** The URL of the last hop, after redirects. */
  url: string;
  /** The media type without parameters, lower-case ('' when the server sent none). */
  mediaType: string;
  /** The charset parameter of Content-Type, when given. */
  charset: string | undefined;
  body: Uint8Array;
}

const MEGABYTE = 1024 * 1024;

/** Why `url` may not be requested, or undefined; IP literals are checked here (no DNS look-up). */
function urlProblem(url: URL, settings: FetchSettings): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `"${url.href.slice(0, 200)}" must start with http:// or https:// (not ${url.protocol})`;
  if (url.username || url.password) return 'a URL with a user name or password is not fetched';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? addressProblem(host, settings.allowPrivateAddresses) : undefined;
}

/** Resolves, checks every address, and connects to a checked one (see the file comment). */
function checkedLookup(settings: FetchSettings): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, found) => {
      const addresses = found as unknown as LookupAddress[];
      if (error) return callback(error, '', 0);
      const problem = addresses
        .map((a) => addressProblem(a.address, settings.allowPrivateAddresses))
        .find(Boolean);
      if (problem || addresses.length === 0)
        return callback(new FetchProblem('input', `${hostname} resolves to ${problem}`), '', 0);
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** One request; resolves with the response (body unread) or rejects with the socket's error. */
function request(url: URL, settings: FetchSettings, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: checkedLookup(settings),
      signal,
      headers: {
        'user-agent': 'ActorGraph/0.1 (source fetcher)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,*/*;q=0.1',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

/** Reads the body, refusing it once it passes `maxBytes` (the socket is then closed). */
async function readBody(response: IncomingMessage, maxBytes: number, url: string) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new FetchProblem('input', `${url} is larger than ${maxBytes / MEGABYTE} MB`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function networkProblem(error: unknown, url: string, settings: FetchSettings): FetchProblem {
  if (error instanceof FetchProblem) return error;
  const err = error as NodeJS.ErrnoException;
  if (err.name === 'AbortError')
    return new FetchProblem('unreachable', `${url} did not answer within ${settings.timeoutMs} ms`);
  return new FetchProblem(
    'unreachable',
    `${url} could not be reached (${err.code ?? err.message})`,
  );
}

/** Downloads `raw` under `settings`; throws FetchProblem naming what went wrong. */
export async function download(raw: string, settings: FetchSettings): Promise<Download> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchProblem('input', `"${raw.slice(0, 200)}" is not an absolute URL`);
  }
  const signal = AbortSignal.timeout(settings.timeoutMs);
  for (let hop = 0; ; hop++) {
    const problem = urlProblem(url, settings);
    if (problem) throw new FetchProblem('input', problem);
    let response: IncomingMessage;
    try {
      response = await request(url, settings, signal);
    } catch (error) {
      throw networkProblem(error, url.href, settings);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= settings.maxRedirects)
        throw new FetchProblem(
          'input',
          `${raw} redirects more than ${settings.maxRedirects} times`,
        );
      url = new URL(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const kind = status >= 500 ? 'unreachable' : 'input';
      throw new FetchProblem(kind, `${url.href} answered HTTP ${status}`);
    }
    const length = Number(response.headers['content-length']);
    if (length > settings.maxBytes) {
      response.destroy();
      throw new FetchProblem(
        'input',
        `${url.href} is larger than ${settings.maxBytes / MEGABYTE} MB (${length} bytes)`,
      );
    }
    const [type = '', ...params] = (response.headers['content-type'] ?? '').split(';');
    const charset = params
      .map((p) => /^\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(p)?.[1])
      .find(Boolean);
    try {
      const body = await readBody(response, settings.maxBytes, url.href);
      return { url: url.href, mediaType: type.trim().toLowerCase(), charset, body };
    } catch (error) {
      throw networkProblem(error, url.href, settings);
    }
  }
}
