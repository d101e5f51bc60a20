/** `upsertEntity(input)`: creates an entity or updates the fields given, recording who and when. */
import { requireEditor } from '../../auth.js';
import {
  aliasCountProblem,
  descriptionProblem,
  iso2Problem,
  lineTextProblem,
  nameProblem,
  orgTypeProblem,
  placeTypeProblem,
} from '../../../domain/entity-rules.js';
import { entityWrite } from '../../../domain/graph-write.js';
import { webUrlProblem } from '../../../domain/web-url.js';
import { conflict } from '../../../errors/api-errors.js';
import { checkArg, entityIdArg } from '../../args.js';
import type { EntityInput, MutationResolvers } from '../../generated/resolvers-types.js';
import type { EntityRow } from '../../records.js';
import { checkEvidence } from './evidence-input.js';
import { lockEntities } from '../../../writes/lock-entities.js';
import { primeLoaders, readBackEntity } from './read-back.js';
import { verifyEvidence } from './verify-evidence.js';

/** Optional fields and their rules (domain/entity-rules.ts); null or absent means "leave as is". */
const FIELD_RULES = {
  description: descriptionProblem,
  role: lineTextProblem,
  publisher: lineTextProblem,
  attackType: lineTextProblem,
  placeType: placeTypeProblem,
  orgType: orgTypeProblem,
  iso2: iso2Problem,
  url: webUrlProblem,
} as const satisfies Partial<Record<keyof EntityInput, (value: string) => string | undefined>>;

/** The checks the seed format makes too (seed/seed-format.ts), from the same domain rules. */
function checkInput(input: EntityInput): void {
  entityIdArg('input.id', input.id);
  checkArg(['input', 'name'], input.name, nameProblem);
  if (input.aliases) {
    checkArg(['input', 'aliases'], input.aliases, aliasCountProblem);
    input.aliases.forEach((alias, i) => checkArg(['input', 'aliases', i], alias, nameProblem));
  }
  for (const [field, problemOf] of Object.entries(FIELD_RULES)) {
    const value = input[field as keyof typeof FIELD_RULES];
    if (value !== null && value !== undefined) checkArg(['input', field], value, problemOf);
  }
}

export const upsertEntity: MutationResolvers['upsertEntity'] = async (_parent, { input }, ctx) => {
  const editor = requireEditor(ctx.editor);
  checkInput(input);
  const now = new Date().toISOString();
  const entity = await ctx.db.writeAll('upsertEntity', async (tx) => {
    // Checked on the id held for this transaction: a check before a separate MERGE let concurrent
    // creations of one id with different kinds all pass, leaving one node with several kinds.
    const [held] = await tx.run<{ kind: string }>('edit/claim-entity-id', {
      id: input.id,
      kind: input.kind,
      editor,
      now,
    });
    if (held && held.kind !== input.kind) {
      throw conflict(
        `"${input.id}" is already the id of a ${held.kind}; choose another id for this ${input.kind}.`,
      );
    }
    // Read under the entity's lock: a merge into it that commits meanwhile adds aliases that an
    // earlier read would not hold, and writing that read back would drop them.
    await lockEntities(tx, [input.id]);
    const [existing] = await tx.run<{ entity: EntityRow }>('entity/by-ids', { ids: [input.id] });
    await checkEvidence(tx, input.evidence ?? [], ['input', 'evidence']);
    const evidence = await verifyEvidence(tx, input.evidence ?? [], ['input', 'evidence']);
    const aliases = input.aliases ?? existing?.entity.aliases ?? [];
    const fields = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== null && value !== undefined),
    );
    const write = entityWrite({
      ...fields,
      id: input.id,
      kind: input.kind,
      name: input.name.trim(),
      aliases: aliases.map((alias) => alias.trim()),
      evidence,
      ...(input.kind === 'Source' ? { title: input.name.trim() } : {}),
    });
    await tx.run('edit/upsert-entities', { entities: [write], editor, now });
    return readBackEntity(tx, input.id);
  });
  primeLoaders(ctx, { entities: [entity] });
  return entity;
};
