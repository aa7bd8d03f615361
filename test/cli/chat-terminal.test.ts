import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { FOLLOW_UPS } from "../fixtures/follow-ups.js";
import { seeds } from "../helpers.js";

/**
 * `npm run chat` (what it runs once dist/ is built, test/build-dist.ts) in a real pseudo-terminal,
 * as a person types into it: `script` (util-linux)
 * runs it on a pty and passes our keystrokes through, so readline sees a terminal, echoes and
 * prompts, and Ctrl-D ends the session.
 */
function terminal() {
  const child = spawn("script", ["-qfec", `${JSON.stringify(process.execPath)} dist/chat.js`, "/dev/null"], { stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (screen += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    type: (text: string) => child.stdin.write(text),
    /** Resolves with everything shown so far once `pattern` has appeared `count` times. */
    async waitFor(pattern: string, count = 1, ms = 20_000): Promise<string> {
      const deadline = Date.now() + ms;
      while (screen.split(pattern).length - 1 < count) {
        if (Date.now() > deadline) throw new Error(`no ${JSON.stringify(pattern)} ×${count} on the screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return screen;
    },
    exited,
    kill: () => child.kill(),
  };
}

describe("npm run chat in a terminal", () => {
  it("reads each follow-up in the light of the last answer, keeps it through chatter, and ends on Ctrl-D", async () => {
    const chat = terminal();
    try {
      await chat.waitFor("> ");
      for (const [i, f] of FOLLOW_UPS.entries()) {
        chat.type(`${f.first}\r`);
        await chat.waitFor(ask(seeds(), f.first).answer);
        if (i === 0) {
          chat.type("thanks!\r");
          await chat.waitFor("That's outside what I can answer");
        }
        chat.type(`${f.followUp}\r`);
        const screen = await chat.waitFor("(read as: “", i + 1);
        // What the follow-up was answered, as the engine answers it in this conversation.
        const followUp = ask(seeds(), f.followUp, { previous: { question: f.first, answer: ask(seeds(), f.first).answer } });
        expect(followUp.answer).toMatch(f.answer);
        if (f.not) expect(followUp.answer).not.toMatch(f.not);
        expect(screen).toContain(`${followUp.answer}\r\n  (read as: “${followUp.readAs}”)`);
      }
      chat.type("\u0004");
      expect(await chat.exited).toBe(0);
    } finally {
      chat.kill();
    }
  });
});
