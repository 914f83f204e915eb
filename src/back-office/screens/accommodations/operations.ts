import { graphql } from '../../graphql';

/** The accommodations screen's GraphQL operations, shared by its list, sheet, photos and supplements. */
export const AccommodationsList = graphql(`
  query BackOfficeAccommodationsList($includeArchived: Boolean!) {
    accommodations(includeArchived: $includeArchived) { id name reference kind minCapacity maxCapacity city visibility archived }
  }
`);

export const AccommodationSheet = graphql(`
  query BackOfficeAccommodationSheet($id: ID!) {
    accommodation(id: $id) {
      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity
      surface floor orientation securityDeposit { cents } description { fr en }
      photos { url order caption { fr en } }
      characteristics { code }
      visibility archived registrationNumber registrationRequired
      classification { decidedOn stars status expiresOn }
    }
  }
`);

export const AccommodationCharacteristics = graphql(`
  query BackOfficeAccommodationCharacteristics {
    characteristics { code group label { fr en } }
  }
`);

export const AccommodationCommunes = graphql(`
  query BackOfficeAccommodationCommunes($postalCode: String!) {
    communes(postalCode: $postalCode) { inseeCode name }
  }
`);

export const CreateAccommodation = graphql(`
  mutation BackOfficeCreateAccommodation($input: AccommodationInput!) {
    createAccommodation(input: $input) { id name reference visibility }
  }
`);

export const UpdateAccommodation = graphql(`
  mutation BackOfficeUpdateAccommodation($id: ID!, $input: AccommodationInput!) {
    updateAccommodation(id: $id, input: $input) {
      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity
      surface floor orientation securityDeposit { cents } description { fr en }
      photos { url order caption { fr en } }
      characteristics { code }
      visibility archived
    }
  }
`);

export const SetAccommodationVisibility = graphql(`
  mutation BackOfficeSetAccommodationVisibility($id: ID!, $visibility: Visibility!) {
    setAccommodationVisibility(id: $id, visibility: $visibility) { id visibility }
  }
`);

export const SetAccommodationRegistration = graphql(`
  mutation BackOfficeSetAccommodationRegistration($id: ID!, $input: AccommodationRegistrationInput!) {
    setAccommodationRegistration(id: $id, input: $input) {
      id registrationNumber registrationRequired classification { decidedOn stars status expiresOn }
    }
  }
`);

export const ArchiveAccommodation = graphql(`
  mutation BackOfficeArchiveAccommodation($id: ID!) {
    archiveAccommodation(id: $id) { id archived visibility }
  }
`);

export const RestoreAccommodation = graphql(`
  mutation BackOfficeRestoreAccommodation($id: ID!) {
    restoreAccommodation(id: $id) { id archived visibility }
  }
`);

export const AccommodationSupplements = graphql(`
  query BackOfficeAccommodationSupplements($accommodationId: ID) {
    supplements(accommodationId: $accommodationId) { id accommodationIds mandatory name { fr en } price { cents } unit }
  }
`);

export const DefineSupplement = graphql(`
  mutation BackOfficeDefineSupplement($input: SupplementInput!) {
    defineSupplement(input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }
  }
`);

export const UpdateSupplement = graphql(`
  mutation BackOfficeUpdateSupplement($id: ID!, $input: SupplementInput!) {
    updateSupplement(id: $id, input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }
  }
`);

export const RemoveSupplement = graphql(`
  mutation BackOfficeRemoveSupplement($id: ID!) {
    removeSupplement(id: $id)
  }
`);
