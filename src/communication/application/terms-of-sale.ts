import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AcceptableTerms, TermsOfSale } from '../contracts';
import { DossierContexts } from './dossier-context';

/** The terms as written in the owner's document settings, read from their stream so an edit applies at once. */
@Injectable()
export class TermsOfSaleImpl implements TermsOfSale {
  constructor(private readonly contexts: DossierContexts) {}

  async termsOf(ownerId: string): Promise<AcceptableTerms | null> {
    const { terms } = (await this.contexts.settingsOf(ownerId)).document;
    if (terms.fr === null && terms.en === null) return null;
    return { text: terms, version: termsVersion(terms.fr, terms.en) };
  }
}

/** A digest of both wordings: the same text is the same version on any instance, for ever. */
export const termsVersion = (fr: string | null, en: string | null): string =>
  createHash('sha256').update(JSON.stringify([fr, en])).digest('hex').slice(0, 16);
