import { graphql } from '../../graphql';

/** The rates screen's GraphQL operations: the grid, its last entry, promotions and promo codes. */
export const RatesAccommodations = graphql(`
  query BackOfficeRatesAccommodations {
    accommodations { id name reference }
  }
`);

export const RatesLastEntry = graphql(`
  query BackOfficeRatesLastEntry($accommodationId: ID!) {
    lastRatesEntry(accommodationId: $accommodationId) {
      accommodationId arrivalDays nights periods { from to } initialPrice { cents }
      discount { amount { cents } percent } salePrice { cents } setAt
    }
  }
`);

export const RatesSet = graphql(`
  mutation BackOfficeRatesSet($input: SetRatesInput!) {
    setRates(input: $input) { count }
  }
`);

export const RatesList = graphql(`
  query BackOfficeRatesList($accommodationId: ID!, $from: Date!, $to: Date!, $nights: Int, $arrivalDays: [Weekday!]) {
    rates(accommodationId: $accommodationId, from: $from, to: $to, nights: $nights, arrivalDays: $arrivalDays) {
      id arrival departure arrivalDay nights initialPrice { cents } discount { cents } discountPercentSet salePrice { cents }
    }
  }
`);

export const RatesDelete = graphql(`
  mutation BackOfficeRatesDelete($accommodationId: ID!, $ids: [ID!]!) {
    deleteRates(accommodationId: $accommodationId, ids: $ids)
  }
`);

export const RatesPromotions = graphql(`
  query BackOfficeRatesPromotions {
    promotions { id kind percent days validFrom validTo accommodationIds }
  }
`);

export const RatesCreatePromotion = graphql(`
  mutation BackOfficeRatesCreatePromotion($input: PromotionInput!) {
    createPromotion(input: $input) { id }
  }
`);

export const RatesRemovePromotion = graphql(`
  mutation BackOfficeRatesRemovePromotion($id: ID!) {
    removePromotion(id: $id)
  }
`);

export const RatesPromoCodes = graphql(`
  query BackOfficeRatesPromoCodes {
    promoCodes { id code internalLabel label { fr en } amount { cents } percent usage used combinesWithPromotions validFrom validTo accommodationIds }
  }
`);

export const RatesCreatePromoCode = graphql(`
  mutation BackOfficeRatesCreatePromoCode($input: PromoCodeInput!) {
    createPromoCode(input: $input) { id code }
  }
`);

export const RatesRemovePromoCode = graphql(`
  mutation BackOfficeRatesRemovePromoCode($id: ID!) {
    removePromoCode(id: $id)
  }
`);
