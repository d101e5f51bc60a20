/**
 * Counts in words, singular or plural by the language's rules (`Intl.PluralRules`), so the explorer
 * never writes "1 links" or "1 independent sources". Every count the panels show goes through it.
 */
const rules = new Intl.PluralRules('en');

/**
 * `count` and the noun in the form that fits it: `countWords(1, 'link')` is "1 link",
 * `countWords(2, 'link')` "2 links"; give `plural` for nouns whose plural is not noun + "s"
 * (`countWords(3, 'casualty', 'casualties')`). A leading qualifier goes in `noun`
 * (`countWords(1, 'independent source')`).
 */
export function countWords(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${rules.select(count) === 'one' ? noun : plural}`;
}
