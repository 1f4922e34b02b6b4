/**
 * -ln P(|Z| >= |delta|) for a standard normal Z. Uses the Numerical Recipes erfc approximation (relative error < 1.2e-7) and its
 * asymptotic form far in the tail, where erfc underflows.
 */
function exactTailCost(delta: number): number {
  const x = Math.abs(delta) / Math.SQRT2;
  if (x > 8) return x * x + Math.log(x * Math.sqrt(Math.PI));
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return -Math.log(Math.max(erfc, 1e-300));
}

/** Gale–Church's delta: how far the English length is from the French one times the ratio. */
export function lengthDelta(frChars: number, enChars: number, ratio: number, variance: number): number {
  const mean = (frChars * ratio + enChars) / 2;
  return (enChars - frChars * ratio) / Math.sqrt(variance * Math.max(mean, 1));
}

const TABLE_STEP = 1 / 64;
const TABLE_END = 8;
const TABLE = Float64Array.from({ length: TABLE_END / TABLE_STEP + 2 }, (_, k) => exactTailCost(k * TABLE_STEP));

/**
 * -ln P(|Z| >= |delta|) for a standard normal Z: the Gale–Church (1993) length cost.
 * Interpolated in a table (error < 1e-4 nats) because the aligner asks for it millions
 * of times on long texts.
 */
export function tailCost(delta: number): number {
  const x = Math.abs(delta);
  // Far in the tail: the asymptotic form, within 0.02 nats here and closer beyond.
  if (x >= TABLE_END) return (x * x) / 2 + Math.log((x * Math.sqrt(Math.PI)) / Math.SQRT2);
  const at = x / TABLE_STEP;
  const k = at | 0;
  return TABLE[k] + (TABLE[k + 1] - TABLE[k]) * (at - k);
}
