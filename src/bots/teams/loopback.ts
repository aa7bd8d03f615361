import type { IncomingMessage } from "node:http";

const LOOPBACK_NAME = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/i;

/** Whether a serviceUrl points at this machine: in Emulator mode nothing else may be replied to. */
export function isLocalUrl(url: string): boolean {
  try {
    return LOOPBACK_NAME.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Whether a request was addressed to a loopback name with the port it arrived on. Listening on
 * 127.0.0.1 is not enough: a reverse proxy on the same machine forwards the internet's requests
 * with their own Host, and a DNS-rebinding page in a local browser sends its own name.
 */
export function isAddressedToLoopback(req: IncomingMessage): boolean {
  const match = /^(.+):(\d+)$/.exec(req.headers.host ?? "");
  return match !== null && LOOPBACK_NAME.test(match[1]) && Number(match[2]) === req.socket.localPort;
}

/** Whether a listening address is this machine's loopback interface only. */
export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);
}
