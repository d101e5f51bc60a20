/** The dataset formats the importer and the generator know, by the name used on the command line. */
import { ACLED } from './acled.js';
import type { Dataset } from './dataset.js';
import { GTD } from './gtd.js';

export const DATASETS: Readonly<Record<string, Dataset>> = { gtd: GTD, acled: ACLED };
