import http, { type IncomingMessage } from "node:http";
import https from "node:https";

/** Statuses whose response has no body: a Response made with one throws. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The fetch the Slack Web API client calls Slack with (its `fetch` option, which @slack/web-api
 * offers for transport-level behaviour): node:http over Node's kept-alive global agents, answering
 * with a WHATWG Response as fetch does. Node's own fetch (undici) cost a chat.postMessage about
 * 3 ms of CPU on the 2-core machine, more than the rest of answering a mention (0.65 ms); this
 * costs about a fifth of it (`npm run bench`, app_mention). The client sends strings only (JSON or
 * a form); anything else (a file upload's FormData) goes to Node's fetch.
 *
 * As fetch: an answer of any status resolves; no answer rejects with TypeError("fetch failed")
 * and the system's error as its cause (start-error.ts reads `cause.code`); a redirect is not
 * followed (the client asks for `redirect: "error"`, and treats any status but 200 and 429 as
 * an error).
 */
export function webApiFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  if (input instanceof Request || (init.body != null && typeof init.body !== "string")) return fetch(input, init);
  const url = new URL(input);
  // Looked up on the module at each call, not imported by name: what replaces a module's request
  // (nock, in the tests; an APM agent) replaces it on the module object.
  const send = url.protocol === "https:" ? https.request : url.protocol === "http:" ? http.request : null;
  if (!send) return fetch(input, init);
  return new Promise((resolve, reject) => {
    const failed = (cause: unknown) => reject(new TypeError("fetch failed", { cause }));
    const request = send(url, { method: init.method ?? "GET", headers: headersOf(init.headers), signal: init.signal ?? undefined }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", failed);
      response.on("end", () => {
        try {
          resolve(responseOf(response, Buffer.concat(chunks)));
        } catch (error) {
          failed(error);
        }
      });
    });
    request.on("error", failed);
    request.end(init.body ?? undefined);
  });
}

function headersOf(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}

function responseOf(response: IncomingMessage, body: Buffer): Response {
  const status = response.statusCode ?? 0;
  const headers = new Headers();
  for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i], response.rawHeaders[i + 1]);
  return new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, statusText: response.statusMessage, headers });
}
