/** `timeline(filter)`: attacks and casualties per month per attributed group. */
import type { QueryResolvers, Resolvers } from '../../generated/resolvers-types.js';
import type { EntityRow, TimelineRow } from '../../records.js';
import { attackFilterParams } from './attack-filter.js';

export const timeline: QueryResolvers['timeline'] = (_parent, args, ctx) =>
  ctx.db.read<TimelineRow>('attack/timeline', attackFilterParams(args.filter));

export const timelineFieldResolvers: Resolvers = {
  TimelineBucket: {
    group: async (row, _args, ctx) => (await ctx.loaders.entity.load(row.groupId)) as EntityRow,
  },
};
