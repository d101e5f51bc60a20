/** `upsertEntity(input)`: creates an entity or updates the fields given, recording who and when. */
import { requireEditor } from '../../auth.js';
import { entityWrite } from '../../../domain/graph-write.js';
import { unsafeTextProblem } from '../../../domain/safe-text.js';
import { ORGANIZATION_TYPES, PLACE_TYPES } from '../../../domain/vocabulary.js';
import { webUrlProblem } from '../../../domain/web-url.js';
import { badInput, conflict } from '../../errors.js';
import { entityIdArg } from '../../args.js';
import type { EntityInput, MutationResolvers } from '../../generated/resolvers-types.js';
import type { EntityRow } from '../../records.js';
import { checkEvidence } from './evidence-input.js';
import { lockEntities } from './lock-entities.js';
import { primeLoaders, readBackEntity } from './read-back.js';
import { verifyEvidence } from './verify-evidence.js';

const MAX_NAME = 300;

/** One-line text fields, and those that may hold line breaks and tabs (see domain/safe-text.ts). */
const LINE_FIELDS = ['name', 'role', 'publisher', 'attackType'] as const;
const PROSE_FIELDS = ['description'] as const;

function checkCharacters(input: EntityInput): void {
  const check = (value: string | null | undefined, path: (string | number)[], prose = false) => {
    const problem = value ? unsafeTextProblem(value, prose) : undefined;
    if (problem) throw badInput(`${path.join('.').replace(/\.(\d+)/g, '[$1]')} ${problem}.`, path);
  };
  for (const field of LINE_FIELDS) check(input[field], ['input', field]);
  for (const field of PROSE_FIELDS) check(input[field], ['input', field], true);
  input.aliases?.forEach((alias, i) => check(alias, ['input', 'aliases', i]));
  input.evidence?.forEach((e, i) => check(e.quote, ['input', 'evidence', i, 'quote'], true));
  const urlProblem = input.url ? webUrlProblem(input.url) : undefined;
  if (urlProblem)
    throw badInput(`input.url "${input.url!.slice(0, 200)}" ${urlProblem}.`, ['input', 'url']);
}

function checkInput(input: EntityInput): void {
  const at = (field: string) => ['input', field];
  entityIdArg('input.id', input.id);
  checkCharacters(input);
  if (!input.name.trim() || input.name.length > MAX_NAME)
    throw badInput(`input.name must be 1 to ${MAX_NAME} characters.`, at('name'));
  if ((input.aliases?.length ?? 0) > 100)
    throw badInput('input.aliases takes at most 100 spellings.', at('aliases'));
  input.aliases?.forEach((alias, i) => {
    if (!alias.trim() || alias.length > MAX_NAME)
      throw badInput(`input.aliases[${i}] must be 1 to ${MAX_NAME} characters.`, [
        'input',
        'aliases',
        i,
      ]);
  });
  if ((input.description?.length ?? 0) > 5000)
    throw badInput('input.description takes at most 5,000 characters.', at('description'));
  if (input.placeType && !(PLACE_TYPES as readonly string[]).includes(input.placeType)) {
    throw badInput(
      `input.placeType "${input.placeType}" must be one of ${PLACE_TYPES.join(', ')}.`,
      at('placeType'),
    );
  }
  if (input.orgType && !(ORGANIZATION_TYPES as readonly string[]).includes(input.orgType)) {
    throw badInput(
      `input.orgType "${input.orgType}" must be one of ${ORGANIZATION_TYPES.join(', ')}.`,
      at('orgType'),
    );
  }
  if (input.iso2 && !/^[A-Z]{2}$/.test(input.iso2))
    throw badInput(`input.iso2 "${input.iso2}" must be two capital letters.`, at('iso2'));
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
      aliases,
      evidence,
      ...(input.kind === 'Source' ? { title: input.name.trim() } : {}),
    });
    await tx.run('edit/upsert-entities', { entities: [write], editor, now });
    return readBackEntity(tx, input.id);
  });
  primeLoaders(ctx, { entities: [entity] });
  return entity;
};
