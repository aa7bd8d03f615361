import type { IncomingMessage, ServerResponse } from "node:http";
import { parse } from "node:querystring";
import { z } from "zod";
import { sendJson } from "../../json-response.js";
import type { RequestLog } from "../../log.js";
import { bufferIncomingMessage, isRawBodyError, verifySlackRequest } from "./bolt.js";

/**
 * A signature is good for five minutes either side of its timestamp. Bolt 5.1 refuses only
 * requests dated too far in the past: one dated a year ahead could be replayed for a year.
 */
export const SIGNATURE_WINDOW_S = 5 * 60;

/** Slack's own payloads are far smaller; a body past this is refused with 413 before it is parsed. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

const id = z.string().max(255);
/**
 * Workspace and organisation ids ("T0123ABC", "E0123ABC"). Bolt 5.1 keeps a client per team in
 * a plain object, so a team id such as "toString" would reach Object.prototype and throw.
 */
const teamId = z.string().regex(/^[A-Z0-9]{1,40}$/);
const object = z.object({}).loose();
const teams = { team_id: teamId.nullish(), enterprise_id: teamId.nullish() };

/**
 * The payloads this app is sent (its manifest subscribes to events, one slash command and
 * buttons), with the fields Bolt reads before any listener runs. Anything else is not for us.
 */
const SslCheck = z.object({ ssl_check: z.literal("1") }).loose();
const UrlVerification = z.object({ type: z.literal("url_verification"), challenge: z.string() }).loose();
const EventEnvelope = z
  .object({
    type: z.literal("event_callback"),
    event: z.object({ type: z.string(), channel: z.union([id, object]).optional(), item: object.optional(), team: teamId.optional() }).loose(),
    authorizations: z.array(z.object(teams).loose()).optional(),
    ...teams,
  })
  .loose();
const SlashCommand = z.object({ command: z.string(), text: z.string().optional(), user_id: id.optional(), ...teams }).loose();
const BlockActions = z
  .object({
    type: z.literal("block_actions"),
    user: z.object({ id, team_id: teamId.optional() }).loose(),
    actions: z.array(z.object({ action_id: z.string(), type: z.string().optional() }).loose()).min(1),
    team: z.object({ id: teamId }).loose().nullish(),
    enterprise: z.object({ id: teamId }).loose().nullish(),
    // Bolt reads `channel.id` whenever `channel` is not undefined: null would throw.
    channel: object.optional(),
  })
  .loose();

/**
 * The schema for what Bolt 5.1 will take a body to be. Bolt decides by which fields are present,
 * in this order (HTTPReceiver, then getTypeAndConversation), whatever the body's `type` says: a
 * slash command that also has an `event` field is handled as an event, and crashes on it. So a
 * body is checked as the kind Bolt will handle it as, not as any kind it might match.
 * Null: a kind this app never handles (options, shortcuts, views) or not an object at all.
 */
function schemaFor(body: unknown): z.ZodType | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  if (b.ssl_check === "1") return SslCheck;
  if (b.type === "url_verification") return UrlVerification;
  if (b.event !== undefined) return EventEnvelope;
  if (b.command !== undefined) return SlashCommand;
  if (b.name !== undefined || b.type === "block_suggestion") return null;
  if (b.actions !== undefined || b.type === "dialog_submission") return BlockActions;
  return null;
}

/** What the guard needs besides the request: the app's signing secret, and the request's log. */
export type Admission = { signingSecret: string; log: RequestLog };

/**
 * The edge of /slack/events, before Bolt's HTTPReceiver (which reuses a buffered `req.rawBody`):
 * refuses at once, with 413, 400 or 401, what is too large, not a payload this app is sent, or
 * not signed by Slack. Without it Bolt 5.1 throws an unhandled rejection on a JSON `null`,
 * answers 500 when a field it reads is missing, and holds a body it cannot dispatch for 3 seconds
 * before a 404. The shape is checked before the signature, so a malformed forgery gets 400.
 *
 * The signature is checked here, with Bolt's own verifySlackRequest over the same text, and the
 * receiver's check is turned off (slack-app.ts): checked there too it cost every request a
 * second parse of its body (Bolt parses a form to find ssl_check before it verifies) and a second
 * pair of HMACs, and its warning could not say which request it was about.
 */
export async function admitSlackRequest(req: IncomingMessage, res: ServerResponse, { signingSecret, log }: Admission): Promise<Admitted | null> {
  let buffered: Awaited<ReturnType<typeof bufferIncomingMessage>>;
  let read: SlackBody;
  try {
    buffered = await bufferIncomingMessage(req, MAX_SLACK_BODY_BYTES);
    read = readBody(buffered);
  } catch (error) {
    const tooLarge = isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413;
    refuse(res, tooLarge ? 413 : 400, tooLarge ? "body too large" : "malformed body");
    return null;
  }
  if (read.sslCheck) {
    // Slack's ssl_check is not signed. As Bolt does, anything sent with it is dropped, so that
    // no unsigned payload reaches the app; Bolt answers it.
    buffered.rawBody = Buffer.from("ssl_check=1");
    return "other";
  }
  if (isOutsideWindow(req.headers["x-slack-request-timestamp"])) {
    refuse(res, 401, "request timestamp is more than five minutes from now");
    return null;
  }
  const schema = schemaFor(read.body);
  if (!schema?.safeParse(read.body).success) {
    refuse(res, 400, "not an event, command or interaction this app handles");
    return null;
  }
  const signature = req.headers["x-slack-signature"];
  const timestamp = req.headers["x-slack-request-timestamp"];
  try {
    if (typeof signature !== "string" || typeof timestamp !== "string")
      throw new Error("Failed to verify authenticity: the signature or its timestamp is missing");
    verifySlackRequest({ signingSecret, body: read.text, headers: { "x-slack-signature": signature, "x-slack-request-timestamp": Number(timestamp) } });
  } catch (error) {
    log().warn(`Failed to parse and verify the request data: ${(error as Error).message}`);
    refuse(res, 401, "not signed with this app's signing secret");
    return null;
  }
  return schema === SlashCommand ? "command" : "other";
}

/** What was let through: a slash command, or another payload this app is sent. */
export type Admitted = "command" | "other";

type SlackBody = { text: string; body: unknown; sslCheck: boolean };

/**
 * The body as Bolt's HTTPReceiver will read it (its parseHTTPRequestBody): a form's fields, or the
 * JSON of its `payload` field when it has one, or JSON; and whether it is Slack's ssl_check, which
 * Bolt tells from the form's fields. Throws on what is not JSON where JSON is due.
 */
function readBody(req: { rawBody: Buffer; headers: IncomingMessage["headers"] }): SlackBody {
  const text = req.rawBody.toString();
  // Bolt compares the whole header, parameters and all.
  if (req.headers["content-type"] !== "application/x-www-form-urlencoded") return { text, body: JSON.parse(text), sslCheck: false };
  const fields = parse(text);
  return { text, body: typeof fields.payload === "string" ? JSON.parse(fields.payload) : fields, sslCheck: fields.ssl_check === "1" };
}

/** A missing or malformed timestamp fails the signature check below. */
function isOutsideWindow(header: string | string[] | undefined): boolean {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Date.now() / 1000 - Number(header)) > SIGNATURE_WINDOW_S;
}

function refuse(res: ServerResponse, status: number, error: string): void {
  // The rest of a refused large body is still on the connection: it cannot carry another request.
  sendJson(res, status, { error }, status === 413 ? { connection: "close" } : {});
}
