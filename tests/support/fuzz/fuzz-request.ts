/** A request the fuzzer sends to the server, and the headers most of them carry. */

export interface FuzzRequest {
  /** Which generator made it. */
  generator: string;
  method: string;
  /** Path and query string, e.g. `/graphql?query=…`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** True when the document is a mutation, sent without a token. */
  anonymousMutation: boolean;
}

export const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
};

/** A known-good document, for requests whose point is their shape, not their document. */
export const VALID_QUERY = '{ search(text: "ISKP") { id } }';
