/** Checks of addSource's input that the SDL cannot express; each names the field it refuses. */
import { unsafeTextProblem } from '../../../domain/safe-text.js';
import { sourceTextProblem } from '../../../domain/source-text.js';
import { indexText, verbatimSpans } from '../../../domain/text-match.js';
import { webUrlProblem } from '../../../domain/web-url.js';
import { checkArg, entityIdArg } from '../../args.js';
import { reliabilityProblem } from '../../../domain/grades.js';
import { badInput } from '../../../errors/api-errors.js';
import type { SourceInput } from '../../generated/resolvers-types.js';

const MAX_TITLE = 300;
const MAX_EXCLUDED = 100;
const MAX_EXCLUDED_LENGTH = 2000;

/** Checks `input` with its normalised `text`; returns the excluded passages, trimmed. */
export function checkSourceInput(input: SourceInput, text: string): string[] {
  if (input.id !== null && input.id !== undefined) entityIdArg('input.id', input.id);
  if (input.reliability !== null && input.reliability !== undefined)
    checkArg(['input', 'reliability'], input.reliability, reliabilityProblem);
  const title = input.title.trim();
  if (!title || title.length > MAX_TITLE)
    throw badInput(`input.title must be 1 to ${MAX_TITLE} characters.`, ['input', 'title']);
  for (const field of ['title', 'publisher'] as const) {
    const problem = input[field] ? unsafeTextProblem(input[field]) : undefined;
    if (problem) throw badInput(`input.${field} ${problem}.`, ['input', field]);
  }
  const urlProblem = input.url ? webUrlProblem(input.url) : undefined;
  if (urlProblem)
    throw badInput(`input.url "${input.url!.slice(0, 200)}" ${urlProblem}.`, ['input', 'url']);
  const textProblem = sourceTextProblem(text);
  if (textProblem) throw badInput(`input.text ${textProblem}.`, ['input', 'text']);
  const excluded = (input.excludedPassages ?? []).map((p) => p.trim());
  if (excluded.length > MAX_EXCLUDED)
    throw badInput(`input.excludedPassages takes at most ${MAX_EXCLUDED} passages.`, [
      'input',
      'excludedPassages',
    ]);
  const index = excluded.length > 0 ? indexText(text) : undefined;
  excluded.forEach((passage, i) => {
    const at = ['input', 'excludedPassages', i];
    if (!passage || passage.length > MAX_EXCLUDED_LENGTH)
      throw badInput(
        `input.excludedPassages[${i}] must be 1 to ${MAX_EXCLUDED_LENGTH} characters.`,
        at,
      );
    if (verbatimSpans(text, passage, index).length === 0)
      throw badInput(
        `input.excludedPassages[${i}] "${passage.slice(0, 80)}" does not occur in input.text.`,
        at,
      );
  });
  return excluded;
}
