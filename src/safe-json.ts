/** JSON from outside (a button's value, a stored record): its value, or undefined when it is not JSON. */
export function safeJson(text: unknown): unknown {
  try {
    return typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
