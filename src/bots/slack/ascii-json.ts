/**
 * `value` as JSON in plain ASCII: every character past "~" written as a \uXXXX escape, which JSON
 * allows and Slack reads as the character. V8 keeps a string whose characters all fit in a byte
 * one byte a character; a single “ or 👍 in an answer makes all 3 KB of it two bytes a character,
 * which Node then encodes again, to UTF-8, for the socket.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
