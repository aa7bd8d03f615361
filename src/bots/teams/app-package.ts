import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";

/** Where manifest.json and the two icons live. */
const APP_DIR = join("src", "bots", "teams");
/** The manifest's stand-in for the bot's app id, replaced when the package is built. */
export const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

/** The parts of Teams' app manifest (src/bots/teams/manifest.json) this package fills in or names. */
export type AppManifest = Record<string, unknown> & {
  id: string;
  version: string;
  name: { short: string };
  bots: { botId: string; commandLists: { commands: { title: string }[] }[] }[];
  composeExtensions: { botId: string }[];
  icons: { color: string; outline: string };
};

/**
 * The Teams app package: a zip of manifest.json and its two icons (32×32 outline, 192×192 colour),
 * with the bot's app id (MicrosoftAppId) as the app's, the bot's and the search extension's id.
 */
export async function buildAppPackage(appId: string | undefined): Promise<{ zip: Buffer; manifest: AppManifest }> {
  const manifest = JSON.parse(readFileSync(join(APP_DIR, "manifest.json"), "utf8")) as AppManifest;
  if (appId) {
    manifest.id = appId;
    for (const bot of manifest.bots) bot.botId = appId;
    for (const extension of manifest.composeExtensions) extension.botId = appId;
  }
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  zip.file(manifest.icons.color, readFileSync(join(APP_DIR, manifest.icons.color)));
  zip.file(manifest.icons.outline, readFileSync(join(APP_DIR, manifest.icons.outline)));
  return { zip: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), manifest };
}
