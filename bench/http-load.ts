import autocannon from "autocannon";
import { burstOf1000, sendBurst, type Burst, type BurstTimes } from "./burst.js";
import { appMention, slackSigned, slashCommand, teamsMessage } from "./requests.js";
import { benchEnv, spawnBare, spawnListening, spawnServer } from "./spawn-server.js";
import { median } from "./stats.js";
import { slackApi, teamsConnector } from "./stand-ins.js";

export type HttpRow = { target: string; requestsPerSecond: number; ofBare: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };
/** The bars of issue 11 that the HTTP runs measure, each with the figure it is judged on. */
export type Bars = { kasperskyOfBolt: number; mentionP99Ms: number; burstSlackAckP99Ms: number };
/**
 * The burst, `rounds` times over, each round at the bot, at Bolt alone and at bare node:http in
 * turn: Bolt alone is the floor of any Slack app's acknowledgement on this machine; bare node:http
 * what the burst costs it (connections, load generator) before any server work. One burst's p99
 * is the ninth-slowest of 750 acknowledgements: on two cores shared with the load generator it
 * varied from 56 to 263 ms at bare node:http alone, from one burst to the next, so each figure is
 * judged as the median of the rounds, every round kept.
 */
export type BurstRounds = { bot: Burst[]; boltAlone: BurstTimes[]; bare: BurstTimes[] };
export type HttpResults = { rows: HttpRow[]; bursts: BurstRounds; bars: Bars; serverPeakRssMB: number };

export const BOLT_ALONE = "Bolt alone: fixed /kaspersky reply";
export const KASPERSKY = "POST /slack/events: /kaspersky";
export const MENTION = "POST /slack/events: app_mention";

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const JSON_TYPE = { "content-type": "application/json" };

/**
 * Requests per second and latency of each endpoint of the running server (`npm start`, its own
 * process), beside a bare node:http server (also its own process) in the same run, the load
 * generated from this process; then `bursts` rounds of a burst of 1,000 concurrent mixed requests
 * (bench/burst.ts), at the server, at Bolt alone and at bare node:http (see BurstRounds).
 */
export async function measureHttp(options = { connections: 100, seconds: 10, bursts: 5 }): Promise<HttpResults> {
  const [slack, connector] = await Promise.all([slackApi(), teamsConnector()]);
  const bare = await spawnBare();
  const floor = await spawnListening(["--import", "tsx", "bench/bolt-floor.ts"]);
  const bot = await spawnServer(benchEnv({ SLACK_API_URL: `${slack.url}api/` }));
  const run = (target: string, url: string, request: Partial<autocannon.Options>) => load(target, url, request, options);
  try {
    let n = 0;
    const command = slashCommand(0);
    const raw = [
      await run("bare node:http (before)", bare.url, { method: "GET" }),
      await run("GET /healthz", `${bot.url}/healthz`, { method: "GET" }),
      await run(BOLT_ALONE, `${floor.url}/slack/events`, { method: "POST", body: command, headers: { ...FORM, ...slackSigned(command) } }),
      await run(KASPERSKY, `${bot.url}/slack/events`, { method: "POST", body: command, headers: { ...FORM, ...slackSigned(command) } }),
      await run(MENTION, `${bot.url}/slack/events`, {
        requests: [{ method: "POST", setupRequest: (r) => withBody(r, appMention(++n), JSON_TYPE, true) }],
      }),
      await run("POST /api/messages: Teams message", `${bot.url}/api/messages`, {
        requests: [{ method: "POST", setupRequest: (r) => withBody(r, teamsMessage(++n, connector.url), JSON_TYPE, false) }],
      }),
      await run("bare node:http (after)", bare.url, { method: "GET" }),
    ];
    const bareRps = (raw[0].requestsPerSecond + raw.at(-1)!.requestsPerSecond) / 2;
    const rows = raw.map((r) => ({ ...r, ofBare: r.requestsPerSecond / bareRps }));
    const bursts: BurstRounds = { bot: [], boltAlone: [], bare: [] };
    for (let round = 0; round < options.bursts; round++) {
      bursts.bot.push(
        await burstOf1000(
          bot.url,
          connector.url,
          () => slack.calls,
          () => connector.calls,
          n,
        ),
      );
      n += 250; // each round's mentions and messages are new events, not retries
      // Bolt alone has no Teams route: its 250 Teams requests are answered 404, as quickly as a bare server would.
      bursts.boltAlone.push(await sendBurst(floor.url, connector.url, n));
      bursts.bare.push(await sendBurst(bare.url, connector.url, n));
    }
    const row = (target: string) => rows.find((r) => r.target === target)!;
    const bars = {
      kasperskyOfBolt: row(KASPERSKY).requestsPerSecond / row(BOLT_ALONE).requestsPerSecond,
      mentionP99Ms: row(MENTION).p99Ms,
      burstSlackAckP99Ms: median(bursts.bot.map((b) => b.slackAckP99Ms)),
    };
    return { rows, bursts, bars, serverPeakRssMB: bot.peakRssMB() };
  } finally {
    await Promise.all([bot.stop(), floor.stop(), bare.stop()]);
    await Promise.all([slack.stop(), connector.stop()]);
  }
}

function withBody(request: autocannon.Request, body: string, headers: Record<string, string>, signed: boolean): autocannon.Request {
  return { ...request, body, headers: { ...headers, ...(signed ? slackSigned(body) : {}) } };
}

async function load(
  target: string,
  url: string,
  request: Partial<autocannon.Options>,
  options: { connections: number; seconds: number },
): Promise<Omit<HttpRow, "ofBare">> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, ...request });
  return {
    target,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
