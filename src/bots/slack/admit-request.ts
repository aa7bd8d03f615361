import type { IncomingMessage, ServerResponse } from "node:http";
import { bufferIncomingMessage, isRawBodyError, parseHTTPRequestBody } from "./bolt.js";
import { z } from "zod";
import { sendJson } from "../../json-response.js";

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

/**
 * Reads the body before Bolt's HTTPReceiver does (Bolt reuses a buffered `req.rawBody`) and
 * refuses at once, with 413 or 400, what is too large or not a payload this app is sent.
 * Without it Bolt 5.1 throws an unhandled rejection on a JSON `null`, answers 500 when a field
 * it reads is missing, and holds a body it cannot dispatch for 3 seconds before a 404.
 * Signatures are still Bolt's to check: this looks at the shape only, so a malformed forgery
 * gets 400 rather than 401.
 */
export async function admitSlackRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  let body: unknown;
  try {
    const buffered = await bufferIncomingMessage(req, MAX_SLACK_BODY_BYTES);
    body = parseHTTPRequestBody(buffered);
  } catch (error) {
    const tooLarge = isRawBodyError(error) && (error as { statusCode: number }).statusCode === 413;
    refuse(res, tooLarge ? 413 : 400, tooLarge ? "body too large" : "malformed body");
    return false;
  }
  if (isOutsideWindow(req.headers["x-slack-request-timestamp"])) {
    refuse(res, 401, "request timestamp is more than five minutes from now");
    return false;
  }
  if (!schemaFor(body)?.safeParse(body).success) {
    refuse(res, 400, "not an event, command or interaction this app handles");
    return false;
  }
  return true;
}

/** A missing or malformed timestamp is left to Bolt, which refuses it with 401 too. */
function isOutsideWindow(header: string | string[] | undefined): boolean {
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Date.now() / 1000 - Number(header)) > SIGNATURE_WINDOW_S;
}

function refuse(res: ServerResponse, status: number, error: string): void {
  // The rest of a refused large body is still on the connection: it cannot carry another request.
  sendJson(res, status, { error }, status === 413 ? { connection: "close" } : {});
}
