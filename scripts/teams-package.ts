import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildAppPackage } from "../src/bots/teams/app-package.js";

/**
 * `npm run teams:package [-- OUT.zip]`: writes the Teams app package (default dist/teams-app.zip)
 * for the bot whose app id is in MicrosoftAppId. Upload it in Teams: Apps → Manage your apps → Upload an app.
 */
const out = process.argv[2] ?? "dist/teams-app.zip";
const appId = process.env.MicrosoftAppId?.trim() || undefined;
if (appId && !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(appId)) {
  console.error("Invalid settings:\n  MicrosoftAppId: must be the bot's app id (a GUID)");
  process.exit(2);
}
const { zip, manifest } = await buildAppPackage(appId);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip);
console.log(
  `wrote ${out}: ${manifest.name.short} ${manifest.version}, bot ${manifest.bots[0].botId}, commands ${manifest.bots[0].commandLists[0].commands.map((c) => c.title).join(", ")}`,
);
if (!appId) console.warn("MicrosoftAppId is not set: the package names no real bot. Set it to the bot's app id before uploading to Teams.");
