import { App, HTTPReceiver, type RespondArguments } from "@slack/bolt";
import { BENCH_SECRET } from "./spawn-server.js";

/**
 * Bolt's own floor: its HTTPReceiver and App with one /kaspersky listener that acknowledges with
 * a fixed reply of the size of a real answer, and nothing else. What the bot adds to a slash
 * command is the distance between this and the real endpoint; what Bolt costs is the distance
 * between this and bare node:http.
 */
const receiver = new HTTPReceiver({ signingSecret: BENCH_SECRET, endpoints: ["/slack/events"] });
const app = new App({ token: "xoxb-bench", receiver, botId: "BBENCH", botUserId: "UBENCH", tokenVerificationEnabled: false, convoStore: false });
const reply: RespondArguments = {
  response_type: "ephemeral",
  text: "September 29, 2024.",
  blocks: [{ type: "section", text: { type: "mrkdwn", text: "x".repeat(2500) } }],
};
app.command("/kaspersky", async ({ ack }) => {
  await ack(reply);
});
const server = await app.start({ port: 0, host: "127.0.0.1" });
const address = (server as import("node:http").Server).address() as import("node:net").AddressInfo;
console.log(`Listening on http://127.0.0.1:${address.port}`);
