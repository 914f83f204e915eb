import { exifWithThumbnailEnd, gif, htmlPage, jpeg, pdfFile, png, pngChunk, svg, webpExtended, webpLossless, webpLossy } from '../../../../test/support/images';
import { refusal } from '../../../../test/support/thrown';
import { checkImage, MAX_IMAGE_BYTES } from './image-check';

const NOT_AN_IMAGE = 'file: must be a PNG, JPEG or WebP image';

/** Every proper prefix of a file: what an upload cut short at any byte looks like. */
const prefixesOf = (bytes: Buffer) => Array.from({ length: bytes.length - 1 }, (_, i) => bytes.subarray(0, i + 1));

describe('an owner’s image', () => {
  describe('is taken as the format its bytes show, with the size its header gives', () => {
    it('a PNG, by its IHDR header', () => expect(checkImage(png(3, 2), 'image/png')).toEqual({ contentType: 'image/png', width: 3, height: 2 }));

    it('a baseline JPEG, by its SOF0 frame past the JFIF and table segments', () =>
      expect(checkImage(jpeg(640, 480), 'image/jpeg')).toEqual({ contentType: 'image/jpeg', width: 640, height: 480 }));

    it('a progressive JPEG, by its SOF2 frame', () => expect(checkImage(jpeg(8, 8, { frame: 0xc2 }), null)).toMatchObject({ width: 8, height: 8 }));

    it('a JPEG with fill bytes before a marker', () => {
      const filled = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xff]), jpeg().subarray(2)]);
      expect(checkImage(filled, null)).toMatchObject({ contentType: 'image/jpeg', width: 1, height: 1 });
    });

    it('a lossy WebP, by its VP8 key frame', () => expect(checkImage(webpLossy(), 'image/webp')).toEqual({ contentType: 'image/webp', width: 1, height: 1 }));

    it('a lossless WebP, by its VP8L header', () => expect(checkImage(webpLossless(), 'image/webp')).toEqual({ contentType: 'image/webp', width: 1, height: 1 }));

    it('an extended WebP, by its VP8X canvas', () => expect(checkImage(webpExtended(300, 200), null)).toEqual({ contentType: 'image/webp', width: 300, height: 200 }));

    it('whatever it was declared as when the sender claims no type in particular', () => {
      expect(checkImage(png(), null).contentType).toBe('image/png');
      expect(checkImage(png(), 'application/octet-stream').contentType).toBe('image/png');
      expect(checkImage(png(), '').contentType).toBe('image/png');
    });

    it('declared with parameters, in any case, or as image/jpg', () => {
      expect(checkImage(png(), 'Image/PNG; charset=binary').contentType).toBe('image/png');
      expect(checkImage(jpeg(), 'image/jpg').contentType).toBe('image/jpeg');
    });
  });

  describe('refuses what is not a PNG, JPEG or WebP image', () => {
    it.each([
      ['a GIF', gif()],
      ['an SVG, which can carry scripts', svg()],
      ['an HTML page', htmlPage()],
      ['a PDF', pdfFile()],
      ['a text file', Buffer.from('Gîte des Lavandes, Gordes')],
    ])('%s', (_, bytes) => {
      const refused = refusal(() => checkImage(bytes, null));
      expect(refused.field).toBe('file');
      expect(refused.message).toBe(NOT_AN_IMAGE);
    });

    it('an SVG even when declared as an image', () => expect(refusal(() => checkImage(svg(), 'image/svg+xml')).message).toBe(NOT_AN_IMAGE));

    it('an empty file', () => expect(refusal(() => checkImage(new Uint8Array(), 'image/png')).message).toBe(`file: is empty: ${NOT_AN_IMAGE.slice(6)}`));
  });

  it('refuses a file over 5 MB, saying how large it was', () => {
    const large = Buffer.concat([png(), Buffer.alloc(Math.round(7.2 * 1024 * 1024) - png().length)]);
    expect(refusal(() => checkImage(large, 'image/png')).message).toBe('file: must be at most 5 MB (got 7.2 MB)');
    expect(refusal(() => checkImage(Buffer.alloc(MAX_IMAGE_BYTES + 1), null)).message).toMatch(/^file: must be at most 5 MB/);
  });

  describe('refuses sizes that would unpack into gigabytes (decompression bombs)', () => {
    it('a PNG claiming 100000 × 100000 pixels in a few bytes', () =>
      expect(refusal(() => checkImage(png(1, 1, { claimed: { width: 100_000, height: 100_000 } }), 'image/png')).message).toBe(
        'file: is 100000 × 100000 pixels: an image may be at most 10,000 pixels a side and 40 megapixels',
      ));

    it('a side over 10,000 pixels, even when the area is small', () => expect(refusal(() => checkImage(jpeg(10_001, 1), null)).field).toBe('file'));

    it('more than 40 megapixels, even when each side is allowed', () => expect(refusal(() => checkImage(webpExtended(9_000, 9_000), null)).field).toBe('file'));

    it('but takes exactly 10,000 × 4,000', () => expect(checkImage(webpExtended(10_000, 4_000), null)).toMatchObject({ width: 10_000, height: 4_000 }));
  });

  describe('refuses a file cut short at any byte', () => {
    it.each([
      ['a PNG', png(2, 2)],
      ['a JPEG', jpeg()],
      ['a lossy WebP', webpLossy()],
      ['a lossless WebP', webpLossless()],
      ['an extended WebP', webpExtended()],
    ])('%s', (_, bytes) => {
      for (const prefix of prefixesOf(bytes)) expect(() => checkImage(prefix, null)).toThrow(/^file: /);
    });

    it('a JPEG cut in its scan, though its metadata holds a thumbnail’s end marker', () => {
      const withThumbnail = jpeg(1, 1, { before: [exifWithThumbnailEnd] });
      expect(checkImage(withThumbnail, null).contentType).toBe('image/jpeg');
      expect(refusal(() => checkImage(withThumbnail.subarray(0, -2), null)).message).toMatch(/^file: is not a readable JPEG image: it has no end marker\./);
    });
  });

  describe('refuses a header that does not parse', () => {
    it('a PNG whose checksum is wrong', () => {
      const damaged = png();
      damaged[20] ^= 0xff;
      expect(refusal(() => checkImage(damaged, null)).message).toMatch(/^file: is not a readable PNG image: the IHDR chunk's checksum is wrong/);
    });

    it('a PNG that does not start with IHDR', () => {
      const bytes = png();
      const headless = Buffer.concat([bytes.subarray(0, 8), pngChunk('tEXt', Buffer.from('Title\0Logo')), bytes.subarray(8)]);
      expect(refusal(() => checkImage(headless, null)).message).toMatch(/it does not start with its IHDR header/);
    });

    it('a PNG with bytes after its end, where polyglot files hide', () =>
      expect(refusal(() => checkImage(Buffer.concat([png(), htmlPage()]), null)).message).toMatch(/bytes follow its end/));

    it('a PNG without image data', () => {
      const bytes = png();
      const ihdrEnd = 8 + 25;
      const empty = Buffer.concat([bytes.subarray(0, ihdrEnd), pngChunk('IEND', new Uint8Array())]);
      expect(refusal(() => checkImage(empty, null)).message).toMatch(/it holds no image data/);
    });

    it('a PNG of zero width', () => expect(refusal(() => checkImage(png(1, 1, { claimed: { width: 0, height: 1 } }), null)).message).toMatch(/zero/));

    it('a JPEG whose scan comes before any frame header', () => {
      const bytes = jpeg();
      const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
      const frameless = Buffer.concat([bytes.subarray(0, sof), bytes.subarray(sof + 13)]);
      expect(refusal(() => checkImage(frameless, null)).message).toMatch(/its scan comes before its frame header/);
    });

    it('a lossless JPEG, which few readers show', () => expect(refusal(() => checkImage(jpeg(1, 1, { frame: 0xc3 }), null)).message).toMatch(/save it again as a standard JPEG$/));

    it('a WebP whose lossy frame lacks its start code', () => {
      const damaged = webpLossy();
      damaged[23] = 0;
      expect(refusal(() => checkImage(damaged, null)).message).toMatch(/its VP8 header is invalid/);
    });
  });

  describe('refuses a declared type the bytes contradict', () => {
    it('a JPEG sent as a PNG', () =>
      expect(refusal(() => checkImage(jpeg(), 'image/png')).message).toBe('file: is sent as image/png but is a JPEG image: send it as image/jpeg'));

    it('a PNG sent as a GIF', () => expect(refusal(() => checkImage(png(), 'image/gif')).field).toBe('file'));

    it('a PNG sent as text', () => expect(refusal(() => checkImage(png(), 'text/plain')).field).toBe('file'));
  });
});
