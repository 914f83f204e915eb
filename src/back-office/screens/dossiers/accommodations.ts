import { graphql } from '../../graphql';

/** The owner's accommodations by id, archived ones too: a file names its stays' accommodations by id. */
export const DossiersAccommodationsQuery = graphql(`
  query DossiersAccommodations {
    accommodations(includeArchived: true) { id name archived }
  }
`);
