import { Inject, Injectable } from '@nestjs/common';
import type { Lang } from '../../shared/kernel/lang';
import type { PrintImage } from '../domain/document/document-facts';
import { printableDossier } from '../domain/document/printable-dossier';
import type { DossierContext } from './dossier-context';
import { documentFactsOf, type DocumentImages } from './dossier-facts';
import { BLOB_STORE, DOCUMENT_RENDERER, type BlobStore, type DocumentRenderer } from './ports';

export interface RenderedDocument {
  readonly pdf: Buffer;
  readonly filename: string;
  /** The owner asked for the terms of sale to be printed and has not written them: part 4 is left out. */
  readonly termsMissing: boolean;
}

/** Enough to show a place on paper; a gallery belongs on the booking pages. */
const PHOTOS_PER_PLACE = 4;

/** A photo uploaded with POST /images is named by its URL's last part; any other URL is someone else's server. */
const UPLOADED = /\/images\/([0-9a-f]{64})$/;
const uploadedImageId = (url: string): string | null => UPLOADED.exec(url)?.[1] ?? null;

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
    const printable = printableDossier(documentFactsOf(context, lang, await this.images(context)));
    const { status, number } = context.dossier;
    const words = FILE_WORDS[lang];
    const word = status === 'OPTION' ? words.proposal : status === 'CANCELLED' ? words.file : words.contract;
    return { pdf: await this.renderer.render(printable), filename: `${word}-${number ?? 'new'}.pdf`, termsMissing: printable.termsMissing };
  }

  /**
   * What the settings print: the logo, and the photos uploaded to the app (a photo hosted
   * elsewhere is never fetched to draw a document), a few of each.
   */
  private async images(context: DossierContext): Promise<DocumentImages> {
    const { header, description } = context.settings.document;
    const uploaded = async (urls: readonly string[]) => (await Promise.all(urls.flatMap((url) => uploadedImageId(url) ?? []).slice(0, PHOTOS_PER_PLACE).map((id) => this.image(id)))).filter((image) => image !== null);
    const accommodations = description.accommodationImages
      ? new Map(await Promise.all([...context.accommodations.values()].map(async (a) => [a.accommodationId, await uploaded(a.photoUrls)] as const)))
      : new Map<string, PrintImage[]>();
    return {
      logo: header.logoImageId === null ? null : await this.image(header.logoImageId),
      establishment: description.establishmentImages ? await uploaded(context.owner.establishment?.photoUrls ?? []) : [],
      accommodations,
    };
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
