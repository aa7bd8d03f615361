import { createRequire } from "node:module";

/** Function words and question scaffolding: they say how a question is asked, not what it asks about. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if as of at by for with about against between into through during before after above below to from " +
    "up down in out on off over under again further then once here there all any both each few more most other some such " +
    "no nor not only own same so than too very s t can will just don should now i me my myself we our ours ourselves you " +
    "your yours he him his she her it its itself they them their theirs what which who whom whose this that these those am " +
    "is are was were be been being have has had having do does did doing would could ought may might must shall also " +
    "when where why how whether yet still ever anything something everything get got gets please tell know let " +
    "hi hello hey thanks thank ok okay kind much many long like really actually " +
    "come came comes coming go goes went gone going happen happens happened mean means meant supposed need needs want wants " +
    "think thing things way ways lot anyone everyone someone anybody somebody exactly basically currently right around " +
    // Intensifiers: how strongly something is asked, not what ("is it going out of business entirely?").
    "actual entirely completely totally fully absolutely literally seriously truly " +
    "until unless although though whereas while " +
    // "Will I be able to renew?" asks "can I renew?".
    "able " +
    // "One more -", "which one is right?", "the 2017 one": a pronoun in questions; Porter stems it to "on".
    "one"
  ).split(" "),
);

/**
 * The broad English list from stopwords-iso (about 1,300 words: "instead", "behind", "seen").
 * Too broad for the index, where "first" or "back" can matter, but right for question words the
 * articles never use: such a word is filler, not a topic the sources lack.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set((createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>).en);
