import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

/**
 * Draws the Teams app's two icons as real PNGs (run once; the PNGs are committed):
 * color.png, 192×192, a white speech bubble holding a quotation mark on the accent colour;
 * outline.png, 32×32, the same bubble as a white outline on transparency, as Teams requires.
 * Usage: node --import tsx scripts/make-teams-icons.ts
 */
type Rgba = [number, number, number, number];
const ACCENT: Rgba = [11, 106, 83, 255]; // #0B6A53, the manifest's accentColor
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Shapes in a unit square (0..1): the bubble (a circle with a tail) and a quotation mark inside it. */
const inCircle = (x: number, y: number, cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inTail = (x: number, y: number) => y >= 0.62 && y <= 0.84 && x >= 0.24 && x <= 0.42 && x - 0.24 <= (0.84 - y) * 0.82;
const inBubble = (x: number, y: number) => inCircle(x, y, 0.5, 0.46, 0.32) || inTail(x, y);
/** “ drawn as two dots with short tails. */
const inQuote = (x: number, y: number) =>
  [0.4, 0.6].some(
    (cx) =>
      inCircle(x, y, cx, 0.5, 0.065) ||
      (y >= 0.38 && y <= 0.5 && x >= cx - 0.005 && x <= cx + 0.065 && inCircle(x, y, cx + 0.07, 0.5, 0.13) && !inCircle(x, y, cx + 0.07, 0.5, 0.07)),
  );

function colour(x: number, y: number): Rgba {
  if (inBubble(x, y)) return inQuote(x, y) ? ACCENT : WHITE;
  return ACCENT;
}

function outline(x: number, y: number): Rgba {
  const edge = 0.085; // the stroke: inside the bubble but not inside the bubble shrunk by `edge`
  const shrunk = inCircle(x, y, 0.5, 0.46, 0.32 - edge);
  if (inBubble(x, y) && !shrunk && !(inTail(x, y) && inCircle(x, y, 0.5, 0.46, 0.32 - edge / 2))) return WHITE;
  if (shrunk && (inCircle(x, y, 0.41, 0.47, 0.06) || inCircle(x, y, 0.59, 0.47, 0.06))) return WHITE;
  return CLEAR;
}

/** Renders with 4×4 supersampling so edges are smooth. */
function render(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const [r, g, b, a] = paint((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / 16;
      const rgb = sum.slice(0, 3).map((c) => (sum[3] ? Math.round(c / sum[3]) : 0));
      row.set([...rgb, Math.round(alpha)], 1 + px * 4);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

writeFileSync("src/bots/teams/color.png", render(192, colour));
writeFileSync("src/bots/teams/outline.png", render(32, outline));
console.log("wrote src/bots/teams/color.png (192×192) and src/bots/teams/outline.png (32×32)");
