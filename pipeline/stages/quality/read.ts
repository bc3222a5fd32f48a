/** The I/O edge of the quality stage: reads eval/results/latest.json into an EvaluationSummary (or null). */
import { readFile } from 'node:fs/promises';
import { parseEvaluationSummary, type EvaluationSummary } from './evaluation.ts';

/** The committed evaluation results (written by `npm run eval`). */
export const EVALUATION_RESULTS = new URL('../../../eval/results/latest.json', import.meta.url);

/** Reads an evaluation results file; null when it is missing, not JSON or not recognised (never throws). */
export async function readEvaluationSummary(
  file: string | URL = EVALUATION_RESULTS,
): Promise<EvaluationSummary | null> {
  try {
    return parseEvaluationSummary(JSON.parse(await readFile(file, 'utf8')) as unknown);
  } catch {
    return null;
  }
}
