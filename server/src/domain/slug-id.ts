/** Readable entity ids for names met in datasets: "Shining Path (SL)" → "shining-path-sl". */
import { createHash } from 'node:crypto';
import { MAX_ENTITY_ID_LENGTH } from './ids.js';
import { nameKey, nameWords } from './names.js';

const MAX_SLUG = 80;

/**
 * The name's Latin letters and digits joined by hyphens; a name without any (Arabic or Cyrillic
 * script) gets `<fallback>-<hash of its name key>`, still stable from run to run.
 */
export function slugId(name: string, fallback: string): string {
  const slug = nameWords(name)
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join('-')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  if (slug) return slug;
  return `${fallback}-${createHash('sha256').update(nameKey(name)).digest('hex').slice(0, 10)}`;
}

/** The id of a place inside `parent`: "afghanistan-kabul"; shortened with a hash past 120 characters. */
export function childId(parent: string, name: string, fallback: string): string {
  const id = `${parent}-${slugId(name, fallback)}`;
  if (id.length <= MAX_ENTITY_ID_LENGTH) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 10);
  return `${id.slice(0, MAX_ENTITY_ID_LENGTH - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
