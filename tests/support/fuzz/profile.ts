/** Who sends a generated request, and how much junk it carries. */

/**
 * An editor's mutations name only the `fuzz-` ids of fuzz-ids.ts (or strings that are no ids), so
 * whatever they manage to write can be told apart from the seed graph.
 */
type Caller = 'anonymous' | 'editor';

export interface Profile {
  caller: Caller;
  /** Mix in junk: values of the wrong type, unknown fields and arguments, wrong declarations. */
  noisy: boolean;
}
