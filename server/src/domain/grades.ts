/**
 * Source grading by the Admiralty (NATO) system: a source's reliability A–F and a piece of
 * information's credibility 1–6, A and 1 the strongest (docs/data-model.md, "Grades").
 * F ("reliability cannot be judged") and 6 ("truth cannot be judged") are also how ungraded
 * evidence counts in a filter: the weakest, so a filter never keeps what nobody graded.
 */

/** Reliability of a source, strongest first. */
const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** Lowest and highest credibility (1 confirmed … 6 cannot be judged). */
const CREDIBILITY_RANGE = [1, 6] as const;

/**
 * The documented default grades of imported datasets (GTD, ACLED; docs/data-model.md, "Grades"):
 * the dataset is B, "usually reliable" — curated, coded by a published codebook, yet compiled
 * from media reports that are sometimes wrong; each row's coding is 3, "possibly true" — one
 * coder's reading of the reports, not independently confirmed. The news texts the rows cite
 * stay ungraded until an editor grades them.
 */
export const DATASET_RELIABILITY = 'B';
export const DATASET_CREDIBILITY = 3;

/** A reliability grade: one of A–F (upper case). */
export function reliabilityProblem(value: string): string | undefined {
  return (RELIABILITIES as readonly string[]).includes(value)
    ? undefined
    : 'is not a reliability grade; use one of A, B, C, D, E, F';
}

/** A credibility grade: an integer 1–6. */
export function credibilityProblem(value: number): string | undefined {
  const [low, high] = CREDIBILITY_RANGE;
  return Number.isInteger(value) && value >= low && value <= high
    ? undefined
    : 'is not a credibility grade; use an integer from 1 to 6';
}

/**
 * Parameters of cypher/evidence/_meets-grades.cypher for "at least this reliability and this
 * credibility": the stored values that pass. Stored evidence keeps '' (reliability) and 0
 * (credibility) for ungraded, which pass only the weakest grade, F or 6.
 */
export function gradeFilter(minReliability: string | null, minCredibility: number | null) {
  const reliabilities = RELIABILITIES.slice(
    0,
    RELIABILITIES.indexOf((minReliability ?? 'F') as 'F') + 1,
  );
  const credibilities = Array.from({ length: minCredibility ?? 6 }, (_, i) => i + 1);
  return {
    graded: minReliability !== null || minCredibility !== null,
    reliabilities:
      minReliability === null || minReliability === 'F' ? [...reliabilities, ''] : reliabilities,
    credibilities: (minCredibility ?? 6) === 6 ? [0, ...credibilities] : credibilities,
  };
}
