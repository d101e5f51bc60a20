/**
 * A fixture for the review workbench's tests: three groups made for the run (names no other test
 * uses) and a new article about them, invented for the tests, with sentences the analysis turns
 * into proposed links between them.
 */
import type { TestEntities } from './test-entities.js';

export interface ReviewArticle {
  title: string;
  text: string;
  /** The groups' ids and names, in the order the article introduces them. */
  groups: { id: string; name: string }[];
}

/** A word of letters only, unique to the run (names are matched on word boundaries). */
const word = () =>
  Array.from({ length: 7 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26)))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

/** Creates the article's three groups through `test` and returns the article. */
export async function reviewArticle(test: TestEntities): Promise<ReviewArticle> {
  const names = [`${word()} Front`, `${word()} Brigade`, `${word()} Movement`];
  const groups = [];
  for (const [i, name] of names.entries()) {
    const group = await test.group(`review-${i}-${name.split(' ')[0]!.toLowerCase()}`, { name });
    groups.push({ id: group.id, name });
  }
  const [a, b, c] = names;
  const text = [
    `Fighting near the river crossing`,
    `The ${a} clashed with the ${b} near the river crossing on Monday, residents said.`,
    `Officials said the ${a} had been allied with the ${c} since 2024.`,
    `Analysts said the ${c} was an offshoot of the ${b}, formed after a split over money.`,
    `A spokesman for the ${b}, Michael Grant, said the group would not retreat.`,
  ].join('\n\n');
  return { title: `Fighting near the river crossing (${names[0]})`, text, groups };
}
