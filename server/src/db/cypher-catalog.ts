/**
 * All Cypher of the project, read once from `cypher/**` at start. A query is named by its path
 * without extension (`path/shortest-between`), and that name is its only handle in code.
 *
 * Cypher has no functions of its own, so a predicate several queries share lives once in a
 * fragment file whose name starts with `_`; a query pulls it in with a line `// @include <name>`.
 * Fragments are static project files, never user input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../config/config.js';

export const CYPHER_DIR = path.join(ROOT_DIR, 'cypher');

export class CypherCatalog {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  /** Reads every .cypher file below `dir`; the constraints folder is excluded (see db/constraints.ts). */
  static load(dir = CYPHER_DIR): CypherCatalog {
    const texts = new Map<string, string>();
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.cypher') || file.startsWith(`constraints${path.sep}`)) continue;
      const name = file.slice(0, -'.cypher'.length).split(path.sep).join('/');
      texts.set(name, readFileSync(path.join(dir, file), 'utf8'));
    }
    // A fragment may include fragments too; `seen` stops a cycle.
    const expand = (name: string, text: string, seen: string[]): string =>
      text.replace(/^\s*\/\/ @include (\S+)\s*$/gm, (_line, fragment: string) => {
        const included = texts.get(fragment);
        if (included === undefined || seen.includes(fragment))
          throw new Error(
            `cypher/${name}.cypher includes missing or cyclic fragment "${fragment}".`,
          );
        return expand(name, included.trim(), [...seen, fragment]);
      });
    const queries = new Map<string, string>();
    for (const [name, text] of texts) {
      if (!path.basename(name).startsWith('_')) queries.set(name, expand(name, text, [name]));
    }
    return new CypherCatalog(queries);
  }

  /** The text of query `name`; throws naming the file when it does not exist. */
  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined)
      throw new Error(`No Cypher query "${name}": expected cypher/${name}.cypher.`);
    return text;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
