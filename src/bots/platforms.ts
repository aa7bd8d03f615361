import { slackPlatform } from "./slack/slack-platform.js";
import { teamsPlatform } from "./teams/teams-platform.js";

/**
 * Every chat platform the server knows, in the order they start. A new platform is a folder
 * under src/bots/ with a Platform definition (see platform.ts), and one line here.
 */
export const PLATFORMS = [slackPlatform, teamsPlatform] as const;

export type RegisteredPlatform = (typeof PLATFORMS)[number];
export type PlatformName = RegisteredPlatform["name"];
