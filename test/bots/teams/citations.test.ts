import { describe, expect, it } from "vitest";
import { citationEntity, claimOf, clip, MAX_ABSTRACT, MAX_CITATIONS, MAX_KEYWORD, MAX_NAME } from "../../../src/bots/teams/citations.js";
import { answeredByThreeSources, citation } from "../../fixtures/answers.js";

describe("clip", () => {
  it.each([
    ["short text", 20, "short text"],
    ["a sentence that is far too long for the limit", 20, "a sentence that is…"],
    ["  spaces\n\tand  newlines  ", 40, "spaces and newlines"],
    ["Supercalifragilisticexpialidocious", 10, "Supercali…"],
  ])("clip(%j, %i) = %j", (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe("claimOf", () => {
  const [answer, support, noUrl] = answeredByThreeSources().citations;

  it("names the publisher and title, quotes the passage, links the article and dates it", () => {
    const claim = claimOf(answer, 1);
    expect(claim).toMatchObject({ "@type": "Claim", position: 1, appearance: { "@type": "DigitalDocument", url: answer.url, keywords: ["July 16, 2024"] } });
    expect(claim.appearance.name).toBe("BTimes (btimesonline.com): Kaspersky Labs to Wind Down U.S. Operations Amid…");
    expect(claim.appearance.abstract.startsWith("“The U.S. government's recent restrictions, which will take effect on September 29")).toBe(true);
  });

  it("keeps every field within Teams' limits", () => {
    const oversized = citation({
      publisher: "A publisher with a very long name ".repeat(4),
      title: "A title ".repeat(20),
      quote: "word ".repeat(100),
      published: "2024-07-15",
    });
    for (const cited of [answer, support, noUrl, oversized]) {
      const { appearance } = claimOf(cited, 2);
      expect(appearance.name.length).toBeLessThanOrEqual(MAX_NAME);
      expect(appearance.abstract.length).toBeLessThanOrEqual(MAX_ABSTRACT);
      for (const keyword of appearance.keywords ?? []) expect(keyword.length).toBeLessThanOrEqual(MAX_KEYWORD);
    }
  });

  it("dates a claim only as precisely as the source is dated, and leaves out an unknown URL", () => {
    expect(claimOf(support, 2).appearance.keywords).toEqual(["July 2024"]);
    expect(noUrl.url).toBeNull();
    expect(claimOf(noUrl, 3).appearance).not.toHaveProperty("url");
  });
});

describe("citationEntity", () => {
  it("is the schema.org Message entity Teams reads, with at most 20 claims", () => {
    const claims = Array.from({ length: 25 }, (_, i) => claimOf(citation(), i + 1));
    const entity = citationEntity(claims);
    expect(entity).toMatchObject({ type: "https://schema.org/Message", "@type": "Message", "@context": "https://schema.org" });
    expect(entity.citation).toHaveLength(MAX_CITATIONS);
    expect(entity.citation.at(-1)?.position).toBe(20);
  });
});
