/**
 * Links scored below this are shown with a "check me" marker in the reader and counted
 * as low confidence by `align`: on the dev set they are wrong far more often than the rest.
 */
export const LOW_CONFIDENCE = 0.5;

export function isLowConfidence(score: number | null | undefined): boolean {
  return score !== null && score !== undefined && score < LOW_CONFIDENCE;
}
