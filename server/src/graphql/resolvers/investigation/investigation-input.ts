/** Checks a saveInvestigation input; every problem is BAD_USER_INPUT naming the field. */
import { randomBytes } from 'node:crypto';
import { entityIdProblem } from '../../../domain/ids.js';
import {
  checkInvestigationState,
  investigationIdFor,
  MAX_NAME_LENGTH,
  MAX_NOTES_LENGTH,
} from '../../../domain/investigation-state.js';
import { unsafeTextProblem } from '../../../domain/safe-text.js';
import { badInput } from '../../../errors/api-errors.js';
import type { InvestigationInput } from '../../generated/resolvers-types.js';

/** A checked save: what is stored, and the version it must replace (undefined: create). */
export interface CheckedInvestigation {
  id: string;
  name: string;
  notes: string;
  state: string;
  expectedVersion: number | undefined;
}

const quoted = (value: string) => JSON.stringify(value.slice(0, 80));

export function checkInvestigationInput(input: InvestigationInput): CheckedInvestigation {
  const name = input.name.trim();
  if (!name || name.length > MAX_NAME_LENGTH)
    throw badInput(`The name ${quoted(input.name)} must have 1 to ${MAX_NAME_LENGTH} characters.`, [
      'input',
      'name',
    ]);
  const nameProblem = unsafeTextProblem(name);
  if (nameProblem) throw badInput(`The name ${quoted(name)} ${nameProblem}.`, ['input', 'name']);
  const notes = input.notes ?? '';
  if (notes.length > MAX_NOTES_LENGTH)
    throw badInput(
      `The notes are ${notes.length} characters; at most ${MAX_NOTES_LENGTH} are kept.`,
      ['input', 'notes'],
    );
  const notesProblem = unsafeTextProblem(notes, true);
  if (notesProblem) throw badInput(`The notes ${notesProblem}.`, ['input', 'notes']);
  const idProblem = input.id == null ? undefined : entityIdProblem(input.id);
  if (idProblem) throw badInput(`The id ${quoted(input.id!)} ${idProblem}.`, ['input', 'id']);
  const expected = input.expectedVersion ?? undefined;
  if (expected !== undefined && expected < 0)
    throw badInput(`expectedVersion ${expected} is negative.`, ['input', 'expectedVersion']);
  const checked = checkInvestigationState(input.state);
  if ('problem' in checked) {
    const { message, path } = checked.problem;
    const where = path.length ? `state.${path.join('.')}` : 'state';
    throw badInput(`The view ${where} ${message}.`, ['input', 'state', ...path]);
  }
  return {
    id: input.id ?? investigationIdFor(name, randomBytes(4).toString('hex')),
    name,
    notes,
    state: checked.json,
    // A new id is new: a save without id creates.
    expectedVersion: input.id == null ? 0 : expected,
  };
}
