import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { irregularVerbBase } from "../index/irregular-verbs.js";
import { escapeRegExp } from "../index/escape-reg-exp.js";
import { STOPWORDS } from "../index/stopwords.js";
import { processTerm, tokenize } from "../index/tokenize.js";
import { namedSources } from "./named-sources.js";
import { vectorRow } from "../index/word-vectors.js";
import { hasLexiconTag, isAdjectiveWord, isDemonymWord, isGivenName, isModifierWord, isNameWord, isPlaceWord, isRoleWord } from "./entities.js";
import { askingSentences, helpMeTask } from "./core-question.js";
import { isOneSlipFromEnglish } from "./english-spelling.js";
import type { Intent } from "./intent.js";
import { isKnownWord, resolveWord } from "./known-words.js";
import { MARKUP } from "./markup.js";
import type { QueryTerm } from "./question.js";
import { namesTheStoryIn } from "./story-names.js";
import { dottedNames, rareWrittenNames, writtenPhraseNames } from "./written-names.js";
import questionWords from "./question-words.json" with { type: "json" };

/*
 * What a question asks about that the articles never mention: a name, the thing "which…" asks
 * for, an action, an event, a thing received. When the question needs one of these, no passage
 * answers it, however many of its other words a passage shares (issue 9: refuse only when
 * something specific the question needs is missing).
 */

/** The names and asked-for things the question needs that the articles never mention (empty when every word is known). */
export function neverNamed(asked: string, terms: readonly QueryTerm[], intent: Intent, index: KnowledgeIndex, sourceWords: ReadonlySet<string>): string[] {
  // "What is Kaspersky's Global Transparency Initiative?": a name may be a run of words the articles each know.
  if (!terms.some((t) => !t.known)) return [...unknownPhraseNames(asked.replace(MARKUP, " "), index, sourceWords)];
  // Any such word of a yes/no question may be a name; of another question, only its subject (see OPEN_QUESTION_SUBJECT).
  const subject = intent === "yes_no" ? undefined : (OPEN_QUESTION_SUBJECT.exec(asked)?.[1].toLowerCase() ?? "");
  const unnamed = subject === "" ? [] : unknownWords(asked, terms, index).filter((w) => subject === undefined || w === subject);
  // "Is Kaspersky still operating outside the US, for example for our European clients?": a place asked of the world
  // beyond the US is one of the places the articles' worldwide figures and statements cover.
  const worldwide = terms.some((t) => t.term === "worldwide");
  return [...unknownEntities(asked, index, sourceWords, worldwide), ...unknownFocus(asked, terms), ...unnamed];
}

/**
 * The action, event or thing received a question asks about that the articles never mention, or null. `message`:
 * the whole message, whose task ("help me plan a party with my friends") its question ("tell me about my friends",
 * core-question.ts) no longer shows.
 */
export function neverDone(asked: string, terms: readonly QueryTerm[], intent: Intent, index: KnowledgeIndex, message = asked): string | null {
  const task = unknownTask(message, index);
  if (task) return task;
  return intent === "yes_no"
    ? (unknownAction(asked, index) ?? unknownReceipt(asked, index) ?? unknownTopic(asked, index))
    : intent === "when" || intent === "where"
      ? (unknownEvent(asked, terms) ?? unknownAction(asked.replace(LEADING_WHEN_OR_WHERE, ""), index, { askedOfTheEvent: intent === "when" }))
      : null;
}

/**
 * A people's name whose country the passages name ("israeli": the articles name Israel), read off
 * its ending (question-words.json, demonymEndings; "canadian" is Canada's): it names what they cover.
 */
function namesPeopleOfAKnownPlace(word: string, index: KnowledgeIndex): boolean {
  return DEMONYM_ENDINGS.some((ending) => {
    if (!word.endsWith(ending) || word.length - ending.length < 3) return false;
    const stem = word.slice(0, -ending.length);
    return index.hasWord(stem) || index.hasWord(`${stem}a`);
  });
}
const DEMONYM_ENDINGS: readonly string[] = questionWords.demonymEndings;

/**
 * Whether a people's name is what the question asks the story's subject is ("is kaspersky a canadian company?",
 * "is it israeli?"): the sources say what it is (Russian), so they answer; it names no one they don't cover.
 */
function saidOfTheStory(text: string, demonym: string): boolean {
  const subject = `(?:${questionWords.storySubjects.join("|")})`;
  return new RegExp(`\\b(?:is|are|was)\\s+${subject}\\s+(?:\\w+ly\\s+)?(?:an?\\s+)?${demonym}\\b`, "i").test(text);
}

/**
 * Words naming a person, place, organisation or product the corpus (passages, headings, question
 * bank) does not know: one compromise's lexicon knows as a name ("germany", "eugene"), or one
 * written as a name is ("UltraAV", "OFAC", "is Bitdefender a good replacement?"; see written-names.ts).
 * An article a question names ("per the UBJ piece") is not one, nor a place asked of as part of the world beyond the
 * US (`worldwide`).
 */
function unknownEntities(asked: string, index: KnowledgeIndex, sourceWords: ReadonlySet<string>, worldwide: boolean): string[] {
  const found: string[] = [];
  const plain = asked.replace(MARKUP, " ");
  const words = plain.match(/[\p{L}\p{N}]+/gu) ?? [];
  const rare = rareWrittenNames(plain, (word) => sourceWords.has(word) || tokenize(word).every((t) => isKnownWord(t, index)));
  found.push(...unknownPhraseNames(plain, index, sourceWords));
  for (const [i, written] of words.entries()) {
    const looksLikeName = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(written) || /\p{Ll}\p{Lu}/u.test(written) || isNameWord(written) || rare.has(written.toLowerCase());
    // "A client's CFO asked…": a role in capitals is someone's title, not a name the articles lack.
    if (!looksLikeName || isRoleWord(written)) continue;
    // Written in lower case, a given name is often a common word ("any grace period"): it names someone
    // only before a surname ("eugene kaspersky") or another name.
    if (written === written.toLowerCase() && isGivenName(written) && !namesSomeone(words[i + 1], index)) continue;
    for (const word of tokenize(written)) {
      if (
        sourceWords.has(word) ||
        namesPeopleOfAKnownPlace(word, index) ||
        (isDemonymWord(word) && saidOfTheStory(plain, word)) ||
        (worldwide && (isPlaceWord(word) || isDemonymWord(word)))
      )
        continue;
      const resolved = resolveWord(word, index);
      if (resolved !== null && !resolved.known) found.push(written);
    }
  }
  return found;
}

/**
 * "Was Kaspersky added to the Entity List?": a name of common words, written as one, that the articles never print.
 * Not in a message written in headline case ("When Do Updates Stop?"), where every word is capitalised; nor a run
 * with an acronym in it ("IT Teams", "US MSPs"), which names a kind of thing, and is itself checked as a word.
 */
function unknownPhraseNames(plain: string, index: KnowledgeIndex, sourceWords: ReadonlySet<string>): Set<string> {
  const printed = (lowerCased: string) => lowerCaseTexts(index).some((text) => text.includes(lowerCased));
  // Printed by the articles, or naming one of them ("ema.cam") or the story ("kaspersky.com").
  const dotted = dottedNames(
    plain,
    (name) =>
      printed(name) || namedSources(tokenize(name), index).sourceIds.length > 0 || tokenize(name).some((word) => index.isBackground(processTerm(word) ?? "")),
  );
  if (inHeadlineCase(plain)) return dotted;
  return new Set([
    ...dotted,
    ...writtenPhraseNames(
      plain,
      printed,
      (word) => ACRONYM.test(word) || isNameWord(word) || sourceWords.has(word.toLowerCase()) || printedCapitalised(index, word),
    ),
  ]);
}
/** "US", "MSPs", "KES". */
const ACRONYM = /^\p{Lu}{2,}s?$/u;
/** Every word of a message capitalised, its "do" and "the" too, as a headline's are. */
function inHeadlineCase(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

const LOWER_CASE_TEXTS = new WeakMap<KnowledgeIndex, readonly string[]>();
/** The passages' texts in lower case, worked out once per index. */
function lowerCaseTexts(index: KnowledgeIndex): readonly string[] {
  let texts = LOWER_CASE_TEXTS.get(index);
  if (!texts) LOWER_CASE_TEXTS.set(index, (texts = index.passages.map((p) => p.text.toLowerCase())));
  return texts;
}

/** Whether some passage prints a word (in any case as asked) capitalised inside a sentence ("President Joe Biden", "McAfee"), as a name is, not in capitals. */
export function printedCapitalised(index: KnowledgeIndex, word: string): boolean {
  let known = PRINTED_CAPITALISED.get(index);
  if (!known) PRINTED_CAPITALISED.set(index, (known = new Map()));
  let printed = known.get(word.toLowerCase());
  if (printed === undefined) {
    const inside = new RegExp(`(?<![.!?:]\\s*)(?<=\\s)${escapeRegExp(word)}\\b`, "giu");
    // Capitalised, not in capitals: "TCE" (the articles' abbreviation for one of them) names no one they report on.
    printed = index.passages.some((p) => [...p.text.matchAll(inside)].some((m) => /^\p{Lu}/u.test(m[0]) && /\p{Ll}/u.test(m[0])));
    if (known.size < MAX_PRINTED) known.set(word.toLowerCase(), printed);
  }
  return printed;
}
const PRINTED_CAPITALISED = new WeakMap<KnowledgeIndex, Map<string, boolean>>();
/** Bounded: a flood of made-up words stops being remembered rather than growing the map. */
const MAX_PRINTED = 10_000;

/**
 * "Did users get moved to ultraav?", "is bitdefender affected?": in a yes/no question, a word
 * written in lower case that neither the sources nor common English (the word vectors) know is
 * read as if written as a name (see rareWrittenNames, which keeps the asker's setting and things
 * apart: "alongside intune", "our intune tenant"); whether it is so, the sources cannot say. Not
 * in other questions, except as their subject (see neverNamed), where such a word is as often jargon the sources put
 * otherwise ("unmigrated endpoints", "vendor offboarding"); not in words of four letters or fewer, as often chat ("alot"),
 * nor in misspelt English ("recieve"), nor in a word with an ending of English inflection, which
 * names seldom have ("geoblocked", "definetly").
 */
function unknownWords(asked: string, terms: readonly QueryTerm[], index: KnowledgeIndex): string[] {
  const unknown = terms
    .filter(
      (t) =>
        !t.known && t.word.length >= 5 && t.word === t.word.toLowerCase() && !INFLECTED.test(t.word) && vectorRow(t.word) < 0 && !isOneSlipFromEnglish(t.word),
    )
    .map((t) => t.word);
  if (unknown.length === 0) return [];
  const asNames = asked.replace(/[\p{L}\p{N}]+/gu, (word) => (unknown.includes(word) ? word[0].toUpperCase() + word.slice(1) : word));
  const names = rareWrittenNames(asNames.replace(MARKUP, " "), (word) => isKnownWord(word, index));
  return unknown.filter((word) => names.has(word));
}

const INFLECTED = /(ed|ing|ly)$/;

/**
 * "How did crowdstrike react…", "what did techcrunch report?", "when did ultraav replace kaspersky?": the subject of an
 * open question's verb, right after its auxiliary, is who or what the question is about; read as a name as in a yes/no
 * question. Elsewhere in an open question such a word is as often jargon ("how does it protect against ransomware?").
 */
const OPEN_QUESTION_SUBJECT = /^\W*(?:how|what|why|when|where|who)\s+(?:did|does|do|will|would|has|have|is|was|can|could)\s+([\p{L}]+)\b/iu;

/** Whether a word after a given name completes a person's name: a name itself, or the corpus's subject ("kaspersky"). */
function namesSomeone(next: string | undefined, index: KnowledgeIndex): boolean {
  if (!next) return true;
  const term = processTerm(next.toLowerCase());
  return isNameWord(next) || /^\p{Lu}/u.test(next) || (term !== null && index.isBackground(term));
}

/**
 * What "which…" or "what…" asks for, when the sources never name it ("which bureau…", "what
 * ticker…"): the thing asked for is not in them, whatever else the question shares with them.
 */
function unknownFocus(asked: string, terms: readonly QueryTerm[]): string[] {
  // The noun right after "which" or "what (is) the" only: after an auxiliary ("what does the road
  // ahead look like") the words are the subject, and later ones may be a verb ("what does OFAC stand for").
  // "What's the real danger…": an adjective before the noun says which one, not what is asked for.
  const words =
    ASKED_THING.exec(asked)
      ?.slice(1, 4)
      .filter(Boolean)
      .map((w) => w.toLowerCase()) ?? [];
  const word = words.find((w) => !isModifierWord(w));
  return word && !GENERIC_HEADS.has(word) && terms.some((t) => t.word === word && !t.known) ? [word] : [];
}
/**
 * "What approach…", "which option…": the kind of answer wanted, not a thing (question-words.json, genericHeads); nor is a noun
 * for people or things in general ("what stuff can't I do…", genericNouns).
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([...questionWords.genericHeads, ...questionWords.genericNouns]);
const ASKED_THING =
  /\b(?:which|what|how much|how many)(?:'s|’s|s| is| are| was| were)?\s+(?:the\s+|a\s+|an\s+)?([\p{L}]+)(?:\s+([\p{L}]+))?(?:\s+([\p{L}]+))?/iu;

/**
 * "When was the rule published in the Federal Register?": a "when" or "where" question asks about
 * an event, named by its past participle; when the sources never use that verb, no date or place
 * they give is that event's.
 */
function unknownEvent(asked: string, terms: readonly QueryTerm[]): string | null {
  // "…im confused which date matters for me": the asker's state is no event (question-words.json, concernStates).
  return terms.find((t) => !t.known && /^\p{L}{3,}ed$/u.test(t.word) && !handsOn(asked, t.word) && !CONCERN_STATES.has(t.word))?.word ?? null;
}
/** Whether a participle hands its meaning on to the verb after it ("when were deals supposed to stop?": the event is stopping). */
function handsOn(asked: string, participle: string): boolean {
  return new RegExp(`\\b${participle}\\s+to\\s+\\p{L}`, "iu").test(asked);
}

/** "When will Kaspersky return…": what follows is put as a yes/no question's auxiliary, subject and verb. */
const LEADING_WHEN_OR_WHERE = /^\W*(when|where)\s+/i;

/** "Will Kaspersky refund…", "Does the company offer…", "can my mom keep…": the subject after the auxiliary, then the verb. */
const ACTION =
  /^\W*(will|would|can|could|does|do|did|should|must)\s+(?:(?:the|its|their|this|that|these|those|my|our|your|his|her|a|an|any|some|every|each)\s+)?([\p{L}'’-]+)\s+([\p{L}'’]+)/iu;
/** "Does this raise…": "this" or "that" may be the whole subject, and the verb the next word. */
const ACTION_AFTER_PRONOUN = /^\W*(will|would|can|could|does|do|did|should|must)\s+(this|that)\s+([\p{L}]+)/iu;
/**
 * "Can you walk me through…", "could u explain…": a request to the bot to tell (question-words.json, tellingVerbs),
 * whose verb is no action of the story's. Otherwise "you" is anyone ("can you still use kaspersky after the ban?").
 */
const THE_BOT: ReadonlySet<string> = new Set(questionWords.theBot);
const TELLING_VERBS: ReadonlySet<string> = new Set(questionWords.tellingVerbs);

/**
 * The verb of a yes/no question when the sources never use it ("will this company refund…").
 * "Does this raise wider questions" is read with "this" as the whole subject when the word the
 * other reading takes for the verb can only be an adjective or adverb ("wider").
 */
function unknownAction(asked: string, index: KnowledgeIndex, { askedOfTheEvent = false } = {}): string | null {
  const match = ACTION.exec(asked);
  if (!match) return null;
  if (THE_BOT.has(match[2].toLowerCase()) && TELLING_VERBS.has(match[3].toLowerCase())) return null;
  // The verb, and where the words after it start.
  let [verb, end] = [match[3], match[0].length];
  let start = end - verb.length;
  // "Does this raise wider questions…": "this" or "that" may be the whole subject.
  const pronoun = ACTION_AFTER_PRONOUN.exec(asked);
  if (pronoun && isModifierWord(verb)) [verb, end, start] = [pronoun[3], pronoun[0].length, pronoun[0].length - pronoun[3].length];
  verb = verb.toLowerCase();
  let subject = match[2].toLowerCase();
  // "Would a small clinic be penalized…", "could a new president…": adjectives open the subject, whose noun comes after them.
  const described = isAdjectiveWord(subject);
  for (let i = 0; i < MAX_ADJECTIVES && isAdjectiveWord(subject); i++) {
    const next = wordAt(asked, end);
    if (!next) return null;
    [subject, verb, start, end] = [verb, next.word, next.start, next.end];
  }
  // "Could a new president just undo…": a noun for a person (a role: "president", "user", "ceo") ends the subject. After a subject that has so clearly ended
  // (a person, a noun after an adjective) the verb comes after any adverbs ("could a user quietly keep…", "could other
  // countries eventually ban…"). After others a yes/no question claims the manner too: in "did Kaspersky automatically
  // move…" the adverb is read as the verb. A "when" question asks the time of an event the adverb only describes ("when
  // did Kaspersky publicly announce…"): the verb comes after it. Not "where": the articles place few events, and "where
  // did Raimondo publicly make the announcement?" was answered "Russia.", from a sentence about Russia.
  const from = isRoleWord(verb) ? end : (isRoleWord(subject) || described || askedOfTheEvent) && isAdverbWord(verb) ? start : -1;
  if (from >= 0) {
    const after = wordAt(asked, from, { pastAdverbs: true });
    if (!after) return null;
    [verb, end] = [after.word, after.end];
  }
  // "Will the ban get lifted…?", "do i get charged?": a passive's participle is what is done. Not a state of worry or
  // readiness ("should people be scared?", "should we be prepared?"; question-words.json, concernStates), which asks what
  // to do about the news.
  const participle = PASSIVE_AUXILIARIES.has(verb) ? wordAt(asked, end, { pastAdverbs: true })?.word : undefined;
  if (participle !== undefined && PARTICIPLE.test(participle) && !CONCERN_STATES.has(participle)) return isKnownWord(participle, index) ? null : participle;
  // "Did kaspersky do refunds?": a light verb's object says what is done (question-words.json, lightVerbs).
  if (LIGHT_VERBS.has(verb)) return unknownThing(asked.slice(end), index);
  // "Should a family with young kids worry…", "can someone living in the US buy…": the subject runs on past its first
  // word (a preposition, which isKnownWord takes as known, a participle, a contraction), and where its verb starts is
  // not known. ("Will that keep billing us?": after a verb read as the subject of "that", the word in -ing is what is done.)
  if (CONTRACTION.test(verb) || (isSubjectParticiple(verb) && !(pronoun && hasLexiconTag(subject, ["Infinitive"])))) return null;
  return !isKnownWord(verb, index) ? verb : null;
}
const LIGHT_VERBS: ReadonlySet<string> = new Set(questionWords.lightVerbs);
/** "won't", "they're", "we'd": a contraction is no verb of the story's, and ends a phrase as a function word does. */
const CONTRACTION = /\p{L}['’](?:t|re|ll|ve|d|m)$/iu;
/**
 * "Can someone living in the US…": after the subject of a question's auxiliary the verb is a bare infinitive, so
 * a word in -ing there is the subject's participle ("living", "working"), unless it is the bare verb ("bring").
 */
function isSubjectParticiple(word: string): boolean {
  return /^\p{L}{3,}ing$/u.test(word) && !hasLexiconTag(word, ["Infinitive"]);
}
/** The auxiliary of a passive after the subject: "will the ban get lifted", "will my license be cancelled". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(["get", "gets", "got", "be", "been"]);
/** How many adjectives may open a subject before its noun ("would a small new firm be…"). */
const MAX_ADJECTIVES = 3;
/** A regular past participle, or one in -en ("be forgiven"). */
const PARTICIPLE = /^\p{L}{3,}(?:ed|en)$/u;
/**
 * The word at or after `from` in `text`, lower-cased, where it starts and where the words after it start; with `pastAdverbs`, the
 * first word there that is no adverb (see isAdverbWord).
 */
function wordAt(text: string, from: number, { pastAdverbs = false } = {}): { word: string; start: number; end: number } | null {
  // Sticky, and made here: a shared expression would carry its lastIndex from one question to the next.
  const words = /\s*([\p{L}'’]+)/uy;
  words.lastIndex = from;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const word = match[1].toLowerCase();
    if (!pastAdverbs || !isAdverbWord(word)) return { word, start: words.lastIndex - match[1].length, end: words.lastIndex };
  }
  return null;
}
/**
 * An adverb between a subject and its verb ("could a user quietly keep…", "get fully refunded"): one that may stand
 * before a verb (question-words.json, howTo.adverbs: "still", "even"), one compromise's lexicon knows as an adverb and
 * not a verb ("just", "already"), or one in -ly it does not list (it derives those: "quietly", "simply"), unless it lists
 * the word as a verb or noun ("apply", "supply"). Not an adjective: "do i get charged" is a passive.
 */
function isAdverbWord(word: string): boolean {
  if (ADVERBS_BEFORE_VERBS.has(word)) return true;
  if (hasLexiconTag(word, ["Adverb"])) return !hasLexiconTag(word, ["Verb"]);
  return /^\p{L}{3,}ly$/u.test(word) && !hasLexiconTag(word, ["Verb", "Noun", "Adjective"]);
}
const ADVERBS_BEFORE_VERBS: ReadonlySet<string> = new Set(questionWords.howTo.adverbs);
const CONCERN_STATES: ReadonlySet<string> = new Set(questionWords.concernStates);

/**
 * "Help me order a pizza", "can u help me plan a wedding": a task (question-words.json, taskVerbs) about
 * nothing the articles cover: no word after its verb, other than function words, modifiers and words for a
 * kind of thing ("plan", "options"), is one they know, and the message does not name the story. A task on
 * the story says so somewhere, whatever the preposition ("help me draft an email to customers explaining the
 * ban", "a slide with the key ban dates", "a memo re: the av ban"), and its facts serve it; "help me figure
 * out when updates stop" asks a question. The task's first word is returned as what the sources never do.
 */
function unknownTask(asked: string, index: KnowledgeIndex): string | null {
  const task = helpMeTask(asked);
  if (!task) return null;
  const words = (task.rest.toLowerCase().match(WORD) ?? []).filter((w) => !STOPWORDS.has(w) && !GENERIC_HEADS.has(w) && !isModifierWord(w));
  if (words.length === 0 || words.some((w) => resolveWord(w, index)?.known) || namesTheStoryIn(index, asked)) return null;
  return words[0];
}
const WORD = /[\p{L}'’-]+/gu;

/** The head of the noun phrase that opens `text` ("any refunds for…" → "refunds"), when the sources never use it. */
function unknownThing(text: string, index: KnowledgeIndex): string | null {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const start = words.findIndex((w) => !RECEIPT_MODIFIERS.has(w));
  if (start < 0) return null;
  const head = beforeFunctionWord(words.slice(start)).at(-1);
  return head === undefined || isModifierWord(head) || isKnownWord(head, index) ? null : head;
}
const RECEIPT_MODIFIERS: ReadonlySet<string> = new Set(questionWords.receipt.modifiers);

/**
 * What a yes/no question asks whether someone gets ("are the laid-off staff getting severance?",
 * "do I get a refund?"), when the sources never mention it: whatever else they say about those
 * people, they do not say whether they get that.
 */
function unknownReceipt(asked: string, index: KnowledgeIndex): string | null {
  const words = RECEIPT.exec(asked)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  // "Did users get (automatically) moved…": a passive, not a thing received.
  if (words.length === 0 || /ed$/.test(words[0]) || irregularVerbBase(words[0]) !== null) return null;
  // The thing is named by the last word before a function word: "signature updates" are updates, "severance pay" is pay.
  const head = beforeFunctionWord(words).at(-1);
  // "Does it get worse…": a change of state, not a thing received.
  return head === undefined || isModifierWord(head) || isKnownWord(head, index) ? null : head;
}
/** A verb of receiving, the words that may come between, any adverbs ("automatically"), then what is received. */
const RECEIPT = new RegExp(
  `\\b(?:${questionWords.receipt.verbs.join("|")})\\s+(?:(?:${questionWords.receipt.modifiers.join("|")}|\\p{L}+ly)\\s+)*([\\p{L}-]+(?:\\s+[\\p{L}-]+)*)`,
  "iu",
);

/**
 * The topic a yes/no question asks whether the sources speak of ("did kaspersky say anything about
 * refunds?", "did they mention mac users?"), when they never mention it: a word of it, up to the first
 * function word, that the corpus does not know ("mac", "refund policy", "windows defender").
 */
function unknownTopic(asked: string, index: KnowledgeIndex): string | null {
  // "A user says Kaspersky's website refuses to sell them a license. Is that expected?": what a sentence that tells
  // reports is no topic the question asks about.
  const said = TOPIC.exec(askingSentences(asked))?.[1]?.toLowerCase().split(/\s+/) ?? [];
  // "Did anyone mention they're refunding customers?": a clause's subject, contracted with its verb, opens no topic.
  const words = CONTRACTION.test(said[0] ?? "") ? said.slice(1) : said;
  const topic = beforeFunctionWord(words).map((w) => w.replace(/['’]s$/, ""));
  return topic.find((w) => !isModifierWord(w) && !isKnownTopicWord(w, index)) ?? null;
}
/** A verb of saying, then the topic or "about" it; or a noun, then "about" or "on" the topic (question-words.json, topicMarkers). */
const TOPIC = new RegExp(
  `\\b(?:(?:${questionWords.topicMarkers.verbs.join("|")})\\s+(?:anything\\s+|something\\s+)?(?:about\\s+|on\\s+|regarding\\s+)?|(?:${questionWords.topicMarkers.nouns.join("|")})\\s+(?:about|on|regarding)\\s+)(?:(?:the|a|an|any|its|their|our|my)\\s+)?([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)*)`,
  "iu",
);

/** A topic's word the corpus knows; a noun the broad filler list holds ("code") is still a topic, known only if the corpus has it. */
function isKnownTopicWord(word: string, index: KnowledgeIndex): boolean {
  const resolved = resolveWord(word, index);
  if (resolved) return resolved.known;
  return STOPWORDS.has(word) || index.knows(processTerm(word) ?? word);
}

/** The words of a phrase before its first function word: "severance pay for the staff" → severance, pay. */
function beforeFunctionWord(words: readonly string[]): readonly string[] {
  const end = words.findIndex((w) => STOPWORDS.has(w) || CONTRACTION.test(w));
  return end < 0 ? words : words.slice(0, end);
}
