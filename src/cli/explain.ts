import type { Answer } from "../answer/answer-schema.js";
import type { Trace } from "../answer/ask.js";

const n = (x: number) => x.toFixed(2);

/** `ask --explain`: what each stage decided, for debugging a wrong answer. */
export function renderExplanation(trace: Trace, answer: Answer): string {
  const q = trace.question;
  const lines: string[] = [];
  if (trace.parts) lines.push(`parts     ${trace.parts.map((p) => JSON.stringify(p)).join(" · ")} (each answered on its own)`);
  if (q) {
    lines.push(
      `parse     intent=${q.intent} focus=[${q.focus.join(" ")}] sources=[${q.sourceIds.join(",")}]${q.speaker ? ` speaker=${q.speaker}` : ""}${q.claimed.length ? ` claimed=${q.claimed.map((c) => c.text).join(",")}` : ""}${q.unknownEntities.length ? ` unknown=[${q.unknownEntities.join(", ")}]` : ""}`,
    );
    lines.push(`          terms: ${q.terms.map((t) => `${t.term}${t.known ? "" : "?"}:${n(t.weight)}`).join(" ")}`);
  }
  for (const m of trace.facts?.slice(0, 3) ?? []) {
    lines.push(
      `bank      ${n(m.score)} ${m.fact.id} (closeness ${n(m.closeness)}, coverage ${n(m.coverage)}, intent ${n(m.intentFit)}, scope ${n(m.scopeFit)}, focus ${n(m.focusFit)}, claim ${n(m.claimFit)}) via "${m.phrasing.text}"`,
    );
  }
  for (const e of trace.ranked?.slice(0, 5) ?? []) {
    lines.push(
      `passages  ${n(e.score)} ${e.passage.sourceId}#${e.passage.id} (coverage ${n(e.coverage)}, relevance ${n(e.relevance)}, fit ${n(e.fit)}${e.value ? `, ${e.value.kind}` : ""}) ${e.passage.text.slice(0, 70)}…`,
    );
  }
  lines.push(`decide    ${trace.route}${trace.runnerUp ? ` + runner-up ${trace.runnerUp}` : ""} → ${answer.status} (confidence ${n(answer.confidence)})`);
  lines.push(`cite      ${answer.citations.map((c) => `${c.sourceId}@${c.start}-${c.end} ${c.role}`).join(", ") || "none"}`);
  return lines.join("\n");
}
