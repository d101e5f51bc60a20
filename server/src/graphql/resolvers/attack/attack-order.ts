/**
 * `attacks(orderBy)` and its keyset cursors. Newest first (the default) keeps the date-index plans
 * of attack-page.ts and their cursor [dateStart, id]; every other order reads the filtered attacks
 * sorted by a key (cypher/attack/_sort-key) and its cursor also names the order, so a cursor is
 * never read under an order it was not made for.
 */
import { badInput } from '../../../errors/api-errors.js';
import type { AttackOrder } from '../../generated/resolvers-types.js';

/** The order of a page: field and direction as the SDL spells them. */
export interface OrderParams {
  field: 'DATE' | 'KILLED' | 'WOUNDED' | 'NAME';
  direction: 'ASC' | 'DESC';
}

/** Where a page starts: after this key (date, name or figure) and id. */
export interface AfterKey {
  key: string | number;
  id: string;
}

export const isNewestFirst = (order: OrderParams) =>
  order.field === 'DATE' && order.direction === 'DESC';

export function orderParams(orderBy: AttackOrder | null | undefined): OrderParams {
  return { field: orderBy?.field ?? 'DATE', direction: orderBy?.direction ?? 'DESC' };
}

/**
 * Sort-key placeholders for unknown values: below every real one when sorting down, above every
 * real one when sorting up, so they come last either way. '\uffff' sorts after any ISO date.
 */
export function unknownKeys(order: OrderParams) {
  return order.direction === 'DESC'
    ? { unknownText: '', unknownNumber: -1 }
    : { unknownText: '\uffff', unknownNumber: Number.MAX_SAFE_INTEGER };
}

export function encodeCursor(order: OrderParams, after: AfterKey): string {
  const value = isNewestFirst(order)
    ? [after.key, after.id]
    : [order.field, order.direction, after.key, after.id];
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function parse(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** Names and dates sort as text, casualty figures as numbers. */
const keyType = (field: OrderParams['field']) =>
  field === 'NAME' || field === 'DATE' ? 'string' : 'number';

/** The position a cursor stands for; BAD_USER_INPUT naming `after` when it is not one for `order`. */
export function decodeCursor(cursor: string, order: OrderParams): AfterKey {
  const value = parse(cursor);
  const shown = JSON.stringify(cursor.slice(0, 40));
  if (Array.isArray(value)) {
    const [field, direction, key, id] = value as unknown[];
    if (isNewestFirst(order) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return { key: field as string, id: direction as string };
    if (value.length === 4 && typeof id === 'string') {
      if (field === order.field && direction === order.direction) {
        if (typeof key === keyType(order.field)) return { key: key as string | number, id };
        throw badInput(`after ${shown} is not a cursor returned by this API.`, ['after']);
      }
      throw badInput(
        `after ${shown} was returned for orderBy ${String(field)} ${String(direction)}, not ${order.field} ${order.direction}.`,
        ['after'],
      );
    }
    if (value.length === 2 && !isNewestFirst(order))
      throw badInput(
        `after ${shown} was returned for orderBy DATE DESC, not ${order.field} ${order.direction}.`,
        ['after'],
      );
  }
  throw badInput(`after ${shown} is not a cursor returned by this API.`, ['after']);
}
