import { phraseAlternatives } from "../index/escape-reg-exp.js";
import { sourceReference } from "./source-references.js";
import { IRREGULAR_FORMS } from "../index/irregular-verbs.js";
import questionWords from "./question-words.json" with { type: "json" };
import { PEOPLE_NOUNS } from "./quantities.js";

/** What kind of answer a question wants; it decides which passages rank first and what is extracted. */
export type Intent =
  | "when" // a date
  | "how_many" // a number or share
  | "how_long" // a duration
  | "who" // a person or organisation
  | "where" // a place
  | "advice" // what to do: a recommendation
  | "how_to" // the steps of a task ("how do I uninstall it?"): no article gives any
  | "why" // a reason
  | "list" // several items
  | "quote" // what someone said or wrote
  | "yes_no"
  | "overview" // what it all means: the two or three facts that matter most
  | "what"; // anything else

/** "How do I uninstall it?", "steps to remove it": the steps of a task (question-words.json, howTo). */
const HOW_TO = (() => {
  const { subjects, adverbs, exceptions } = questionWords.howTo;
  const adverb = `(?:(?:${adverbs.join("|")})\\s+)?`;
  return new RegExp(
    `^\\W*(?:(?:so|and|but|ok|okay)\\W+)?(?:how (?:do|can|could|would|will) (?:${subjects.join("|")})|how to|(?:what are )?(?:the )?steps to)\\s+(?!${adverb}(?:${exceptions.join("|")})\\b)${adverb}\\w+`,
    "i",
  );
})();

/**
 * How a request to the bot opens, before its verb: "can you…", "could u…", "pls…", or the verb itself ("walk me
 * through…", "describe…", "help me…"). A regular expression's source, for each kind of request to build on.
 */
export const REQUEST_OPENING = `^\\W*(?:(?:can|could|would|will)\\s+(?:${questionWords.theBot.join("|")})\\s+)?(?:(?:please|pls|plz)\\s+)?`;

/** "Walk me through…", "could you talk us through…": a request to tell, at the start of a message (question-words.json, guidingVerbs). */
const GUIDE_OPENING = `${REQUEST_OPENING}(?:${questionWords.guidingVerbs.join("|")})\\s+(?:me|us)\\s+through\\b`;
export const GUIDE_ME = new RegExp(GUIDE_OPENING, "i");

/** "Talk us through it", "walk me through what happened": to be told the story, when the request names nothing else. */
const GUIDE_THROUGH_STORY = new RegExp(
  `${GUIDE_OPENING}\\s+(?:it|this|that|everything|all (?:of )?(?:this|that|it)|the whole thing|what(?:'s|’s| has)? happened|what(?:'s|’s| is) going on)\\W*$`,
  "i",
);

/** "Walk me through uninstalling it on a Mac": the steps of a task (question-words.json, guidedTasks), asked as a request to tell. */
const GUIDED_STEPS = new RegExp(`${GUIDE_OPENING}\\s+(?:${questionWords.guidedTasks.join("|")})\\b`, "i");

const HOW_MANY = new RegExp(
  `\\bhow many\\b|\\bhow much\\b(?!.*\\b(?:${questionWords.extentVerbs.join("|")})\\b)|\\bcount\\b(?!\\s+as\\b)|\\b(what|which) (percentage|percent|share|proportion|number|amount|fraction)\\b|\\bnumber of\\b|\\bheadcount\\b`,
  "i",
);

/** Who the whole story is about, as a question names it ("is this the end of Kaspersky?"; question-words.json, storySubjects). */
const STORY_SUBJECTS = questionWords.storySubjects.join("|");
/** The story's subject by name, not by a pronoun (question-words.json, storyPronouns). */
const STORY_NAMES = questionWords.storySubjects.filter((s) => !questionWords.storyPronouns.includes(s)).join("|");

/**
 * Words of having to ("need", "supposed", "meant"…; question-words.json, obligations): after the asker, as "should" is
 * ("which vendor are we supposed to move to?"), and before "to do".
 */
const OBLIGATIONS = questionWords.obligations.join("|");

/**
 * "What antivirus should I get instead?", "which vendor are we supposed to move to?", "which vendor would you recommend?",
 * "the best free AV to replace it": a choice of something with a proper name (question-words.json, namedThings), asked
 * as advice: only a recommendation that names one answers, not a sentence that happens to name one ("rivals such as
 * McAfee and Symantec").
 */
const PRODUCTS = questionWords.namedThings.products;
/** The asker, or one of theirs or like them, as a subject opens: "I", "we", "our clinic", "a small business". */
const ASKER_HEADS = "i|we|you|u|one|(?:my|our|a|an)\\s+[\\w-]+";
/** Who a choice is for: the asker, or those they speak for ("what antivirus should we get?"; not "which software should be removed?"). */
const ASKERS = `${ASKER_HEADS}|${questionWords.people.join("|")}`;
/** "What's the best free AV…", "which is the best antivirus…": the best one asked for, not "is Kaspersky the best antivirus?". */
export const BEST_ASKED = `\\b(?:what|which)(?:'s|’s|s|\\s+is|\\s+are|\\s+would be|\\s+will be)?\\s+(?:the\\s+)?best\\s+(?:[\\w-]+\\s+){0,2}?(${PRODUCTS.join("|")})\\b`;
const CHOICE_ASKED = new RegExp(
  `\\b(which|what)\\s+(?:[\\w-]+\\s+){0,2}(?:${[...PRODUCTS, ...questionWords.namedThings.things].join("|")})\\s+(?:(?:should|shall|must)\\s+(?:${ASKERS})\\b|(?:am|are|is|do|does)\\s+(?:${ASKERS})\\s+(?:${OBLIGATIONS})\\s+to\\b|(?:do|would) you (?:recommend|suggest|use|get|pick))\\b|${BEST_ASKED}`,
  "i",
);

/**
 * "What should I be planning for?", "what should we be telling them?": what the asker (or those they speak for) should
 * be doing, whatever the verb. Not the story's subject: "what must Kaspersky be thinking?" asks no advice.
 */
const DOING_ASKED = new RegExp(`\\bwhat (?:should|shall|must|ought to) (?!(?:${STORY_SUBJECTS})\\s)([\\w'’-]+ ){1,10}be \\w{3,}ing\\b`, "i");

/**
 * Who the asker speaks for when asking whether to worry or act: themselves ("should I…", "how worried should we be?"),
 * one of theirs or one like them ("should a small business with Kaspersky on its office computers be…", "does our
 * clinic need to…"), with whatever words describe it, or people of a kind ("should users be…"). Not a third party
 * with "the" or a possessive ("should the firm…", "should kaspersky's resellers…", "how concerned does the government
 * seem?"): what they should feel or do is no advice to the asker.
 */
const THIRD_PARTIES = questionWords.thirdParties.join("|");
/** No third party among the subject's words, up to its verb ("be", "need", "have", "got"), nor Kaspersky's own staff ("a kaspersky employee", "my friend who works at kaspersky"). */
const NO_THIRD_PARTY = `(?!(?:(?!(?:be|need|have|got)\\b)[\\w'’-]+\\s+){0,11}?(?:${THIRD_PARTIES}|(?:${STORY_NAMES})(?:'s|’s)?\\s+(?:employees?|staff|staffers?|workers?|people|team)|works?\\s+(?:at|for)\\s+(?:${STORY_NAMES}))\\b)`;
const ASKER_GROUPS = questionWords.askerGroups.join("|");
const ONE_OF_THE_ASKERS = `${NO_THIRD_PARTY}(?:${ASKER_HEADS})(?:\\s+[\\w'’-]+){0,10}?|(?:[\\w-]+\\s+)?(?:${ASKER_GROUPS})`;

/**
 * "How worried should we be?", "should a small business with Kaspersky on its office computers be concerned?": whether the
 * asker, or whoever they speak for, should be in a state of worry (question-words.json, concernStates) asks what to
 * make of the news and do about it.
 */
const CONCERN = questionWords.concernStates.join("|");
const CONCERN_ASKED = new RegExp(
  `\\bhow (?:${CONCERN}) (?:should|must|ought to|do|does|need to|would)\\s+${NO_THIRD_PARTY}(?:${ASKER_HEADS}|${ASKER_GROUPS})\\b|\\bshould (?:${ONE_OF_THE_ASKERS})\\s+be (?:(?:really|even|at all|very|too|more) )?(?:${CONCERN})\\b`,
  "i",
);

/** Words that only soften or stress a question ("what do I even do now?", "what are we actually supposed to do?"). */
const HEDGES = "even|actually|really|now|just";

/**
 * "Do we need to change anything?", "does a family on one plan have to do something?", "what do I even do now?",
 * "what are we supposed to do now?", "what does a small business need to do?", "what are we going to do?": whether the asker,
 * or whoever they speak for, must act, whatever words describe them; not what something has to do with something else.
 * "What do they do?" is advice only when the asker has named people of theirs for "they" to be ("our clients run it. What
 * do they do now?"); otherwise it asks what a third party does ("who are kaspersky and what do they do").
 */
const ACTING_ASKED = new RegExp(
  `\\b(?:do|does|will|would) (?:${ONE_OF_THE_ASKERS})\\s+(?:need|have|got) to (?:do|change) (?:anything|something)\\b|\\bwhat (?:(?:do|should|shall|can|could|must) (?:i|we|you|u)|(?:should|shall|can|could|must) they)(?: (?:${HEDGES}))* do\\b|^(?=.*\\b(?:our|my)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+s\\b).*\\bwhat do they(?: (?:${HEDGES}))* do\\b|\\bwhat (?:do|does|am|are|is|will|would) (?:${ONE_OF_THE_ASKERS})\\s+(?:(?:${HEDGES}) )*(?:${OBLIGATIONS})(?: to)? do\\b(?!(?<=\\b(?:have|has|had|got) to do) with\\b)|\\bwhat (?:am|are) (?:i|we|you|u)(?: (?:${HEDGES}))* (?:${phraseAlternatives(questionWords.futureMarkers)}) do\\b`,
  "i",
);

/** Roles that ask for someone after "which" ("which CNN reporter…"); not those that also describe ("which executive order…"). */
const WHO_ROLES = questionWords.personRoles.roles.filter((r) => !questionWords.personRoles.asModifiers.includes(r));

/**
 * Words for the kind of answer wanted that a role word before them describes ("what official reason did Kaspersky give":
 * a reason, not an official; question-words.json, intentWords).
 */
const KINDS_OF_ANSWER = [...questionWords.intentWords.why, ...questionWords.intentWords.when, ...questionWords.intentWords.quote];
/** "What's the name of the COO?", "who announced it?"; not "people who already have it" (question-words.json, relativeWhoHeads). */
const WHO = new RegExp(
  `\\b(what is|what's|whats|what are|what were|what was) the ([\\w-]+ )?names? of\\b|^\\W*(who|whom|whose)\\b|(?<!\\b(${questionWords.relativeWhoHeads.join("|")})\\s+)\\bwho\\b|\\b(which|what) (?!(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\\b)(\\w+ )?((?:${WHO_ROLES.join("|")})(?![\\w'’-])(?!\\s+(?:${KINDS_OF_ANSWER.join("|")})\\b)|(?:person|people|agency|department|organi[sz]ation|outlet|publication|newspaper|body|network|channel|broadcaster)\\b)`,
  "i",
);

/** The articles named as what says something: "the reports say", "these articles mention" (source-references.ts). */
const SOURCES_SAY = sourceReference("required").source;

/** Words chat opens with before the question itself: "so is it dead or what?", "wait, are they leaving?". */
const CHAT_OPENERS = `(?:${["so", "and", "but", "ok", "okay", "wait", "well", "um", "hmm", ...questionWords.asides.courtesies.filter((w) => /^[a-z]+$/.test(w))].join("|")})\\W+`;

/**
 * "How does Kaspersky itself explain the ban?", "did they explain why?": one who explains, named after an auxiliary, is
 * asked what they said. Not the bot ("can you explain…") nor anyone at all ("can someone explain…"), asked to tell, nor
 * the asker ("how do I explain the ban to my boss?", "I have to explain it to our team"), nor the articles ("how does the
 * article explain the legal basis?"), which explain everything they answer. The bot is question-words.json's theBot,
 * anyone at all a generic noun ("someone", "anybody").
 */
const EXPLAINER_NAMED = `\\b(?:does|did|do|has|have|had|will|would)\\s+(?!(?:${[...questionWords.theBot, "i", "we", ...questionWords.genericNouns, "to"].join("|")})\\b)(?!(?:(?:the|this|that|these|those)\\s+)?(?:${questionWords.sourceReferences.nouns.join("|")})\\b)(?:[\\w'’-]+\\s+){1,3}`;

/** A question put as yes/no: an auxiliary opens it, after chat's openers ("so is it dead or what?"). */
const YES_NO_OPENING = `\\W*(?:${CHAT_OPENERS}){0,2}(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|must|am)\\b`;

// Order matters: the first rule that matches wins ("how long" before "how many", "who said" before "what did … say").
const RULES: [Intent, RegExp][] = [
  ["list", /^\W*(list|name (all|the|every))\b|\blist (the|all|every|of)\b/i],
  // "How long do we have before updates stop?", "how much time have we got?", "how long is left?": the time left,
  // which the deadline's date answers; not "how long do businesses have been using it".
  [
    "when",
    /\bhow (long|much time) (do|does|will|would) (\w+ ){1,3}have\b(?!\s+(been|had)\b)|\bhow (long|much time) (have|has) (\w+ ){1,2}got\b|\bhow (long|much time) (is )?(left|remaining)\b/i,
  ],
  // "Tenure" is a length of time; a claim about a number of years ("in the US for 25 yrs, right?") checks a duration.
  [
    "how_long",
    /\bhow long\b|\bhow many (years|yrs|months|decades)\b|\btenure\b|^\W*(is|are|was|were|do|does|did|has|have|had)\b.*\b(\d+|two|three|four|five|ten|twenty|thirty)\s+(years|yrs|decades|months)\b|\b(\d+|two|three|four|five|ten|twenty|thirty)\s+(years|yrs|decades|months)\b.*\bright\s*\??\s*$/i,
  ],
  // "When" asks for a date unless another question word leads and it joins a clause ("What happens when updates stop?"),
  // or a question put as yes/no has it open a clause of time ("will I be able to renew when it expires?"; not "do you know
  // when…", question-words.json knowingWords, nor "…and when?", "until when?", nor a "when" after the clause ends: "is it
  // banned. when…", though not at the full stop of an abbreviation, "in the U.S. when…").
  // A question ending in "year" asks for one, unless it is a rate ("how much does it cost per year") or the time something
  // else is asked of ("what stuff stops working after the deadline?").
  [
    "when",
    new RegExp(
      `^(?!\\W*(what|which|who|whom|whose|why|how|where)\\b)(?!${YES_NO_OPENING}(?!.*\\b(?:${phraseAlternatives(questionWords.knowingWords)})(?:\\s+(?:${phraseAlternatives(questionWords.knowingGap)})){0,2}\\s+when\\b|.*\\b(?:${phraseAlternatives(questionWords.whenLinks.anywhere)})\\W+when\\b|.*\\b(?:${phraseAlternatives(questionWords.whenLinks.atEnd)})\\W+when\\W*$|.*?(?:[:;?!…]|(?<!\\b[a-z])\\.(?=\\s)|\\s[-–—]\\s).*\\bwhen\\b)).*\\bwhen\\b|\\b(what(?:'s|’s)?|which)( \\w+){0,3} (date|day|month|year|deadline|cutoff|cut-off)\\b|\\b(what|which)( \\w+)? time\\b|\\bby what date\\b|\\bhow soon\\b|^(?!\\W*(what (should|shall|must|can|could|do|does)|will|would|can|could|does|do|did|should|is|are|was|were|has|have|any)\\b).*(?<!\\b(per|a|an|each|every) )(?<!\\b(?:after|before|past|since|until|till|til|beyond) (?:the |that |this )?(?:[\\w-]+ )?)\\b(date|deadline|year|day|month)\\s*\\??\\s*$`,
      "i",
    ),
  ],
  // "How much does losing the US hurt?" asks how far, not how many (question-words.json, extentVerbs).
  ["how_many", HOW_MANY],
  // "What city…", "where is it based": a place. ("Which countries…" stays a list: the articles name several.)
  // "Where does the data concern fit into all this?" asks how it relates, not for a place (question-words.json, figurativeWhere).
  [
    "where",
    new RegExp(
      `^(?!.*\\b(${questionWords.figurativeWhere.join("|")})\\b)(?:\\W*where\\b|.*\\bwhere (is|are|was|were|does|do|did)\\b|.*\\b(what|which)( (?:us|u\\.s\\.|american))? (city|town|place|location|country|nation)\\b)`,
      "i",
    ),
  ],
  ["advice", CHOICE_ASKED],
  ["advice", DOING_ASKED],
  ["advice", CONCERN_ASKED],
  // "What do the articles tell network engineers to do?", "what does the government want users to do?": what people are
  // told to do is advice, not the words that tell it (question-words.json, adviceGivers).
  [
    "advice",
    new RegExp(
      `\\bwhat (?:do|does|did|would) (?:${phraseAlternatives(questionWords.adviceGivers)}) (?:tell|want|expect|advise|urge|ask|recommend)s?\\s+(?!(?:${STORY_SUBJECTS})\\b)(?:[\\w'’-]+\\s+){1,4}?to\\s+do\\b`,
      "i",
    ),
  ],
  ["advice", ACTING_ASKED],
  // "What should we do?", "any advice?", "what to do about kaspersky?": the articles' recommendations answer, whatever words they use.
  [
    "advice",
    /\bwhat to do\b|\bwhat ((should|shall|can|could|must) (i|we|you|he|she|they|it|users|customers|companies|people|my \w+|our \w+)|do (i|we|you|users|customers|companies|people|my \w+|our \w+))( actually| really| now)? (do|use|switch|replace)\b|\b(advice|advise[sd]?|recommend(s|ed|ations?)?|suggest(ed|ions?)?|best practice)\b|\bshould (i|we|he|she|they|users|customers|companies) (do|switch|replace|remove|uninstall|delete|drop|keep|stop|still|move|migrate|panic|worry|care|be (worried|concerned|scared|alarmed))\b|\bwhat (now|next)\b|\bnext steps?\b|^\W*what (should|shall|must) .*\b(do|doing)\b|\bwhat (steps|actions?|measures|precautions)\b|\bwhat (do|should|shall|can|could) (i|we) (tell|say to|advise)\b|\b(anything|something) (i|we|he|she|they|you|users|customers) (need|have|ought|should|must) to do\b|\b(do|does|should|must) (i|we|he|she|they|you|users|customers) (need|have) to do anything\b/i,
  ],
  // "Who got sanctioned?", "Which officials were targeted?", "who will be laid off?", "who are the execs that got
  // sanctioned?": the people something was or will be done to, its participle regular or not; the articles name them in
  // enumerations of roles, not as the agency that acted. Not one person ("who's the COO that got sanctioned?" asks a name),
  // nor who is affected, which the next rule reads as a broad question.
  [
    "list",
    new RegExp(
      `^\\W*(who|whom|(which|what) (\\w+ ){0,2}(people|persons|officials|executives|execs|leaders|individuals|employees|staff)|who(?:'s|’s| are| were) the (?:\\w+ ){0,2}\\w+s (?:that|who))\\b( (at|in|from|of|within) \\w+)? (was|were|got|get|gets|have been|has been|had been|is getting|are getting|is being|are being|will be|will get|would be|are going to be|is going to be) (?!(?:affected|impacted|hit|hurt)\\b)(?:\\w+(ed|en)|${IRREGULAR_FORMS.join("|")})\\b`,
      "i",
    ),
  ],
  // "Who is affected by the ban?", "who loses the most from this?": everyone it touches, which no one name answers.
  // Not who was hit by something else ("who was hit with sanctions", "who is affected by the layoffs"): the articles name them.
  [
    "overview",
    /\bwho(?:'s|’s| is| are| was| were| will be| would be| gets?| got) (?:most |hardest |really )?(?:affected|impacted|hit|hurt)(?: most| hardest)?(?: by (?:this|that|it|all this|the (?:[\w-]+ )?ban|[\w-]+'s exit|the exit)(?: the most| most| hardest)?)?\W*$|^\W*who\s+(?:(?:really|actually)\s+)?(?:wins|loses|benefits|suffers|gains)\b/i,
  ],
  // "What's the name of the COO?" asks for a person; "people who already have it" is a relative clause, not the question word.
  ["who", WHO],
  // "How did Kaspersky explain pulling out?" asks for the reason they gave.
  ["why", new RegExp(`\\bhow ${EXPLAINER_NAMED}explain(?:ed)?\\b`, "i")],
  ["why", /\bwhy\b|\bhow come\b|\breasons?\b|\b(arguments?|justifications?|rationale)\b|\bwhat (caused|prompted|led to|motivated)\b/i],
  ["how_to", GUIDED_STEPS],
  ["overview", GUIDE_THROUGH_STORY],
  // "What does this mean for us?", "what's the deal with kaspersky?": the question names no one fact.
  [
    "overview",
    new RegExp(
      `\\bwhat (does|do|will|would) (this|that|it|all this|all that|all of this|all of that|the)( [\\w-]+){0,3} mean\\b|\\bwhat (does|do|will|would)(?: [a-z'’-]+){1,5} (?:actually |really )?mean (?:for|to)\\b|\\bwhat(?:'s|’s| is| are) (the deal|going on|happening|the story|the situation|the impact|the upshot)\\b|(?<!\\bto\\s)\\bsum (?:it |this |that |things |everything |all this |it all )?up\\b(?!\\s*,)|\\b(?<!${EXPLAINER_NAMED})(?:explain|explained)\\b|\\b(explainer|summari[sz]e|summary|tl;?dr|overview|in a nutshell|big picture|(?<!(?:['’]s|\\bits|\\btheir|\\bour|\\bmy|\\bhis|\\bher)\\s)bottom line|takeaways?|key points|main points|rundown|recap|gist|short version|catch me up|fill me in|consequences|implications|fallout)\\b|\\bhow (does|will|would) (this|that|it|the ban) (affect|impact|change)\\b|\\bhow (will|would|are|is|were|was|could|might) ([\\w-]+ ){1,3}(be )?(affected|impacted)\\b|\\bwhat happens (now|next)\\b|\\bis (this|that|it) (really )?the end(?: (?:of|for) (?:${STORY_SUBJECTS})\\b| of the road\\b|\\W*$)|\\bhow did (we|it|this|things|all this) (get|come) to (this|here|this point)\\b|\\bhow did (we|it|this|things) get here\\b|\\bwhat(?:'s|’s| is) next\\b|\\bwhat(?:'s|’s| is| are)? (going to|gonna|will|would|could) happen\\b|\\bwhat happens to\\b|\\bwhat(?:'s|’s| has)? happened (?:to|with) (?:${STORY_NAMES})(?: in (?:the us|america))?\\W*$|^\\W*(so\\W+)?what(?:'s|’s| has)? happened\\W*$`,
      "i",
    ),
  ],
  // "Is the ban fair?", "was it justified?": a verdict the articles leave to each side's case for it (question-words.json, judgments).
  [
    "why",
    new RegExp(
      `\\b(is|was|are|were) (the ban|the decision|this|that|the us|the government|banning [\\w-]+)( (really|actually|even|at all))? (${questionWords.judgments.join("|")})\\b`,
      "i",
    ),
  ],
  // "How do I uninstall it from a Mac?", "steps to remove it": the steps of a task. "How do we comply?", "how will we be
  // affected?" ask what to make of the news instead (question-words.json, howTo); "how should we…" asks advice.
  ["how_to", HOW_TO],
  // "Word for word", "the actual quote": the exact words are asked for. Not what the articles themselves say about a topic
  // ("what do the reports say about the deadline?", question-words.json sourceReferences): every answer is that.
  [
    "quote",
    new RegExp(
      `\\bwhat( exactly| precisely)? (did|does|do|has|have) (?!${SOURCES_SAY}(?:\\W*$|\\s+(?:${phraseAlternatives(questionWords.sourceReferences.topicLinks)})\\b))(?!(?:(?:the|this|that)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${phraseAlternatives(questionWords.documentSubjects)})\\s+(?:${phraseAlternatives(questionWords.documentSaying)})\\b)(?:.*\\b)?(say|said|state|tell|write|post|show|read|display|claim)s?\\b|\\bwhat was the (statement|message|notice|response)\\b|\\bword for word\\b|\\bverbatim\\b|\\bquote\\b|\\b(exact|what|which) (words|wording)\\b|\\bin (their|its|his|her) own words\\b`,
      "iu",
    ),
  ],
  ["list", /\b(which|what) (\w+ )?\w{3,}(?<!ss)s (were|are|have been|got|did)\b/i],
  // "Is it true Kaspersky has 270k clients?" checks a number: answer it as a number, so a disagreement shows.
  // A day after a month ("after Sept 29") and a year ("is the 2024 ban…", "were the 2017 restrictions…") are dates, not
  // numbers to check; one that counts people ("2000 employees", question-words.json people) is one.
  [
    "how_many",
    new RegExp(
      `^\\W*(is|are|was|were|do|does|did|has|have|had)\\b.*(?<!\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)\\b(?!(19|20)\\d\\d\\b(?! ?(k|m|bn|%|percent|million|billion|thousand)|\\s+(${PEOPLE_NOUNS.join("|")})\\b))\\d[\\d,.]*(k|m|bn|%| ?percent| ?million| ?billion| ?thousand)?\\b(?! ?(AD|BC))`,
      "i",
    ),
  ],
  // "So is it dead or what?", "wait, are they leaving?": a chat opener may stand before the verb.
  ["yes_no", new RegExp(`^${YES_NO_OPENING}`, "i")],
  // "kasp still ok to use til the deadline or not?": a statement with "or not" after it asks whether it is so.
  ["yes_no", /^(?!\W*(what|whats|when|where|which|who|whom|whose|why|how)\b).*\bor (not|no)\W*$/i],
  // "kaspersky leaving the us??": a statement put as a question asks whether it is so; a bare noun
  // phrase ("kaspersky ban timeline?") asks about the thing.
  ["yes_no", /^(?!.*\b(what|whats|when|where|which|who|whom|whose|why|how|wat|wut|wen|y)\b)(?=.*\b\w{2,}(ing|ed)\b).*\?\s*$/i],
];

/** Whether a question opens with a question word ("what's going on…", "so how…"): it is not put as a yes/no question. */
export function opensWithQuestionWord(question: string): boolean {
  return QUESTION_WORD_FIRST.test(question);
}
const QUESTION_WORD_FIRST = new RegExp(`^\\W*(?:${CHAT_OPENERS}){0,2}(?:what|whats|when|whens|where|which|who|whom|whose|why|how|wat|wut|wen)\\b`, "i");

/** Words that only say what is asked ("when", "date", "how long"), left out of the search (question-words.json, intentWords). */
export const INTENT_WORDS: Record<Intent, readonly string[]> = {
  ...questionWords.intentWords,
  // "What are we supposed to do now?": the word of obligation says only that advice is asked.
  advice: [...questionWords.intentWords.advice, ...questionWords.obligations],
};

export function detectIntent(question: string): Intent {
  for (const [intent, pattern] of RULES) if (pattern.test(question)) return intent;
  return "what";
}

/**
 * Questions that ask for a value (a date, a number, a name, a place) and open ones (why, what
 * should we do, yes/no, an overview): the passages' typed readers answer the first kind well, the
 * curated facts the second, and the decide stage has thresholds for each.
 */
export type IntentClass = "valued" | "open";
const VALUED: ReadonlySet<Intent> = new Set(["when", "how_many", "how_long", "who", "where"]);

/**
 * Kinds of question only a curated fact asked that way answers: no reader finds the steps of a
 * task in a sentence, and the articles give none.
 */
export const ASKED_ONLY: ReadonlySet<Intent> = new Set(["how_to"]);

export function intentClass(intent: Intent): IntentClass {
  return VALUED.has(intent) ? "valued" : "open";
}
