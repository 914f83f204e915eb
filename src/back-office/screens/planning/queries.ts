import { graphql } from '../../graphql';

/** The whole planning of the span in one request: every night of every accommodation, with its price. */
export const PlanningOwnerPlanning = graphql(`
  query PlanningOwnerPlanning($from: Date!, $to: Date!) {
    ownerPlanning(from: $from, to: $to) {
      accommodationId
      name
      days { date state holdId dossierId guestLabel reason conflict nightlyPrice { cents } }
    }
  }
`);

/** One accommodation's nights around a block, to lift all of it when it reaches past the span shown. */
export const PlanningBlockExtent = graphql(`
  query PlanningBlockExtent($accommodationId: ID!, $from: Date!, $to: Date!) {
    planning(accommodationId: $accommodationId, from: $from, to: $to) { date holdId }
  }
`);

/** What a file's bar tells on hover or focus, asked only then. */
export const PlanningFileSummary = graphql(`
  query PlanningFileSummary($id: ID!) {
    dossier(id: $id) {
      id
      number
      status
      total { cents }
      stays { accommodationId arrival departure }
    }
  }
`);

export const PlanningAgeRanges = graphql(`
  query PlanningAgeRanges {
    ageRanges { id label minAge maxAge }
  }
`);

export const PlanningQuote = graphql(`
  query PlanningQuote($input: QuoteInput!) {
    quote(input: $input) {
      discountedAccommodationPrice { cents }
      total { cents }
      refusals { code }
    }
  }
`);

export const PlanningCreateDossier = graphql(`
  mutation PlanningCreateDossier($input: CreateDossierInput!) {
    createDossier(input: $input) { id }
  }
`);

export const PlanningBlockNights = graphql(`
  mutation PlanningBlockNights($accommodationId: ID!, $from: Date!, $to: Date!, $reason: String) {
    blockNights(accommodationId: $accommodationId, from: $from, to: $to, reason: $reason) { id from to }
  }
`);

export const PlanningUnblockNights = graphql(`
  mutation PlanningUnblockNights($accommodationId: ID!, $from: Date!, $to: Date!) {
    unblockNights(accommodationId: $accommodationId, from: $from, to: $to)
  }
`);
