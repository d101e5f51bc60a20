/**
 * What the docs point at exists: every `npm run X` they mention is a script of package.json, and
 * every relative link leads to a file or folder of the repository (and, with a #fragment into a
 * Markdown file, to one of its headings), and every path written as code (`server/src/…`) exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../server/src/config/config.js';
import { type Doc, prose, readDocs } from '../../support/docs.js';

const docs = readDocs();
const scripts = Object.keys(
  (JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { scripts: object })
    .scripts,
);

/** `npm run a`, and the `b` of `npm run a` / `b` in the README's command table. */
function scriptsMentioned(doc: Doc): string[] {
  const names: string[] = [];
  for (const m of doc.text.matchAll(/npm run ([\w:-]+)((?:`? \/ `?[\w:-]+)*)/g)) {
    names.push(m[1]!, ...[...m[2]!.matchAll(/\/ `?([\w:-]+)/g)].map((n) => n[1]!));
  }
  return names;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/\s/g, '-');

function headings(file: string): string[] {
  const text = readFileSync(path.join(ROOT_DIR, file), 'utf8');
  return [...prose({ file, text }).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!));
}

/** Relative links and images outside code blocks: [text](target) with no scheme. */
function relativeLinks(doc: Doc): { target: string; line: number }[] {
  return prose(doc)
    .split('\n')
    .flatMap((line, i) =>
      [...line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((m) => ({ target: m[1]!, line: i + 1 }))
        .filter(({ target }) => !/^[a-z]+:/i.test(target)),
    );
}

/** Top-level folders whose paths the docs write as code; `src/` is the explorer's, in its README. */
/** Folders the build writes (git-ignored): named in the docs, absent from a fresh clone. */
const BUILT = ['client/dist', 'build'];

const PATH = /`((?:server|client|cypher|seeds|tests|scripts|bench|docs|src)\/[^`\s]*)`/g;

describe('the docs', () => {
  it('are README.md, client/README.md and the pages of docs/', () => {
    expect(docs.map((doc) => doc.file)).toEqual(
      expect.arrayContaining(['README.md', 'docs/api.md', 'docs/architecture.md']),
    );
  });

  it('mention only npm scripts that package.json has', () => {
    const mentioned = docs.flatMap((doc) =>
      scriptsMentioned(doc).map((name) => ({ file: doc.file, name })),
    );
    expect(mentioned.map((m) => m.name)).toContain('bench:fairness');
    expect(mentioned.filter((m) => !scripts.includes(m.name))).toEqual([]);
  });

  it('link only to files, folders and headings that exist', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const doc of docs) {
      for (const { target, line } of relativeLinks(doc)) {
        checked++;
        const [file, fragment] = target.split('#');
        const resolved = file
          ? path.relative(ROOT_DIR, path.resolve(ROOT_DIR, path.dirname(doc.file), file))
          : doc.file;
        if (!existsSync(path.join(ROOT_DIR, resolved))) {
          broken.push(`${doc.file}:${line} ${target}: no such file`);
        } else if (fragment && resolved.endsWith('.md') && !headings(resolved).includes(fragment)) {
          broken.push(`${doc.file}:${line} ${target}: no such heading`);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('name only paths that exist, placeholders aside', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const doc of docs) {
      for (const [, written] of doc.text.matchAll(PATH)) {
        if (/[<*{]/.test(written!)) continue;
        if (BUILT.some((folder) => written === folder || written!.startsWith(`${folder}/`)))
          continue;
        checked++;
        const base = written!.startsWith('src/') ? path.dirname(doc.file) : '.';
        if (!existsSync(path.join(ROOT_DIR, base, written!)))
          missing.push(`${doc.file}: ${written}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
