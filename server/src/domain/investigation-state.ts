/**
 * The saved view of an investigation (docs/api.md#investigations): which nodes are open, kept,
 * hidden and pinned, where every node stood, the filters and time window, the trace, the selection,
 * the layout, and notes on nodes and links. Checked here, once, before anything is stored; the
 * explorer reads it back with the same field names as its ViewState (client/src/graph/view-state.ts).
 */
import { z } from 'zod';
import { isEntityId } from './ids.js';
import { unsafeTextProblem } from './safe-text.js';
import { idSlug } from './source-text.js';

/** Largest stored view, as UTF-8 JSON: thousands of nodes with positions and notes fit. */
const MAX_STATE_BYTES = 128 * 1024;
export const MAX_NAME_LENGTH = 200;
export const MAX_NOTES_LENGTH = 20_000;
/** Longest note on one node or link. */
const MAX_NOTE_LENGTH = 5_000;
const MAX_IDS = 5_000;

const entityId = z.string().refine(isEntityId, 'is not an entity id (such as "is-k")');
/** An entity id or a relation id (`from~TYPE~to[~since]`). */
const elementId = z
  .string()
  .max(300)
  .regex(/^[a-z0-9-]+(~[A-Z_]+~[a-z0-9-]+(~[0-9-]+)?)?$/, 'is not an entity or relation id');
const coordinate = z.number().finite().min(-1e7).max(1e7);
const point = z.strictObject({ id: entityId, x: coordinate, y: coordinate });
const ids = z.array(entityId).max(MAX_IDS);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'is not a month (YYYY-MM)');
const prose = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const problem = unsafeTextProblem(text, true);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A note an analyst wrote on one node or link. */
const noteSchema = z.strictObject({ target: elementId, text: prose(MAX_NOTE_LENGTH).min(1) });

const investigationStateSchema = z.strictObject({
  expanded: ids,
  kept: ids,
  hidden: ids,
  pinned: z.array(point).max(MAX_IDS),
  /** Where each node on the canvas stood when saved. */
  positions: z.array(point).max(MAX_IDS),
  trace: z.strictObject({ from: entityId, to: entityId }).nullable(),
  selected: elementId.nullable(),
  // Loose: filters the explorer adds later are kept as they come (the size limit still holds).
  filters: z.looseObject({
    hiddenKinds: z.array(z.string().max(40)).max(50),
    hiddenTypes: z.array(z.string().max(60)).max(200),
    hiddenStatuses: z.array(z.string().max(40)).max(50),
    window: z.strictObject({ from: month, to: month }).nullable(),
    asOf: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'is not a date')
      .nullable(),
  }),
  layout: z.string().max(40),
  notes: z.array(noteSchema).max(MAX_IDS),
});

/** A problem with a saved view: what is wrong and where in it (a path below `state`). */
export interface StateProblem {
  message: string;
  path: (string | number)[];
}

/** The state as it will be stored (JSON text), or the first problem with it. */
export function checkInvestigationState(
  state: unknown,
): { json: string } | { problem: StateProblem } {
  const json = JSON.stringify(state) ?? '';
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_STATE_BYTES)
    return {
      problem: {
        message: `is ${bytes} bytes as JSON; a saved view has at most ${MAX_STATE_BYTES}`,
        path: [],
      },
    };
  const parsed = investigationStateSchema.safeParse(state);
  if (parsed.success) return { json: JSON.stringify(parsed.data) };
  const [issue] = parsed.error.issues;
  return {
    problem: {
      message: issue?.message ?? 'is not a saved view',
      path: (issue?.path ?? []).map((key) => (typeof key === 'number' ? key : String(key))),
    },
  };
}

/** An id for a new investigation: a slug of its name and a random suffix (names repeat). */
export function investigationIdFor(name: string, random: string): string {
  const slug = idSlug(name);
  return `inv-${slug ? `${slug}-` : ''}${random}`;
}
