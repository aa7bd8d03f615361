import { phraseAlternatives } from "../index/escape-reg-exp.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import questionWords from "./question-words.json" with { type: "json" };

/** Questions people ask to learn what the bot does. */
const HELP = /^\W*(help|what can you do|what do you do|how does this work|usage|commands)\W*$/i;
/**
 * "Are you a human?", "r u an AI", "am I talking to a bot or a person?": what the bot is (question-words.json, botNatures),
 * asked of it ("you" is the bot here, not anyone), and nothing else.
 */
const NATURE = `(?:(?:a|an)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${phraseAlternatives(questionWords.botNatures)})`;
const WHAT_THE_BOT_IS = new RegExp(
  `^\\W*(?:(?:are|r)\\s+(?:${phraseAlternatives(questionWords.theBot)})|am\\s+i\\s+(?:talking|chatting|speaking)\\s+(?:to|with))\\s+${NATURE}(?:\\s+or\\s+${NATURE})?[\\s?!.]*$`,
  "iu",
);

export function isHelpRequest(text: string): boolean {
  return HELP.test(text) || WHAT_THE_BOT_IS.test(text);
}

export const EXAMPLE_QUESTIONS = [
  "When do Kaspersky updates stop?",
  "Can I keep using Kaspersky after the ban?",
  "Which executives were sanctioned?",
  "How many corporate clients does Kaspersky have?",
] as const;

/** Help and out-of-scope replies: they say what the bot can do, with questions to try. */
export function cannedAnswer(status: "help" | "out_of_scope", question: string, index: KnowledgeIndex): Answer {
  const scope = `I answer questions about the 2024 US ban on Kaspersky software, quoting ${index.sources.size} news articles with their dates.`;
  const examples = `Try: ${EXAMPLE_QUESTIONS.map((q) => `“${q}”`).join(" ")}`;
  return {
    status,
    question,
    answer: status === "help" ? `${scope} ${examples}` : `That's outside what I can answer. ${scope} ${examples}`,
    citations: [],
    confidence: 1,
  };
}
