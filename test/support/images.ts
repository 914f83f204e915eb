import { crc32, deflateSync } from 'node:zlib';

/**
 * Tiny real images built byte by byte, and files that only pretend to be one. The PNG is a true
 * image any reader draws; the JPEG is a genuine 8-bit greyscale baseline (one block, every
 * coefficient zero); the WebPs are libwebp's smallest lossy and lossless files.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
}

export interface PngOptions {
  /** Every pixel's colour: different colours make different files, hence different ids. */
  readonly rgb?: readonly [number, number, number];
  /** The size IHDR announces, when it is to lie about the pixels that follow. */
  readonly claimed?: { readonly width: number; readonly height: number };
}

/** An 8-bit RGB PNG of one colour. */
export function png(width = 1, height = 1, options: PngOptions = {}): Buffer {
  const { rgb = [200, 80, 40], claimed = { width, height } } = options;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(claimed.width, 0);
  header.writeUInt32BE(claimed.height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', new Uint8Array())]);
}

const segment = (marker: number, data: readonly number[]) => Buffer.from([0xff, marker, (data.length + 2) >> 8, (data.length + 2) & 0xff, ...data]);

export interface JpegOptions {
  /** The start-of-frame marker: 0xC0 baseline, 0xC2 progressive, 0xC3 lossless… */
  readonly frame?: number;
  /** Segments placed between the header and the frame (an EXIF block, say). */
  readonly before?: readonly Buffer[];
}

/**
 * A greyscale JPEG: JFIF header, a quantisation table of ones, the frame, two one-code Huffman
 * tables and a scan of one block (DC difference 0, then end of block: bits 00, padded with ones).
 * The pixels decode only up to 8 × 8; a larger size is a header for the checker to read.
 */
export function jpeg(width = 1, height = 1, options: JpegOptions = {}): Buffer {
  const { frame = 0xc0, before = [] } = options;
  const oneCode = (tableClass: number) => [tableClass, 1, ...new Array<number>(15).fill(0), 0x00];
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...before,
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(frame, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    segment(0xc4, oneCode(0x00)),
    segment(0xc4, oneCode(0x10)),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    Buffer.from([0x3f, 0xff, 0xd9]),
  ]);
}

/** An APP1 segment holding what looks like an embedded thumbnail's end marker. */
export const exifWithThumbnailEnd = segment(0xe1, [...Buffer.from('Exif\0\0', 'latin1'), 0xff, 0xd8, 0xff, 0xd9]);

/** libwebp's 1 × 1 lossless (VP8L) image. */
export const webpLossless = (): Buffer => Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

/** libwebp's 1 × 1 lossy (VP8) image. */
export const webpLossy = (): Buffer => Buffer.from('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA', 'base64');

/** The lossless image in the extended format, its VP8X canvas announcing `width` × `height`. */
export function webpExtended(width = 1, height = 1): Buffer {
  const canvas = Buffer.alloc(10);
  canvas[0] = 0x10; // alpha
  canvas.writeUIntLE(width - 1, 4, 3);
  canvas.writeUIntLE(height - 1, 7, 3);
  const vp8x = Buffer.concat([Buffer.from('VP8X', 'latin1'), u32le(10), canvas]);
  const lossless = webpLossless().subarray(12);
  return riff(Buffer.concat([vp8x, lossless]));
}

function riff(chunks: Buffer): Buffer {
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(4 + chunks.length), Buffer.from('WEBP', 'latin1'), chunks]);
}

function u32le(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

/** A 1 × 1 GIF: a real image, of a format the app does not take. */
export const gif = (): Buffer => Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const svg = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(document.cookie)</script><rect width="1" height="1"/></svg>');

export const htmlPage = (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

export const pdfFile = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
