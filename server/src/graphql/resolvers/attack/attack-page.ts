/**
 * One page of attacks, read by whichever of two plans touches fewer attacks. Walking the date
 * index newest first reads about `limit × attacks / linked` attacks before the page is full;
 * starting from the groups reads and sorts all `linked` of theirs. The first wins for busy groups
 * (and no group filter at all), the second for rare ones.
 */
import type { Gateway } from '../../../db/gateway.js';
import type { AttackFilterParams, EntityRow } from '../../records.js';

export interface PageRequest {
  filter: AttackFilterParams;
  afterDate: string | null;
  afterId: string | null;
  limit: number;
}

/** Latest possible date: a filter without `to` pages from here. */
const END_OF_TIME = '9999-12-31';

/** True when starting from the groups' own attacks reads fewer attacks than the date index. */
export function startFromGroups(linked: number, attacks: number, limit: number): boolean {
  return linked * linked < limit * attacks;
}

export async function readAttackPage(
  db: Gateway,
  request: PageRequest,
): Promise<{ dateStart: string; entity: EntityRow }[]> {
  const { filter, afterDate, afterId, limit } = request;
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
  return db.read(query, { ...filter, afterDate, afterId, limit, upper });
}
