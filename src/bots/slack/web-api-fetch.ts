import http, { type IncomingMessage } from "node:http";
import https from "node:https";

export const WEB_API_FETCH_DEFAULTS = {
  /**
   * A call that gets no answer for this long fails (ms). The client sets no timeout of its own; Node's
   * fetch gave up after 300 s without response headers, and a call never answered held one of the
   * client's 100 request slots, and shutdown's wait for replies, until then.
   */
  timeoutMs: 30_000,
};

/** Statuses whose response has no body: a Response made with one throws. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The fetch the Slack Web API client calls Slack with (its `fetch` option, which @slack/web-api
 * offers for transport-level behaviour): node:http over Node's kept-alive global agents, answering
 * with a WHATWG Response as fetch does. Node's own fetch (undici) cost a chat.postMessage about
 * 3 ms of CPU on the 2-core machine, more than the rest of answering a mention (0.65 ms); with
 * this a mention costs about 1.7 ms in all. The client sends strings only (JSON or a form) and
 * asks for `redirect: "error"`; anything else (a file upload's FormData, another redirect mode)
 * goes to Node's fetch.
 *
 * As fetch: an answer of any status but a redirect resolves; no answer rejects with
 * TypeError("fetch failed") and the system's error as its cause (start-error.ts reads
 * `cause.code`), as does a redirect; an aborted call rejects with the signal's reason.
 */
export function webApiFetch(input: string | URL | Request, init: RequestInit = {}, options = WEB_API_FETCH_DEFAULTS): Promise<Response> {
  if (input instanceof Request || (init.body != null && typeof init.body !== "string") || init.redirect !== "error") return fetch(input, init);
  const url = new URL(input);
  // Looked up on the module at each call, not imported by name: what replaces a module's request
  // (nock, in the tests; an APM agent) replaces it on the module object.
  const send = url.protocol === "https:" ? https.request : url.protocol === "http:" ? http.request : null;
  if (!send) return fetch(input, init);
  const signal = init.signal ?? undefined;
  return new Promise((resolve, reject) => {
    const failed = (cause: unknown) => reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause }));
    const request = send(url, { method: init.method ?? "GET", headers: headersOf(init.headers), signal }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        return failed(new Error(`redirected (HTTP ${status}) to ${response.headers.location ?? "nowhere"}`));
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", failed);
      response.on("end", () => {
        try {
          resolve(responseOf(response, Buffer.concat(chunks), url));
        } catch (error) {
          failed(error);
        }
      });
    });
    request.setTimeout(options.timeoutMs, () => request.destroy(Object.assign(new Error(`no answer in ${options.timeoutMs / 1000} s`), { code: "ETIMEDOUT" })));
    request.on("error", failed);
    request.end(init.body ?? undefined);
  });
}

function headersOf(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}

function responseOf(response: IncomingMessage, body: Buffer, url: URL): Response {
  const status = response.statusCode ?? 0;
  const headers = new Headers();
  for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) headers.append(response.rawHeaders[i], response.rawHeaders[i + 1]);
  const answer = new Response(NULL_BODY.has(status) ? null : new Uint8Array(body), { status, statusText: response.statusMessage, headers });
  // The client reads `url` to tell a file's body from an error's (admin.analytics.getFile); a made Response has none.
  Object.defineProperty(answer, "url", { value: url.href });
  return answer;
}
