/**
 * docs/configuration.md and .env.example name exactly the variables server/src/config/config.ts
 * reads, and the variables the document says are read elsewhere are read there. The variables
 * config.ts reads are observed, not parsed: loadConfig runs against an environment that records
 * every name asked of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, ROOT_DIR } from '../../../server/src/config/config.js';
import {
  codeBlocks,
  codeSpans,
  readDoc,
  readDocs,
  section,
  tableRows,
} from '../../support/docs.js';

const doc = readDoc('docs/configuration.md');

/** The variables `loadConfig` asks the environment for. */
function variablesRead(): string[] {
  const read = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  loadConfig(env);
  return [...read].sort();
}

/** Variable names in the first column of the tables of a section. */
function documented(title: string): string[] {
  return tableRows(section(doc, title))
    .flatMap(([first]) => codeSpans(first!))
    .sort();
}

describe('docs/configuration.md', () => {
  it('documents every variable config.ts reads, and no other, under Settings', () => {
    const read = variablesRead();
    expect(read).toContain('NEO4J_URI');
    expect(documented('Settings')).toEqual(read);
  });

  it('matches .env.example, which lists the same variables', () => {
    const example = readFileSync(path.join(ROOT_DIR, '.env.example'), 'utf8');
    const names = [
      ...new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!)),
    ];
    expect(names.sort()).toEqual(variablesRead());
  });

  it('names, under Read elsewhere, the file that reads each other variable', () => {
    const rows = tableRows(section(doc, 'Read elsewhere'));
    expect(rows.length).toBeGreaterThan(0);
    for (const [first, , readBy] of rows) {
      const [name] = codeSpans(first!);
      const file = /\]\(\.\.\/([^)]+)\)/.exec(readBy!)?.[1];
      expect(file, `${name}: no link to the file that reads it`).toBeDefined();
      const text = readFileSync(path.join(ROOT_DIR, file!), 'utf8');
      expect(text, `${file} does not read ${name}`).toMatch(new RegExp(`env(\\.|\\[')${name}\\b`));
    }
  });

  it('documents every variable the shell examples of the docs set', () => {
    const all = [...documented('Settings'), ...documented('Read elsewhere')];
    const set = readDocs()
      .flatMap(codeBlocks)
      .filter((block) => block.lang === 'sh')
      .flatMap((block) =>
        [...block.code.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]+)=/g)].map((m) => m[1]!),
      );
    expect(set).toContain('ACTORGRAPH_PERSISTED_ONLY');
    expect(set.filter((name) => !all.includes(name))).toEqual([]);
  });
});
