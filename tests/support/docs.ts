/**
 * Readers of the Markdown documentation (README.md and docs/*.md) for the tests that keep it
 * honest: its tables, code blocks and links. Hand-written rather than a Markdown parser because
 * the docs use only pipe tables, fenced blocks and inline links, and the tests want line numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config/config.js';

/** One document, by its path from the repository root. */
export interface Doc {
  file: string;
  text: string;
}

/** README.md, client/README.md and every docs/*.md. */
export function readDocs(): Doc[] {
  const files = [
    'README.md',
    'client/README.md',
    ...readdirSync(path.join(ROOT_DIR, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `docs/${name}`),
  ];
  return files.map(readDoc);
}

export function readDoc(file: string): Doc {
  return { file, text: readFileSync(path.join(ROOT_DIR, file), 'utf8') };
}

/**
 * The text of the section under the heading `title` (any level), up to the next heading of the
 * same or a higher level; throws when there is no such heading, so a renamed section fails loudly.
 */
export function section(doc: Doc, title: string): string {
  const lines = doc.text.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '') === title);
  if (start < 0) throw new Error(`${doc.file} has no heading "${title}"`);
  const level = lines[start]!.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The cells of the table rows in `text`, header and separator rows left out. */
export function tableRows(text: string): string[][] {
  const rows = [...text.matchAll(/^\|(.+)\|\s*$/gm)].map((m) =>
    m[1]!.split('|').map((cell) => cell.trim()),
  );
  // A row followed by a separator row is a header.
  return rows.filter(
    (cells, i) =>
      !cells.every((cell) => /^:?-+:?$/.test(cell)) &&
      !rows[i + 1]?.every((cell) => /^:?-+:?$/.test(cell)),
  );
}

/** The names written as `code` in a table cell. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** A fenced code block: its language, its text and the line its fence opens on. */
interface CodeBlock {
  file: string;
  line: number;
  lang: string;
  /** The text after the language on the opening fence, e.g. `not run: …`. */
  info: string;
  code: string;
}

export function codeBlocks(doc: Doc): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = doc.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'));
    if (end < 0) throw new Error(`${doc.file}:${i + 1}: a code fence that is never closed`);
    blocks.push({
      file: doc.file,
      line: i + 1,
      lang: open[1]!,
      info: open[2]!.trim(),
      code: lines.slice(i + 1, end).join('\n'),
    });
    i = end;
  }
  return blocks;
}

/** The text outside fenced code blocks, fences blanked so line numbers stay. */
export function prose(doc: Doc): string {
  return doc.text.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ''));
}
