import { deflateSync } from 'node:zlib';

/**
 * Pictures for the demo's accommodations, drawn here rather than shipped or fetched: a Provence
 * landscape (sky, sun, hills and rows of lavender) as a PNG, its tones varied per picture.
 */
const WIDTH = 480;
const HEIGHT = 320;

type Rgb = readonly [number, number, number];

export interface DemoScene {
  readonly sky: Rgb;
  readonly hill: Rgb;
  readonly field: Rgb;
  readonly sunX: number;
}

export const DEMO_SCENES: readonly DemoScene[] = [
  { sky: [120, 180, 230], hill: [110, 140, 90], field: [140, 110, 190], sunX: 0.8 },
  { sky: [240, 170, 120], hill: [150, 120, 90], field: [120, 90, 170], sunX: 0.25 },
  { sky: [150, 200, 235], hill: [90, 130, 80], field: [170, 150, 90], sunX: 0.6 },
];

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * t);
  return [channel(0), channel(1), channel(2)];
}

function pixel(scene: DemoScene, x: number, y: number): Rgb {
  const u = x / WIDTH;
  const v = y / HEIGHT;
  const horizon = 0.45 + 0.08 * Math.sin(u * 5 + scene.sunX * 3);
  if (v < horizon) {
    const sun = Math.hypot(u - scene.sunX, (v - 0.18) * 1.5);
    if (sun < 0.06) return [255, 236, 170];
    return mix(scene.sky, [255, 255, 255], Math.min(1, v / horizon) * 0.5 + Math.max(0, 0.2 - sun));
  }
  if (v < horizon + 0.12) return mix(scene.hill, [40, 60, 40], (v - horizon) / 0.12 * 0.4);
  const depth = (v - horizon - 0.12) / (1 - horizon - 0.12);
  const row = Math.sin((u - 0.5) * (8 + depth * 40) / (0.3 + depth) + depth * 60) > 0.2;
  return row ? mix(scene.field, [255, 255, 255], 0.15 * (1 - depth)) : mix([90, 120, 60], [50, 70, 30], depth);
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

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The scene as a PNG (8-bit RGB, no interlace). */
export function demoPhoto(scene: DemoScene): Buffer {
  const rows = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    const start = y * (WIDTH * 3 + 1);
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = pixel(scene, x, y);
      rows.writeUInt8(r, start + 1 + x * 3);
      rows.writeUInt8(g, start + 2 + x * 3);
      rows.writeUInt8(b, start + 3 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
