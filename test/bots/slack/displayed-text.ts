/** Every string Slack displays in a message: the `text` fields, wherever nested. Button values are data Slack never shows. */
export function displayedText(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(displayedText);
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, value]) => (key === "text" && typeof value === "string" ? [value] : displayedText(value)));
  }
  return [];
}
