/**
 * A generated document is a list of pieces: text, and variables still to be named. Assembling
 * numbers the variables, declares them on the operation and writes their values as JSON.
 */
import { type FuzzValue, toJson } from './fuzz-value.js';

interface VariablePiece {
  /** The type the operation declares, e.g. `[ID!]` — or a wrong one on purpose. */
  declared: string;
  /** The value sent in `variables`; undefined leaves it out. */
  value: FuzzValue | undefined;
}

export type Piece = string | VariablePiece;

export interface AssembledDocument {
  query: string;
  /** JSON text of the `variables` object (raw, so it can hold numbers JSON.stringify cannot). */
  variables: string;
}

/** The operation `keyword name { selection }` with one declared variable per variable piece. */
export function assemble(
  keyword: 'query' | 'mutation' | 'subscription',
  name: string | undefined,
  selection: readonly Piece[],
  fragments: readonly string[] = [],
): AssembledDocument {
  const declarations: string[] = [];
  const values: string[] = [];
  const body = selection
    .map((piece) => {
      if (typeof piece === 'string') return piece;
      const variable = `v${declarations.length}`;
      declarations.push(`$${variable}: ${piece.declared}`);
      if (piece.value !== undefined)
        values.push(`${JSON.stringify(variable)}:${toJson(piece.value)}`);
      return `$${variable}`;
    })
    .join('');
  const head =
    declarations.length > 0 || name || keyword !== 'query'
      ? `${keyword} ${name ?? ''}${declarations.length > 0 ? `(${declarations.join(', ')})` : ''} `
      : '';
  return {
    query: [`${head}{ ${body} }`, ...fragments].join('\n'),
    variables: `{${values.join(',')}}`,
  };
}

/** Joins piece lists with a separator. */
export function joinPieces(lists: readonly (readonly Piece[])[], separator = ' '): Piece[] {
  return lists.flatMap((pieces, i) => (i === 0 ? [...pieces] : [separator, ...pieces]));
}
