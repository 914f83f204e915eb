import { Controller, Get, Header, Inject, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Public } from '../../shared/auth/public.decorator';
import { InvalidInput, NotFound } from '../../shared/kernel/errors';
import { BLOB_STORE, type BlobStore } from '../application/ports';
import { checkImage, IMAGE_TYPES, imageTooLarge, MAX_IMAGE_BYTES, type ImageType } from '../domain/images/image-check';
import { ImageUploadGate, isMultipart, MULTIPART_LIMITS } from './image-upload.interceptor';
import { readRequestBody } from './request-body';

/** What multer hands over of a form's `file` field. */
interface UploadedPart {
  readonly buffer: Buffer;
  readonly mimetype: string;
}

export interface UploadedImage {
  readonly id: string;
  readonly contentType: ImageType;
  readonly size: number;
  readonly width: number;
  readonly height: number;
  readonly url: string;
}

/** Images are named by the SHA-256 of their bytes, in lower-case hex (see the blob store). */
const IMAGE_ID = /^[0-9a-f]{64}$/;

const NOT_PRINTED_WARNING = '299 - "WebP images are kept and shown on pages, but the booking-file document prints only PNG and JPEG: use one of those for a logo"';

const isImageType = (type: string): type is ImageType => (IMAGE_TYPES as readonly string[]).includes(type);

/**
 * The owner's images (a logo, photos), kept by the app and served by it, so that the PDF
 * renderer reads them from the database and never fetches an address at render time.
 *
 * `POST /images` with the owner's bearer token takes the image as the raw body (Content-Type
 * image/png, image/jpeg or image/webp) or as a multipart form with a single `file` field, and
 * answers 201 `{ id, contentType, size, width, height, url }`. A bad upload (not such an image,
 * over 5 MB, a header that does not parse, too many pixels, a type the bytes contradict) is a
 * 400 BAD_USER_INPUT naming `file`, the refusal every other input gets, rather than a 413; an
 * owner uploads at most 100 images an hour (429, see `ImageUploadGate`).
 *
 * WebP is kept, for pages, but the booking-file document draws only PNG and JPEG (`DossierDocuments`
 * leaves other types out); the upload then says so in a `Warning` header.
 *
 * `GET /images/:id` is public: logos and photos appear on guests' pages.
 */
@Controller('images')
export class ImagesController {
  constructor(@Inject(BLOB_STORE) private readonly blobs: BlobStore) {}

  @Post()
  @Header('Cache-Control', 'no-store')
  // The gate first: the quota and the declared length are checked before multer reads a form.
  @UseInterceptors(ImageUploadGate, FileInterceptor('file', MULTIPART_LIMITS))
  async upload(@Req() request: Request, @Res({ passthrough: true }) response: Response, @UploadedFile() part: UploadedPart | undefined): Promise<UploadedImage> {
    const { bytes, declaredType } = part ? { bytes: part.buffer, declaredType: part.mimetype } : await rawUpload(request);
    const image = checkImage(bytes, declaredType);
    const stored = await this.blobs.put(bytes, image.contentType);
    const url = `/images/${stored.id}`;
    response.location(url);
    if (image.contentType === 'image/webp') response.setHeader('Warning', NOT_PRINTED_WARNING);
    return { id: stored.id, contentType: image.contentType, size: stored.size, width: image.width, height: image.height, url };
  }

  @Public()
  @Get(':id')
  async image(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const blob = IMAGE_ID.test(id) ? await this.blobs.get(id) : null;
    // The store also keeps emails' attachments (booking documents): only images are served here.
    if (!blob || !isImageType(blob.contentType)) throw new NotFound('image', id);
    response
      .status(200)
      .type(blob.contentType)
      // Content-addressed: the bytes behind an id never change.
      .setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      .setHeader('X-Content-Type-Options', 'nosniff')
      // Guests' pages may be served from another origin than the API's.
      .setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
      .send(blob.bytes);
  }
}

/**
 * The body itself as the image. A body the app's parsers took (JSON, a form) or text is not an
 * image sent raw; a form without its `file` field is not either.
 */
async function rawUpload(request: Request): Promise<{ bytes: Buffer; declaredType: string | null }> {
  const declaredType = request.headers['content-type'] ?? null;
  if (isMultipart(declaredType)) throw new InvalidInput('file', 'send one image in a form field named "file"');
  const type = declaredType?.split(';')[0].trim().toLowerCase() ?? '';
  if (type !== '' && type !== 'application/octet-stream' && !type.startsWith('image/')) {
    throw new InvalidInput('file', `must be a PNG, JPEG or WebP image, sent as the body with Content-Type image/png, image/jpeg or image/webp, or in a form field named "file" (got ${type})`);
  }
  const bytes = await readRequestBody(request, MAX_IMAGE_BYTES, {
    tooLarge: () => imageTooLarge(null),
    cutShort: () => new InvalidInput('file', 'the upload stopped before the whole image came: send it again'),
  });
  return { bytes, declaredType };
}
