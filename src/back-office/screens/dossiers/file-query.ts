import { graphql } from '../../graphql';
import type { DossiersFileQuery } from '../../graphql/graphql';

/** Everything the file page shows, with the owner's age ranges and accommodations to name its stays. */
export const FileQuery = graphql(`
  query DossiersFile($id: ID!) {
    dossier(id: $id) {
      id number status origin createdAt contractSigned promoCode note internalNote
      cancelledAt cancelledBy cancellationReason balanceDueDate guestErasedAt
      total { cents } paid { cents } balance { cents }
      deposit { amount { cents } dueDate kind percent }
      discount { amount { cents } label percent }
      guest { civility lastName firstName company email phone1 phone2 phone3 fax address addressLine2 postalCode city country }
      stays {
        id accommodationId arrival departure priceOverridden
        occupants { ageRangeId count }
        accommodationPrice { cents } price { cents } touristTax { cents }
        supplements { amount { cents } label { fr en } }
        discounts { amount { cents } label { fr en } }
      }
      globalSupplements { id label amount { cents } }
      payments { id amount { cents } date method note }
      emails { id at kind recipient status subject to error copy attempts }
      cancellationSettlement {
        by depositKind damagesMayBeOwed explanationFr explanationEn
        compensation { cents } deposit { cents } guestStillOwes { cents } owedToGuest { cents }
        ownerKeeps { cents } price { cents } received { cents } refunded { cents } stillToRefund { cents }
      }
    }
    ageRanges { id label minAge maxAge }
    accommodations(includeArchived: true) { id name }
  }
`);

export type FileData = NonNullable<DossiersFileQuery['dossier']>;
export type AgeRanges = DossiersFileQuery['ageRanges'];
export type Accommodations = DossiersFileQuery['accommodations'];
