/** Attack fields beyond its properties: perpetrators, every source's casualty report, where. */
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { type EntityRow, locationOf } from '../../records.js';

const details = (attack: EntityRow, ctx: Context) => ctx.loaders.attackDetails.load(attack.id);

export const attackFieldResolvers: Resolvers = {
  Attack: {
    dateApprox: (attack) => attack.dateApprox ?? false,
    citations: (attack) => attack.citations ?? [],
    location: locationOf,
    perpetrators: async (attack, _args, ctx) => (await details(attack, ctx))?.perpetrators ?? [],
    casualtyReports: async (attack, _args, ctx) =>
      (await details(attack, ctx))?.casualtyReports ?? [],
    place: async (attack, _args, ctx) => {
      const placeId = (await details(attack, ctx))?.placeId;
      return placeId ? ctx.loaders.entity.load(placeId) : null;
    },
    state: async (attack, _args, ctx) => {
      const stateId = (await details(attack, ctx))?.stateId;
      return stateId ? ctx.loaders.entity.load(stateId) : null;
    },
  },
  Perpetrator: {
    actor: async (relation, _args, ctx) =>
      (await ctx.loaders.entity.load(relation.from)) as EntityRow,
    relation: (relation) => relation,
  },
  CasualtyReport: {
    source: async (report, _args, ctx) =>
      (await ctx.loaders.entity.load(report.sourceId)) as EntityRow,
  },
};
