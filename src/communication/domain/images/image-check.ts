import { crc32 } from 'node:zlib';
import { InvalidInput } from '../../../shared/kernel/errors';

/**
 * What the app keeps of an owner's image (a logo, a photo): PNG, JPEG or WebP, recognised by its
 * bytes and never by its name or declared type, with a header that parses.
 *
 * Validation, not re-encoding: no image library is installed and adding one (sharp) was ruled
 * out, so an image is refused unless its structure reads as the format it claims (PNG chunks and
 * their checksums, JPEG segments up to the scan and its end marker, WebP's RIFF chunks) and its
 * size is sane. What this cannot prove is that the compressed pixels decode; and what a
 * re-encoder would have dropped is kept: metadata (a photo's EXIF position included) and, in a
 * JPEG, bytes after the end marker (phones append a second picture there).
 * SVG is refused outright: it is a document that can carry scripts, not an image.
 */

export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

export const IMAGE_TYPES: readonly ImageType[] = ['image/png', 'image/jpeg', 'image/webp'];

export interface CheckedImage {
  readonly contentType: ImageType;
  readonly width: number;
  readonly height: number;
}

/** A photo from a phone fits; a logo is far smaller. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/**
 * Decompression bombs: a few kilobytes of PNG can claim a canvas whose pixels take gigabytes once
 * a reader (the PDF renderer, a guest's browser) unpacks them.
 */
export const MAX_IMAGE_SIDE = 10_000;
export const MAX_IMAGE_PIXELS = 40_000_000;

const NOT_AN_IMAGE = 'must be a PNG, JPEG or WebP image';

export function checkImage(bytes: Uint8Array, declaredType: string | null): CheckedImage {
  if (bytes.length === 0) throw refused(`is empty: ${NOT_AN_IMAGE}`);
  if (bytes.length > MAX_IMAGE_BYTES) throw imageTooLarge(bytes.length);
  const format = FORMATS.find((candidate) => candidate.recognises(bytes));
  if (!format) throw refused(NOT_AN_IMAGE);
  const { width, height } = sizeOf(format, bytes);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    throw refused(`is ${width} × ${height} pixels: an image may be at most ${MAX_IMAGE_SIDE.toLocaleString('en')} pixels a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`);
  }
  const declared = claimedType(declaredType);
  if (declared !== null && declared !== format.type) throw refused(`is sent as ${declared} but is a ${format.name} image: send it as ${format.type}`);
  return { contentType: format.type, width, height };
}

function sizeOf(format: ImageFormat, bytes: Uint8Array): Size {
  try {
    return format.size(bytes);
  } catch (error) {
    if (error instanceof Malformed) throw refused(`is not a readable ${format.name} image: ${error.message}. It may be damaged or incomplete; save it again and send it anew`);
    throw error;
  }
}

/** `size`: how many bytes came, when known. */
export function imageTooLarge(size: number | null): InvalidInput {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  return refused(`must be at most ${mb(MAX_IMAGE_BYTES)}${size === null ? '' : ` (got ${mb(size)})`}`);
}

const refused = (problem: string) => new InvalidInput('file', problem);

/** The declared type without its parameters; null when the sender claims nothing in particular. */
function claimedType(declared: string | null): string | null {
  const type = declared?.split(';')[0].trim().toLowerCase() ?? '';
  if (type === '' || type === 'application/octet-stream') return null;
  // Names seen in the field for JPEG, older browsers' among them.
  if (type === 'image/jpg' || type === 'image/pjpeg') return 'image/jpeg';
  return type;
}

interface Size {
  readonly width: number;
  readonly height: number;
}

/** Thrown by a format's parser; turned into the owner's refusal above. */
class Malformed extends Error {}

interface ImageFormat {
  readonly type: ImageType;
  readonly name: string;
  recognises(bytes: Uint8Array): boolean;
  size(bytes: Uint8Array): Size;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));

function need(bytes: Uint8Array, end: number, what: string): void {
  if (end > bytes.length) throw new Malformed(`${what} is cut short`);
}

const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u32be = (b: Uint8Array, at: number) => ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32le = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

function positive(size: Size): Size {
  if (size.width === 0 || size.height === 0) throw new Malformed('its width or height is zero');
  return size;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Colour type → the bit depths the PNG specification allows for it. */
const PNG_BIT_DEPTHS: ReadonlyMap<number, readonly number[]> = new Map([
  [0, [1, 2, 4, 8, 16]],
  [2, [8, 16]],
  [3, [1, 2, 4, 8]],
  [4, [8, 16]],
  [6, [8, 16]],
]);

/**
 * Every chunk is walked and its checksum checked, which finds a file cut short anywhere. Nothing
 * may follow IEND: a valid PNG ends there, and trailing bytes are where polyglot files hide.
 */
function pngSize(bytes: Uint8Array): Size {
  let at = PNG_SIGNATURE.length;
  let size: Size | null = null;
  let hasData = false;
  for (;;) {
    need(bytes, at + 8, 'a chunk header');
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    const end = at + 12 + length;
    need(bytes, end, `the ${type} chunk`);
    if (crc32(bytes.subarray(at + 4, end - 4)) !== u32be(bytes, end - 4)) throw new Malformed(`the ${type} chunk's checksum is wrong`);
    if (size === null) {
      if (type !== 'IHDR' || length !== 13) throw new Malformed('it does not start with its IHDR header');
      size = positive({ width: u32be(bytes, at + 8), height: u32be(bytes, at + 12) });
      const [depth, colour, compression, filter, interlace] = bytes.subarray(at + 16, at + 21);
      if (!PNG_BIT_DEPTHS.get(colour)?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) throw new Malformed('its IHDR header is invalid');
    } else if (type === 'IDAT') {
      hasData = true;
    } else if (type === 'IEND') {
      if (!hasData) throw new Malformed('it holds no image data');
      if (end !== bytes.length) throw new Malformed('bytes follow its end');
      return size;
    }
    at = end;
  }
}

/** Start of frame: baseline, extended sequential, progressive. Lossless and arithmetic-coded JPEGs are rare and many readers refuse them. */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
const JPEG_OTHER_FRAMES = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const JPEG_SOS = 0xda;
const JPEG_EOI = 0xd9;

/**
 * Segments are walked from the start-of-image marker to the first scan, the frame header (SOFn)
 * giving the size; the scan must then reach an end-of-image marker, which a file cut short lacks.
 */
function jpegSize(bytes: Uint8Array): Size {
  let at = 2;
  let size: Size | null = null;
  for (;;) {
    need(bytes, at + 2, 'a segment marker');
    if (bytes[at] !== 0xff) throw new Malformed('a segment does not start with a marker');
    const marker = bytes[at + 1];
    // 0xFF repeated is fill before a marker; RSTn and TEM stand alone, without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker === 0xd8 || marker === JPEG_EOI) throw new Malformed('it ends before its first scan');
    need(bytes, at + 4, 'a segment length');
    const length = u16be(bytes, at + 2);
    if (length < 2) throw new Malformed('a segment length is invalid');
    need(bytes, at + 2 + length, 'a segment');
    if (JPEG_OTHER_FRAMES.has(marker)) throw refused('is a lossless or arithmetic-coded JPEG, which many readers cannot show: save it again as a standard JPEG');
    if (JPEG_FRAMES.has(marker)) {
      if (size !== null) throw new Malformed('it has two frame headers');
      const components = length >= 8 ? bytes[at + 9] : 0;
      if (components === 0 || length !== 8 + 3 * components) throw new Malformed('its frame header is invalid');
      size = positive({ height: u16be(bytes, at + 5), width: u16be(bytes, at + 7) });
    }
    if (marker === JPEG_SOS) {
      if (size === null) throw new Malformed('its scan comes before its frame header');
      if (!hasEndMarker(bytes, at + 2 + length)) throw new Malformed('it has no end marker');
      return size;
    }
    at += 2 + length;
  }
}

/** Inside entropy-coded data a 0xFF byte is followed by 0x00 or RSTn, so 0xFF 0xD9 is the end. */
function hasEndMarker(bytes: Uint8Array, from: number): boolean {
  for (let i = bytes.indexOf(0xff, from); i !== -1 && i + 1 < bytes.length; i = bytes.indexOf(0xff, i + 1)) {
    if (bytes[i + 1] === JPEG_EOI) return true;
  }
  return false;
}

/**
 * RIFF chunks are walked to the end the RIFF header declares. The size comes from the first
 * chunk: a VP8X canvas (which must then hold a bitstream), a lossy VP8 key frame or a lossless
 * VP8L header.
 */
function webpSize(bytes: Uint8Array): Size {
  need(bytes, 12, 'the RIFF header');
  const end = 8 + u32le(bytes, 4);
  need(bytes, end, 'the RIFF container');
  if (end !== bytes.length) throw new Malformed('bytes follow its end');
  let at = 12;
  let size: Size | null = null;
  let hasBitstream = false;
  while (at < end) {
    need(bytes, at + 8, 'a chunk header');
    const type = ascii(bytes, at, 4);
    const length = u32le(bytes, at + 4);
    const data = at + 8;
    // Chunks are padded to an even length.
    const next = data + length + (length % 2);
    if (next > end) throw new Malformed(`the ${type} chunk is cut short`);
    if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') hasBitstream = true;
    if (size === null) size = webpChunkSize(bytes, type, data, length);
    at = next;
  }
  if (size === null || !hasBitstream) throw new Malformed('it holds no image data');
  return size;
}

function webpChunkSize(bytes: Uint8Array, type: string, data: number, length: number): Size {
  switch (type) {
    case 'VP8X':
      if (length < 10) throw new Malformed('its VP8X header is cut short');
      return positive({ width: u24le(bytes, data + 4) + 1, height: u24le(bytes, data + 7) + 1 });
    case 'VP8 ': {
      if (length < 10) throw new Malformed('its VP8 header is cut short');
      // A key frame (bit 0 clear), then the start code 9D 01 2A, then 14 bits of each side.
      if ((bytes[data] & 1) !== 0 || !startsWith(bytes, [0x9d, 0x01, 0x2a], data + 3)) throw new Malformed('its VP8 header is invalid');
      return positive({ width: u16le(bytes, data + 6) & 0x3fff, height: u16le(bytes, data + 8) & 0x3fff });
    }
    case 'VP8L': {
      if (length < 5 || bytes[data] !== 0x2f) throw new Malformed('its VP8L header is invalid');
      const bits = u32le(bytes, data + 1);
      if (bits >>> 29 !== 0) throw new Malformed('its VP8L version is unknown');
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    default:
      throw new Malformed(`it starts with a ${type.trim()} chunk instead of an image header`);
  }
}

const FORMATS: readonly ImageFormat[] = [
  { type: 'image/png', name: 'PNG', recognises: (b) => startsWith(b, PNG_SIGNATURE), size: pngSize },
  { type: 'image/jpeg', name: 'JPEG', recognises: (b) => startsWith(b, [0xff, 0xd8, 0xff]), size: jpegSize },
  { type: 'image/webp', name: 'WebP', recognises: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP', size: webpSize },
];
