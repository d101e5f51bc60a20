/**
 * One page of attacks, read by whichever of two plans touches fewer attacks. Walking the date
 * index newest first reads about `limit × attacks / linked` attacks before the page is full;
 * starting from the groups reads and sorts all `linked` of theirs. The first wins for busy groups
 * (and no group filter at all), the second for rare ones.
 */
import type { Gateway } from '../../../db/gateway.js';
import type { AttackFilterParams, EntityRow } from '../../records.js';
import { isNewestFirst, unknownKeys, type AfterKey, type OrderParams } from './attack-order.js';

export interface PageRequest {
  filter: AttackFilterParams;
  order: OrderParams;
  after: AfterKey | null;
  limit: number;
}

/** One attack of a page and its sort key (the cursor's position). */
export interface PageRow {
  key: string | number;
  entity: EntityRow;
}

/** Latest possible date: a filter without `to` pages from here. */
const END_OF_TIME = '9999-12-31';

/** True when starting from the groups' own attacks reads fewer attacks than the date index. */
export function startFromGroups(linked: number, attacks: number, limit: number): boolean {
  return linked * linked < limit * attacks;
}

/** One page in `request.order`; newest first takes the index plans below, other orders sort. */
export async function readAttackPage(db: Gateway, request: PageRequest): Promise<PageRow[]> {
  const { filter, order, after, limit } = request;
  if (!isNewestFirst(order))
    return db.read<PageRow>(`attack/page-sorted-${order.direction.toLowerCase()}`, {
      ...filter,
      ...unknownKeys(order),
      sortField: order.field,
      afterKey: after?.key ?? null,
      afterId: after?.id ?? null,
      limit,
    });
  const afterDate = after === null ? null : String(after.key);
  const afterId = after?.id ?? null;
  let query = 'attack/page-by-date';
  if (filter.groupIds.length > 0) {
    const [size] = await db.read<{ linked: number; attacks: number }>('attack/group-link-count', {
      groupIds: filter.groupIds,
    });
    if (startFromGroups(size?.linked ?? 0, size?.attacks ?? 0, limit))
      query = 'attack/page-from-groups';
  }
  const to = filter.to ?? END_OF_TIME;
  const upper = afterDate !== null && afterDate < to ? afterDate : to;
  const rows = await db.read<{ dateStart: string; entity: EntityRow }>(query, {
    ...filter,
    afterDate,
    afterId,
    limit,
    upper,
  });
  return rows.map(({ dateStart, entity }) => ({ key: dateStart, entity }));
}
