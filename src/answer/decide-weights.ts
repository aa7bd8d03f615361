import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * When a question-bank match answers: fitted on the labelled question sets by `npm run train`,
 * which writes `decide-weights.json` beside this file (with the command and scores that produced
 * it). The defaults stand where the file is missing.
 */
export const DecideWeightsSchema = z.object({
  /**
   * A match this strong (FactMatch.score) is answered from its fact before the passages are
   * weighed: curated phrasings bridge wordings the articles never use.
   */
  factAnswer: z.number().min(0).max(1),
  /** A weaker match still answers a question the passages alone would call not found. */
  factRescue: z.number().min(0).max(1),
});
export type DecideWeights = z.infer<typeof DecideWeightsSchema>;

export const DECIDE_WEIGHTS_FILE = new URL("./decide-weights.json", import.meta.url);

function load(): DecideWeights {
  let text: string;
  try {
    text = readFileSync(DECIDE_WEIGHTS_FILE, "utf8");
  } catch {
    return { factAnswer: 0.6, factRescue: 0.45 };
  }
  const parsed = DecideWeightsSchema.safeParse(JSON.parse(text).weights);
  if (!parsed.success) throw new Error(`decide-weights.json: field "weights.${parsed.error.issues[0].path.join(".")}": ${parsed.error.issues[0].message}`);
  return parsed.data;
}

export const DECIDE_WEIGHTS: DecideWeights = load();
