/**
 * docs/architecture.md matches the tree: its folder table lists exactly the folders of server/src
 * and client/src, and its Mermaid diagrams show exactly the imports between their top-level folders
 * (solid: some value is imported; dotted: only types). Adding or removing a folder, or a new kind
 * of import between two folders, fails here until the document says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import { codeBlocks, codeSpans, readDoc, section, tableRows } from '../../support/docs.js';

const doc = readDoc('docs/architecture.md');
const SOURCE_ROOTS = ['server/src', 'client/src'] as const;

/** Every folder below `root`, as `root/a/b/`. */
function folders(root: string): string[] {
  return readdirSync(path.join(ROOT_DIR, root), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const relative = path.relative(ROOT_DIR, path.join(entry.parentPath, entry.name));
      return `${relative.split(path.sep).join('/')}/`;
    });
}

function sourceFiles(root: string): string[] {
  return readdirSync(path.join(ROOT_DIR, root), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(root, file));
}

/** The node a file belongs to in the diagram: its top-level folder, or the file itself. */
function nodeOf(root: string, file: string): string {
  const [first, ...rest] = path.relative(root, file).split(path.sep);
  return rest.length ? first! : first!.replace(/\.ts$/, '');
}

/**
 * The imports between the top-level folders of `root`: `a --> b` when a file in a imports a value
 * from b, `a -.-> b` when it only imports types. Parsed with TypeScript, so `import type` is told
 * apart from `import { type X, y }` (which imports a value).
 */
function actualEdges(root: string): string[] {
  const edges = new Map<string, boolean>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(path.join(ROOT_DIR, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const target = path.join(path.dirname(file), specifier.text);
      if (path.relative(root, target).startsWith('..')) continue;
      const from = nodeOf(root, file);
      const to = nodeOf(root, target.replace(/\.js$/, '.ts'));
      if (from === to) continue;
      const typeOnly = ts.isImportDeclaration(statement)
        ? (statement.importClause?.isTypeOnly ?? false)
        : statement.isTypeOnly;
      const key = `${from} ${to}`;
      edges.set(key, (edges.get(key) ?? false) || !typeOnly);
    }
  }
  return [...edges].map(([key, value]) => key.replace(' ', value ? ' --> ' : ' -.-> ')).sort();
}

/** The edges of the Mermaid diagram in the section `title`, as `a --> b` / `a -.-> b`. */
function documentedEdges(title: string): string[] {
  const mermaid = codeBlocks({ file: doc.file, text: section(doc, title) }).find(
    (block) => block.lang === 'mermaid',
  );
  if (!mermaid) throw new Error(`docs/architecture.md: no mermaid diagram under "${title}"`);
  return [...mermaid.code.matchAll(/^\s*([\w.-]+)\s*(-->|-\.->)\s*([\w.-]+)\s*$/gm)]
    .map((m) => `${m[1]} ${m[2]} ${m[3]}`)
    .sort();
}

/** The edges as the diagram would list them, for the failure message (order is free). */
const diagramHint = (edges: string[]) =>
  `the diagram should have these edges:\n${edges.map((edge) => `  ${edge}`).join('\n')}\n`;

describe('docs/architecture.md', () => {
  it('lists exactly the folders of server/src and client/src', () => {
    const documented = tableRows(section(doc, 'Folders'))
      .flatMap(([first]) => codeSpans(first!))
      .filter((span) => span.endsWith('/'))
      .sort();
    const existing = SOURCE_ROOTS.flatMap(folders).sort();
    expect(existing.length).toBeGreaterThan(10);
    expect(documented).toEqual(existing);
  });

  it('draws exactly the imports between the folders of server/src', () => {
    const actual = actualEdges('server/src');
    expect(actual).toContain('graphql --> domain');
    expect(documentedEdges('Layers of the server'), diagramHint(actual)).toEqual(actual);
  });

  it('draws exactly the imports between the folders of client/src', () => {
    const actual = actualEdges('client/src');
    expect(documentedEdges('Layers of the explorer'), diagramHint(actual)).toEqual(actual);
  });
});
