import { Injectable } from '@nestjs/common';
import type * as CodesPostaux from 'codes-postaux';
import type { CommuneDirectory } from '../application/ports';
import type { Commune } from '../domain/address/french-postal-address';

/**
 * The French postal codes of the `codes-postaux` package (Base Adresse Nationale): about 36,000
 * entries, some 20 MB once indexed, read on the first question rather than at every start, then
 * kept for the life of the process (Node's module cache holds one copy however many apps run).
 */
@Injectable()
export class OfficialCommuneDirectory implements CommuneDirectory {
  private find: Promise<typeof CodesPostaux.find> | null = null;

  async communesOf(postalCode: string): Promise<readonly Commune[]> {
    this.find ??= import('codes-postaux').then((list) => list.find);
    const entries = (await this.find)(postalCode);
    return entries
      .map((entry) => ({ inseeCode: entry.codeCommune, name: entry.nomCommune, postalCode: entry.codePostal, deliveryLabel: entry.libelleAcheminement }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
