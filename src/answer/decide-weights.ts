import { readFileSync } from "node:fs";
import { z } from "zod";
import { FACT_FEATURES } from "./fact-match.js";

/**
 * When a question-bank match answers: fitted on the labelled question sets by `npm run train`,
 * which writes `decide-weights.json` beside this file with the command and the scores that
 * produced it. The defaults stand where the file is missing.
 *
 * Questions that ask for a value (a date, a number, a name, a place) and open questions (why,
 * what should we do, yes/no) get thresholds of their own: the passages' typed readers answer the
 * first kind well, the curated facts the second.
 */
const Thresholds = z.object({
  /** A match this strong (FactMatch.score) is answered from its fact before the passages are weighed. */
  factAnswer: z.number().min(0).max(1),
  /** A weaker match still answers a question the passages alone would call not found. */
  factRescue: z.number().min(0).max(1),
});
/** The fitted fact-match model (see FACT_FEATURES); absent, the hand-set product scores matches. */
const FactModelSchema = z.object({ features: z.array(z.string()), coefficients: z.array(z.number()) });
export const DecideWeightsSchema = z.object({ valued: Thresholds, open: Thresholds, fact: FactModelSchema.nullable().default(null) });
export type DecideWeights = z.infer<typeof DecideWeightsSchema>;
export { intentClass, type IntentClass } from "./intent.js";

export const DECIDE_WEIGHTS_FILE = new URL("./decide-weights.json", import.meta.url);
/** Set by hand on the first question sets; `npm run train` keeps them unless a fit beats them on held-out sets. */
export const DEFAULT_THRESHOLDS = { valued: { factAnswer: 0.8, factRescue: 0.45 }, open: { factAnswer: 0.6, factRescue: 0.45 } } as const;
const DEFAULTS: DecideWeights = { ...DEFAULT_THRESHOLDS, fact: null };

function load(): DecideWeights {
  let text: string;
  try {
    text = readFileSync(DECIDE_WEIGHTS_FILE, "utf8");
  } catch {
    return DEFAULTS;
  }
  let raw: unknown;
  try {
    raw = (JSON.parse(text) as { weights?: unknown }).weights;
  } catch (error) {
    throw new Error(`decide-weights.json: ${(error as Error).message}: run npm run train`);
  }
  const parsed = DecideWeightsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`decide-weights.json: field "weights.${parsed.error.issues[0].path.join(".")}": ${parsed.error.issues[0].message}`);
  const model = parsed.data.fact;
  // A model must weigh exactly today's features, one coefficient each: otherwise every score is NaN.
  if (model && (model.features.join() !== FACT_FEATURES.join() || model.coefficients.length !== FACT_FEATURES.length)) {
    throw new Error(`decide-weights.json: field "weights.fact" does not weigh FACT_FEATURES (${FACT_FEATURES.join(", ")}): run npm run train`);
  }
  return parsed.data;
}

export const DECIDE_WEIGHTS: DecideWeights = load();
