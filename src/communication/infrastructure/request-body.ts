import type { IncomingMessage } from 'node:http';

export interface BodyRefusals {
  /** More than the limit came, whatever Content-Length said. */
  tooLarge(): Error;
  /** The client left, or its connection broke, before the body ended: its doing, not the server's. */
  cutShort(): Error;
}

/**
 * A request's raw body, refused as soon as more than `limit` bytes have come rather than once all
 * of it is in memory. What the client sends after a refusal is read and dropped, so that it
 * receives the refusal and not a reset connection.
 */
export function readRequestBody(request: IncomingMessage, limit: number, refusals: BodyRefusals): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onBroken);
      request.off('close', onBroken);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      request.resume();
      reject(refusals.tooLarge());
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onBroken = () => {
      stop();
      reject(refusals.cutShort());
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onBroken);
    request.on('close', onBroken);
  });
}
