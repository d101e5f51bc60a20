/** AttackFilter input → parameters of cypher/attack/_filter.cypher, checked. */
import { parsePartialDate } from '../../../domain/dates.js';
import { badInput } from '../../../errors/api-errors.js';
import { gradeArgs, statusesArg, timeWindow } from '../../args.js';
import type { AttackFilter } from '../../generated/resolvers-types.js';
import type { AttackFilterParams } from '../../records.js';
import { geoFilterParams } from './attack-geo.js';

const MAX_IDS = 100;

function ids(name: string, values: readonly string[] | null | undefined): string[] {
  if ((values?.length ?? 0) > MAX_IDS)
    throw badInput(`filter.${name} takes at most ${MAX_IDS} values.`, ['filter', name]);
  return [...(values ?? [])];
}

export function attackFilterParams(filter: AttackFilter | null | undefined): AttackFilterParams {
  const from = filter?.from ? (parsePartialDate(filter.from)?.start ?? null) : null;
  const to = filter?.to ? (parsePartialDate(filter.to)?.end ?? null) : null;
  if (from && to && from > to)
    throw badInput(`filter.from (${filter?.from}) is after filter.to (${filter?.to}).`, [
      'filter',
      'from',
    ]);
  const minKilled = filter?.minKilled ?? null;
  if (minKilled !== null && minKilled < 0)
    throw badInput(`filter.minKilled must be 0 or more; got ${minKilled}.`, [
      'filter',
      'minKilled',
    ]);
  const window = timeWindow(filter?.asOf, filter?.between, ['filter']);
  return {
    existsBy: window.timed ? window.windowEnd : null,
    includeUndated: filter?.includeUndated ?? false,
    from,
    to,
    minKilled,
    ...gradeArgs(filter?.minReliability, filter?.minCredibility, 'filter.'),
    groupIds: ids('groupIds', filter?.groupIds),
    stateIds: ids('stateIds', filter?.stateIds),
    placeIds: ids('placeIds', filter?.placeIds),
    targetIds: ids('targetIds', filter?.targetIds),
    statuses: statusesArg(filter?.statuses, 'filter.statuses'),
    attackTypes: ids('attackTypes', filter?.attackTypes).map((t) => t.trim().toLowerCase()),
    ...geoFilterParams(filter?.within, filter?.near),
  };
}
