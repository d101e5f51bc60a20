/** Opaque keyset cursors: the sort key and id of the last row of a page, as base64url JSON. */
import { badInput } from '../errors/api-errors.js';

export const encodeCursor = (key: string, id: string) =>
  Buffer.from(JSON.stringify([key, id])).toString('base64url');

/** The (key, id) of `cursor`, or BAD_USER_INPUT naming the `after` argument. */
export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through to the error below
  }
  throw badInput(
    `after ${JSON.stringify(cursor.slice(0, 40))} is not a cursor returned by this API.`,
    ['after'],
  );
}
