import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../project-root.js";
import saved from "./decide-weights.json" with { type: "json" };
import { FACT_FEATURES } from "./fact-match.js";

/**
 * When a question-bank match answers: fitted on the labelled question sets by `npm run train`,
 * which writes `decide-weights.json` beside this file with the command and the scores that
 * produced it.
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

/** Where `npm run train` writes them; read through the import above, so that dist/ carries the weights it was built with. */
export const DECIDE_WEIGHTS_FILE = join(PROJECT_ROOT, "src", "answer", "decide-weights.json");
/** Set by hand on the first question sets; `npm run train` keeps them unless a fit beats them on held-out sets. */
export const DEFAULT_THRESHOLDS = { valued: { factAnswer: 0.8, factRescue: 0.45 }, open: { factAnswer: 0.6, factRescue: 0.45 } } as const;
function load(raw: unknown): DecideWeights {
  const parsed = DecideWeightsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`decide-weights.json: field "weights.${parsed.error.issues[0].path.join(".")}": ${parsed.error.issues[0].message}`);
  const model = parsed.data.fact;
  // A model must weigh exactly today's features, one coefficient each: otherwise every score is NaN.
  if (model && (model.features.join() !== FACT_FEATURES.join() || model.coefficients.length !== FACT_FEATURES.length)) {
    throw new Error(`decide-weights.json: field "weights.fact" does not weigh FACT_FEATURES (${FACT_FEATURES.join(", ")}): run npm run train`);
  }
  return parsed.data;
}

export const DECIDE_WEIGHTS: DecideWeights = load((saved as { weights?: unknown }).weights);
