import { availableParallelism } from 'node:os';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import type { DocumentRenderer, EmailWriter } from '../application/ports';
import type { PrintableDossier } from '../domain/document/printable-dossier';
import type { EmailContent, OutboxEmailFacts } from '../domain/email/email-facts';
import { emailContent } from './email/email-content';
import { PdfRenderPool } from './pdf/pdf-render-pool';

/** Documents drawn in worker threads, one fewer than the processors (at least one) unless configured. */
@Injectable()
export class PdfDocumentRenderer implements DocumentRenderer, OnApplicationShutdown {
  private readonly pool: PdfRenderPool;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig) {
    this.pool = new PdfRenderPool({ size: config.pdfWorkers ?? Math.max(1, availableParallelism() - 1) });
  }

  render(printable: PrintableDossier): Promise<Buffer> {
    return this.pool.render(printable);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}

/** Emails written with MJML: a few milliseconds each, so on the calling thread. */
export class MjmlEmailWriter implements EmailWriter {
  write(facts: OutboxEmailFacts): EmailContent {
    return emailContent(facts);
  }
}
