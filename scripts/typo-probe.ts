import { readdirSync, readFileSync } from "node:fs";
import { ask } from "../src/answer/ask.js";
import { EvalCaseSchema, judge } from "../src/eval/eval-case.js";
import { loadIndex } from "../src/index/load-index.js";

/**
 * `npm run eval:typos`: how well answers survive one slip of the fingers. Each answerable question of
 * the sets in test/eval that the engine answers right is asked again with one of its words of five
 * letters or more mistyped (a letter dropped, two swapped, a letter doubled, or its last vowel
 * dropped), the word and the slip drawn from a fixed seed, so that two runs, and two versions, compare. Prints how many
 * of those now fail and how many of them are refused; `--show` lists them, with the words as read.
 */
const show = process.argv.includes("--show");
const { index } = loadIndex();

let seed = 7;
/** A fixed pseudo-random sequence (a linear congruential generator): the same slips every run. */
const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

function mistyped(word: string): string {
  const kind = Math.floor(next() * 4);
  const i = 1 + Math.floor(next() * (word.length - 2));
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  return word.replace(/[aeiou](?=[^aeiou]*$)/, "");
}

let asked = 0;
let failed = 0;
let refused = 0;
for (const file of readdirSync("test/eval").filter((f) => f.endsWith(".jsonl"))) {
  for (const line of readFileSync(`test/eval/${file}`, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const c = EvalCaseSchema.parse(JSON.parse(line));
    if (c.kind !== "answerable") continue;
    // Drawn for every answerable question, whether or not it is answered right, so that the same question gets the
    // same slip in two versions of the engine; a slip that changes nothing ("committee" with its "tt" swapped) is drawn again.
    const words = c.question.split(/(\s+)/);
    const long = words.flatMap((w, i) => (/^[a-z]{5,}$/i.test(w) ? [i] : []));
    if (long.length === 0) continue;
    const at = long[Math.floor(next() * long.length)];
    let slip = mistyped(words[at]);
    for (let tries = 0; slip === words[at] && tries < 5; tries++) slip = mistyped(words[at]);
    if (slip === words[at] || !judge(c, ask(index, c.question), index).pass) continue;
    words[at] = slip;
    const question = words.join("");
    asked++;
    const answer = ask(index, question);
    if (judge(c, answer, index).pass) continue;
    failed++;
    if (answer.status === "not_found") refused++;
    if (show) console.log(`${answer.status.padEnd(12)} ${question}`);
  }
}
console.log(
  `${asked} questions answered right, each asked again with one word mistyped: ${failed} now fail (${((100 * failed) / asked).toFixed(1)}%), ${refused} of them refused`,
);
