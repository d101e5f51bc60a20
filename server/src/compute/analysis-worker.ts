/**
 * Worker-thread entry (see analysis-off-thread.ts): the analysis of the text in `workerData`
 * (domain/analyse-text.ts), posted back, so a long text on a large graph never blocks requests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AnalysisInput, analyseText } from '../domain/analyse-text.js';

parentPort!.postMessage(analyseText(workerData as AnalysisInput));
