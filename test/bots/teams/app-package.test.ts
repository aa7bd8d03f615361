import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { inflateSync } from "node:zlib";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { SEARCH_COMMAND } from "../../../src/bots/teams/message-extension.js";

const run = promisify(execFile);
const APP_ID = "8c1c0e8e-3b0a-4a1e-9f55-2f4b6d1e7a10";

/** Width, height and RGBA pixels of a PNG written with filter type 0 on every row, as ours are. */
function decodePng(png: Buffer): { width: number; height: number; alpha: number[]; rgb: number[][] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 10)]).toEqual([8, 6]); // 8-bit RGBA
    }
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const alpha: number[] = [];
  const rgb: number[][] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 4;
      rgb.push([raw[p], raw[p + 1], raw[p + 2]]);
      alpha.push(raw[p + 3]);
    }
  }
  return { width, height, alpha, rgb };
}

let zip: JSZip;
let manifest: Record<string, any>;
let stdout: string;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), "teams-package-")), "app.zip");
  ({ stdout } = await run("npm", ["run", "-s", "teams:package", "--", out], { env: { ...process.env, MicrosoftAppId: APP_ID } }));
  zip = await JSZip.loadAsync(readFileSync(out));
  manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
});

describe("npm run teams:package", () => {
  it("writes a zip of the manifest and its two icons", () => {
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(stdout).toMatch(/wrote .*app\.zip: Kaspersky Answers 1\.0\.0, bot 8c1c0e8e-.*, commands help, sources, timeline/);
  });

  it("names the bot by its app id, in chat, channels and group chats, with its commands", () => {
    expect(manifest.id).toBe(APP_ID);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(APP_ID);
    expect(bot.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(["help", "sources", "timeline"]);
  });

  it("declares the search message extension the bot answers", () => {
    const [extension] = manifest.composeExtensions;
    expect(extension.botId).toBe(APP_ID);
    const [command] = extension.commands;
    expect(command).toMatchObject({ id: SEARCH_COMMAND, type: "query", initialRun: true });
    expect(command.parameters[0].name).toBe(SEARCH_COMMAND);
  });

  it("stays within the manifest schema's length limits", () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    for (const c of manifest.bots[0].commandLists[0].commands) {
      expect(c.title.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeLessThanOrEqual(128);
    }
  });

  it("has a 192×192 colour icon and a 32×32 outline icon, white on transparent", async () => {
    const color = decodePng(await zip.file(manifest.icons.color)!.async("nodebuffer"));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.alpha.every((a) => a === 255)).toBe(true);

    const outline = decodePng(await zip.file(manifest.icons.outline)!.async("nodebuffer"));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(outline.alpha.some((a) => a === 0)).toBe(true);
    expect(outline.alpha.some((a) => a === 255)).toBe(true);
    outline.rgb.forEach((rgb, i) => {
      if (outline.alpha[i] > 0) expect(rgb).toEqual([255, 255, 255]);
    });
  });
});
