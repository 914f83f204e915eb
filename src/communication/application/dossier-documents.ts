import { Inject, Injectable } from '@nestjs/common';
import type { Lang } from '../../shared/kernel/lang';
import type { PrintImage } from '../domain/document/document-facts';
import { printableDossier } from '../domain/document/printable-dossier';
import type { DossierContext } from './dossier-context';
import { documentFactsOf } from './dossier-facts';
import { BLOB_STORE, DOCUMENT_RENDERER, type BlobStore, type DocumentRenderer } from './ports';

export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly filename: string;
  /** The owner asked for the terms of sale to be printed and has not written them: part 4 is left out. */
  readonly termsMissing: boolean;
}

const FILE_WORDS: Record<Lang, { proposal: string; contract: string; file: string }> = {
  FR: { proposal: 'proposition', contract: 'contrat', file: 'dossier' },
  EN: { proposal: 'proposal', contract: 'contract', file: 'booking' },
};

/** A booking file's document, drawn from what the contexts know, with the images the app keeps. */
@Injectable()
export class DossierDocuments {
  constructor(
    @Inject(DOCUMENT_RENDERER) private readonly renderer: DocumentRenderer,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async render(context: DossierContext, lang: Lang): Promise<RenderedDocument> {
    const logoId = context.settings.document.header.logoImageId;
    const logo = logoId === null ? null : await this.image(logoId);
    const printable = printableDossier(documentFactsOf(context, lang, { logo, establishment: [] }));
    const { status, number } = context.dossier;
    const words = FILE_WORDS[lang];
    const word = status === 'OPTION' ? words.proposal : status === 'CANCELLED' ? words.file : words.contract;
    return { pdf: await this.renderer.render(printable), filename: `${word}-${number ?? 'new'}.pdf`, termsMissing: printable.termsMissing };
  }

  /** Only what the renderer can draw; an image gone from the store is left out rather than failing the document. */
  private async image(id: string): Promise<PrintImage | null> {
    const blob = await this.blobs.get(id);
    if (!blob) return null;
    if (blob.contentType === 'image/png') return { format: 'png', data: blob.bytes };
    if (blob.contentType === 'image/jpeg') return { format: 'jpg', data: blob.bytes };
    return null;
  }
}
