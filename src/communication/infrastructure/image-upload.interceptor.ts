import { BadRequestException, Inject, Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../shared/auth/authenticated-owner';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput, Unauthenticated } from '../../shared/kernel/errors';
import { imageTooLarge, MAX_IMAGE_BYTES } from '../domain/images/image-check';
import { countUpload, IMAGE_UPLOAD_QUOTA, windowClosed, type UploadWindow } from '../domain/images/upload-quota';

/** Room for a form's boundaries and part headers around the image, in a declared length. */
const FORM_OVERHEAD = 16 * 1024;

/** Past this many owners remembered, windows already closed are forgotten. */
const REMEMBERED_OWNERS = 10_000;

/** multer (inside Nest's FileInterceptor) keeps a form with one file and nothing else, in memory. */
export const MULTIPART_LIMITS = { limits: { fileSize: MAX_IMAGE_BYTES, files: 1, fields: 0, parts: 1 } };

export const isMultipart = (contentType: string | null | undefined): boolean => /^multipart\/form-data\b/i.test(contentType ?? '');

/**
 * What an upload passes before a byte of it is read: the owner's quota, then the length the
 * client declares. Bound ahead of Nest's FileInterceptor, it also turns multer's refusals of a
 * form into the `file` refusal every other bad upload gets.
 *
 * The quota is counted in this process's memory: with several instances each counts its own,
 * and a restart forgets; a bound, not an account. A durable one would need a table of uploads.
 */
@Injectable()
export class ImageUploadGate implements NestInterceptor {
  private readonly windows = new Map<string, UploadWindow>();

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ownerId = request.owner?.ownerId;
    if (ownerId === undefined) throw new Unauthenticated('This operation needs an owner bearer token');
    this.count(ownerId);
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    const limit = isMultipart(request.headers['content-type']) ? MAX_IMAGE_BYTES + FORM_OVERHEAD : MAX_IMAGE_BYTES;
    if (declared > limit) throw imageTooLarge(declared);
    return next.handle().pipe(catchError((error: unknown) => throwError(() => fromMulter(error))));
  }

  private count(ownerId: string): void {
    const now = this.clock.now();
    this.windows.set(ownerId, countUpload(IMAGE_UPLOAD_QUOTA, this.windows.get(ownerId) ?? null, now));
    if (this.windows.size <= REMEMBERED_OWNERS) return;
    for (const [owner, window] of this.windows) {
      if (windowClosed(IMAGE_UPLOAD_QUOTA, window, now)) this.windows.delete(owner);
    }
  }
}

/** Only multer throws Nest's HTTP exceptions on this route; the handler throws domain errors. */
function fromMulter(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) return imageTooLarge(null);
  if (error instanceof BadRequestException) return new InvalidInput('file', `send one image in a form field named "file", and nothing else (${error.message})`);
  return error;
}
