/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BackOfficeLogOut {\n    logOut\n  }\n": typeof types.BackOfficeLogOutDocument,
    "\n  query BackOfficeMe {\n    me { id email firstName lastName company number }\n  }\n": typeof types.BackOfficeMeDocument,
    "\n  query BackOfficeAccommodationsList($includeArchived: Boolean!) {\n    accommodations(includeArchived: $includeArchived) { id name reference kind minCapacity maxCapacity city visibility archived }\n  }\n": typeof types.BackOfficeAccommodationsListDocument,
    "\n  query BackOfficeAccommodationSheet($id: ID!) {\n    accommodation(id: $id) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived registrationNumber registrationRequired\n      classification { decidedOn stars status expiresOn }\n    }\n  }\n": typeof types.BackOfficeAccommodationSheetDocument,
    "\n  query BackOfficeAccommodationCharacteristics {\n    characteristics { code group label { fr en } }\n  }\n": typeof types.BackOfficeAccommodationCharacteristicsDocument,
    "\n  query BackOfficeAccommodationCommunes($postalCode: String!) {\n    communes(postalCode: $postalCode) { inseeCode name }\n  }\n": typeof types.BackOfficeAccommodationCommunesDocument,
    "\n  mutation BackOfficeCreateAccommodation($input: AccommodationInput!) {\n    createAccommodation(input: $input) { id name reference visibility }\n  }\n": typeof types.BackOfficeCreateAccommodationDocument,
    "\n  mutation BackOfficeUpdateAccommodation($id: ID!, $input: AccommodationInput!) {\n    updateAccommodation(id: $id, input: $input) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived\n    }\n  }\n": typeof types.BackOfficeUpdateAccommodationDocument,
    "\n  mutation BackOfficeSetAccommodationVisibility($id: ID!, $visibility: Visibility!) {\n    setAccommodationVisibility(id: $id, visibility: $visibility) { id visibility }\n  }\n": typeof types.BackOfficeSetAccommodationVisibilityDocument,
    "\n  mutation BackOfficeSetAccommodationRegistration($id: ID!, $input: AccommodationRegistrationInput!) {\n    setAccommodationRegistration(id: $id, input: $input) {\n      id registrationNumber registrationRequired classification { decidedOn stars status expiresOn }\n    }\n  }\n": typeof types.BackOfficeSetAccommodationRegistrationDocument,
    "\n  mutation BackOfficeArchiveAccommodation($id: ID!) {\n    archiveAccommodation(id: $id) { id archived visibility }\n  }\n": typeof types.BackOfficeArchiveAccommodationDocument,
    "\n  mutation BackOfficeRestoreAccommodation($id: ID!) {\n    restoreAccommodation(id: $id) { id archived visibility }\n  }\n": typeof types.BackOfficeRestoreAccommodationDocument,
    "\n  query BackOfficeAccommodationSupplements($accommodationId: ID) {\n    supplements(accommodationId: $accommodationId) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": typeof types.BackOfficeAccommodationSupplementsDocument,
    "\n  mutation BackOfficeDefineSupplement($input: SupplementInput!) {\n    defineSupplement(input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": typeof types.BackOfficeDefineSupplementDocument,
    "\n  mutation BackOfficeUpdateSupplement($id: ID!, $input: SupplementInput!) {\n    updateSupplement(id: $id, input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": typeof types.BackOfficeUpdateSupplementDocument,
    "\n  mutation BackOfficeRemoveSupplement($id: ID!) {\n    removeSupplement(id: $id)\n  }\n": typeof types.BackOfficeRemoveSupplementDocument,
    "\n  mutation BackOfficeChangeEmail($currentPassword: String!, $newEmail: String!) {\n    changeEmail(currentPassword: $currentPassword, newEmail: $newEmail) { id email }\n  }\n": typeof types.BackOfficeChangeEmailDocument,
    "\n  mutation BackOfficeChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.BackOfficeChangePasswordDocument,
    "\n  query DashboardOverview($lang: Lang) {\n    dashboard(lang: $lang) {\n      today\n      bookedToday { bookings revenue { cents } }\n      revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }\n      recentActivity {\n        last7Days { bookings revenue { cents } }\n        last30Days { bookings revenue { cents } }\n        last12Months { bookings revenue { cents } }\n      }\n      waitingForDeposit { count amount { cents } dossiers { id number guest { firstName lastName } deposit { dueDate amount { cents } } } }\n      waitingForBalance { count amount { cents } dossiers { id number guest { firstName lastName } balanceDueDate balance { cents } } }\n      origins { origin bookings revenue { cents } share }\n      latestBookings { id number createdAt status origin guest { firstName lastName } total { cents } stays { accommodationId arrival departure } }\n      nextArrivals { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      nextDepartures { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      classificationWarnings { accommodationId message }\n    }\n    accommodations(includeArchived: true) { id name archived }\n    ageRanges { id label }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  mutation DashboardCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id number guest { lastName } }\n  }\n": typeof types.DashboardCreateDossierDocument,
    "\n  query DossiersAccommodations {\n    accommodations(includeArchived: true) { id name archived }\n  }\n": typeof types.DossiersAccommodationsDocument,
    "\n  query DossiersDayMovements($date: Date!) {\n    arrivals(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n    departures(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n  }\n": typeof types.DossiersDayMovementsDocument,
    "\n  mutation DossiersSendDocument($id: ID!, $lang: Lang) {\n    sendDossierDocument(id: $id, lang: $lang) { id status emails { id status } }\n  }\n": typeof types.DossiersSendDocumentDocument,
    "\n  query DossiersFile($id: ID!) {\n    dossier(id: $id) {\n      id number status origin createdAt contractSigned promoCode note internalNote\n      cancelledAt cancelledBy cancellationReason balanceDueDate guestErasedAt\n      total { cents } paid { cents } balance { cents }\n      deposit { amount { cents } dueDate kind percent }\n      discount { amount { cents } label percent }\n      guest { civility lastName firstName company email phone1 phone2 phone3 fax address addressLine2 postalCode city country }\n      stays {\n        id accommodationId arrival departure priceOverridden\n        occupants { ageRangeId count }\n        accommodationPrice { cents } price { cents } touristTax { cents }\n        supplements { amount { cents } label { fr en } }\n        discounts { amount { cents } label { fr en } }\n      }\n      globalSupplements { id label amount { cents } }\n      payments { id amount { cents } date method note }\n      emails { id at kind recipient status subject to error copy attempts }\n      cancellationSettlement {\n        by depositKind damagesMayBeOwed explanationFr explanationEn\n        compensation { cents } deposit { cents } guestStillOwes { cents } owedToGuest { cents }\n        ownerKeeps { cents } price { cents } received { cents } refunded { cents } stillToRefund { cents }\n      }\n    }\n    ageRanges { id label minAge maxAge }\n    accommodations(includeArchived: true) { id name }\n  }\n": typeof types.DossiersFileDocument,
    "\n  mutation DossiersConfirm($id: ID!) {\n    confirmDossier(id: $id) { id status }\n  }\n": typeof types.DossiersConfirmDocument,
    "\n  mutation DossiersMarkContractSigned($id: ID!) {\n    markContractSigned(id: $id) { id status contractSigned }\n  }\n": typeof types.DossiersMarkContractSignedDocument,
    "\n  mutation DossiersCancel($id: ID!, $by: CancellingParty, $reason: String) {\n    cancelDossier(id: $id, by: $by, reason: $reason) { id status }\n  }\n": typeof types.DossiersCancelDocument,
    "\n  mutation DossiersDelete($id: ID!) {\n    deleteDossier(id: $id)\n  }\n": typeof types.DossiersDeleteDocument,
    "\n  mutation DossiersChangeGuest($id: ID!, $guest: GuestInput!) {\n    changeDossierGuest(id: $id, guest: $guest) { id status }\n  }\n": typeof types.DossiersChangeGuestDocument,
    "\n  query DossiersHistory($id: ID!) {\n    dossierHistory(id: $id) { eventId type occurredAt actor data stream }\n  }\n": typeof types.DossiersHistoryDocument,
    "\n  query DossiersList($filter: DossierFilter, $first: Int, $after: String, $orderBy: DossierOrder) {\n    dossiers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id number status origin\n        guest { lastName firstName company }\n        stays { id accommodationId arrival departure }\n        total { cents } paid { cents } balance { cents }\n      }\n    }\n  }\n": typeof types.DossiersListDocument,
    "\n  mutation DossiersSetNotes($id: ID!, $note: String, $internalNote: String) {\n    setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { id status note internalNote }\n  }\n": typeof types.DossiersSetNotesDocument,
    "\n  mutation DossiersRecordPayment($dossierId: ID!, $input: PaymentInput!) {\n    recordPayment(dossierId: $dossierId, input: $input) { id status paid { cents } balance { cents } }\n  }\n": typeof types.DossiersRecordPaymentDocument,
    "\n  mutation DossiersChangeStay($id: ID!, $accommodationId: ID, $arrival: Date!, $departure: Date!) {\n    changeDossierStay(id: $id, accommodationId: $accommodationId, arrival: $arrival, departure: $departure) { id status }\n  }\n": typeof types.DossiersChangeStayDocument,
    "\n  mutation DossiersChangeOccupants($id: ID!, $accommodationId: ID, $occupants: [OccupantsInput!]!) {\n    changeDossierOccupants(id: $id, accommodationId: $accommodationId, occupants: $occupants) { id status }\n  }\n": typeof types.DossiersChangeOccupantsDocument,
    "\n  mutation DossiersSetStayPrice($id: ID!, $accommodationId: ID, $cents: Int!) {\n    setDossierStayPrice(id: $id, accommodationId: $accommodationId, cents: $cents) { id status }\n  }\n": typeof types.DossiersSetStayPriceDocument,
    "\n  mutation DossiersAddGlobalSupplement($id: ID!, $label: String!, $cents: Int!) {\n    addGlobalSupplement(id: $id, label: $label, cents: $cents) { id status }\n  }\n": typeof types.DossiersAddGlobalSupplementDocument,
    "\n  mutation DossiersSetTerms($id: ID!, $input: DossierTermsInput!) {\n    setDossierTerms(id: $id, input: $input) { id status }\n  }\n": typeof types.DossiersSetTermsDocument,
    "\n  mutation BackOfficeLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { owner { id } }\n  }\n": typeof types.BackOfficeLogInDocument,
    "\n  query PlanningOwnerPlanning($from: Date!, $to: Date!) {\n    ownerPlanning(from: $from, to: $to) {\n      accommodationId\n      name\n      days { date state holdId dossierId guestLabel reason conflict nightlyPrice { cents } }\n    }\n  }\n": typeof types.PlanningOwnerPlanningDocument,
    "\n  query PlanningBlockExtent($accommodationId: ID!, $from: Date!, $to: Date!) {\n    planning(accommodationId: $accommodationId, from: $from, to: $to) { date holdId }\n  }\n": typeof types.PlanningBlockExtentDocument,
    "\n  query PlanningFileSummary($id: ID!) {\n    dossier(id: $id) {\n      id\n      number\n      status\n      total { cents }\n      stays { accommodationId arrival departure }\n    }\n  }\n": typeof types.PlanningFileSummaryDocument,
    "\n  query PlanningAgeRanges {\n    ageRanges { id label minAge maxAge }\n  }\n": typeof types.PlanningAgeRangesDocument,
    "\n  query PlanningQuote($input: QuoteInput!) {\n    quote(input: $input) {\n      discountedAccommodationPrice { cents }\n      total { cents }\n      refusals { code }\n    }\n  }\n": typeof types.PlanningQuoteDocument,
    "\n  mutation PlanningCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id }\n  }\n": typeof types.PlanningCreateDossierDocument,
    "\n  mutation PlanningBlockNights($accommodationId: ID!, $from: Date!, $to: Date!, $reason: String) {\n    blockNights(accommodationId: $accommodationId, from: $from, to: $to, reason: $reason) { id from to }\n  }\n": typeof types.PlanningBlockNightsDocument,
    "\n  mutation PlanningUnblockNights($accommodationId: ID!, $from: Date!, $to: Date!) {\n    unblockNights(accommodationId: $accommodationId, from: $from, to: $to)\n  }\n": typeof types.PlanningUnblockNightsDocument,
    "\n  query BackOfficeRatesAccommodations {\n    accommodations { id name reference }\n  }\n": typeof types.BackOfficeRatesAccommodationsDocument,
    "\n  query BackOfficeRatesLastEntry($accommodationId: ID!) {\n    lastRatesEntry(accommodationId: $accommodationId) {\n      accommodationId arrivalDays nights periods { from to } initialPrice { cents }\n      discount { amount { cents } percent } salePrice { cents } setAt\n    }\n  }\n": typeof types.BackOfficeRatesLastEntryDocument,
    "\n  mutation BackOfficeRatesSet($input: SetRatesInput!) {\n    setRates(input: $input) { count }\n  }\n": typeof types.BackOfficeRatesSetDocument,
    "\n  query BackOfficeRatesList($accommodationId: ID!, $from: Date!, $to: Date!, $nights: Int, $arrivalDays: [Weekday!]) {\n    rates(accommodationId: $accommodationId, from: $from, to: $to, nights: $nights, arrivalDays: $arrivalDays) {\n      id arrival departure arrivalDay nights initialPrice { cents } discount { cents } discountPercentSet salePrice { cents }\n    }\n  }\n": typeof types.BackOfficeRatesListDocument,
    "\n  mutation BackOfficeRatesDelete($accommodationId: ID!, $ids: [ID!]!) {\n    deleteRates(accommodationId: $accommodationId, ids: $ids)\n  }\n": typeof types.BackOfficeRatesDeleteDocument,
    "\n  query BackOfficeRatesPromotions {\n    promotions { id kind percent days validFrom validTo accommodationIds }\n  }\n": typeof types.BackOfficeRatesPromotionsDocument,
    "\n  mutation BackOfficeRatesCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) { id }\n  }\n": typeof types.BackOfficeRatesCreatePromotionDocument,
    "\n  mutation BackOfficeRatesRemovePromotion($id: ID!) {\n    removePromotion(id: $id)\n  }\n": typeof types.BackOfficeRatesRemovePromotionDocument,
    "\n  query BackOfficeRatesPromoCodes {\n    promoCodes { id code internalLabel label { fr en } amount { cents } percent usage used combinesWithPromotions validFrom validTo accommodationIds }\n  }\n": typeof types.BackOfficeRatesPromoCodesDocument,
    "\n  mutation BackOfficeRatesCreatePromoCode($input: PromoCodeInput!) {\n    createPromoCode(input: $input) { id code }\n  }\n": typeof types.BackOfficeRatesCreatePromoCodeDocument,
    "\n  mutation BackOfficeRatesRemovePromoCode($id: ID!) {\n    removePromoCode(id: $id)\n  }\n": typeof types.BackOfficeRatesRemovePromoCodeDocument,
    "\n  query SalesChannelsAccommodations {\n    accommodations { id name city visibility }\n  }\n": typeof types.SalesChannelsAccommodationsDocument,
    "\n  query SalesChannelsApiKeys {\n    apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt }\n  }\n": typeof types.SalesChannelsApiKeysDocument,
    "\n  mutation SalesChannelsCreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { key apiKey { id name } }\n  }\n": typeof types.SalesChannelsCreateApiKeyDocument,
    "\n  mutation SalesChannelsRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.SalesChannelsRevokeApiKeyDocument,
    "\n  query SalesChannelsMyDestinations {\n    myDestinations {\n      joinedAt\n      destination { id name kind area website }\n      accommodations { id name bookable }\n    }\n  }\n": typeof types.SalesChannelsMyDestinationsDocument,
    "\n  query SalesChannelsFindDestinations($department: String) {\n    destinations(department: $department) { id name kind area website }\n  }\n": typeof types.SalesChannelsFindDestinationsDocument,
    "\n  mutation SalesChannelsJoinDestination($destinationId: ID!, $accommodationIds: [ID!]!) {\n    joinDestination(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n": typeof types.SalesChannelsJoinDestinationDocument,
    "\n  mutation SalesChannelsSetDestinationListing($destinationId: ID!, $accommodationIds: [ID!]!) {\n    setDestinationListing(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n": typeof types.SalesChannelsSetDestinationListingDocument,
    "\n  mutation SalesChannelsLeaveDestination($destinationId: ID!) {\n    leaveDestination(destinationId: $destinationId)\n  }\n": typeof types.SalesChannelsLeaveDestinationDocument,
    "\n  query SalesChannelsIcalExport($accommodationId: ID!) {\n    icalExportUrl(accommodationId: $accommodationId)\n    icalExportSettings(accommodationId: $accommodationId) { exportOptions exportImported }\n  }\n": typeof types.SalesChannelsIcalExportDocument,
    "\n  mutation SalesChannelsSetIcalExportSettings($accommodationId: ID!, $input: IcalExportSettingsInput!) {\n    setIcalExportSettings(accommodationId: $accommodationId, input: $input) { exportOptions exportImported }\n  }\n": typeof types.SalesChannelsSetIcalExportSettingsDocument,
    "\n  mutation SalesChannelsRegenerateIcalExportUrl($accommodationId: ID!) {\n    regenerateIcalExportUrl(accommodationId: $accommodationId)\n  }\n": typeof types.SalesChannelsRegenerateIcalExportUrlDocument,
    "\n  mutation SalesChannelsSyncIcalFeed($id: ID!, $lang: Lang) {\n    syncIcalFeed(id: $id, lang: $lang) { id status }\n  }\n": typeof types.SalesChannelsSyncIcalFeedDocument,
    "\n  mutation SalesChannelsConfirmIcalFeed($id: ID!, $lang: Lang) {\n    confirmIcalFeed(id: $id, lang: $lang) { id status }\n  }\n": typeof types.SalesChannelsConfirmIcalFeedDocument,
    "\n  mutation SalesChannelsRemoveIcalFeed($id: ID!) {\n    removeIcalFeed(id: $id)\n  }\n": typeof types.SalesChannelsRemoveIcalFeedDocument,
    "\n  query SalesChannelsIcalFeeds($accommodationId: ID!, $lang: Lang) {\n    icalFeeds(accommodationId: $accommodationId, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n": typeof types.SalesChannelsIcalFeedsDocument,
    "\n  mutation SalesChannelsAddIcalFeed($input: IcalFeedInput!, $lang: Lang) {\n    addIcalFeed(input: $input, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n": typeof types.SalesChannelsAddIcalFeedDocument,
    "\n  query SalesChannelsSyncConflicts($accommodationId: ID!) {\n    syncConflicts(accommodationId: $accommodationId) {\n      id feedId arrival departure label since\n      heldBy { kind dossierId arrival departure }\n    }\n    icalFeeds(accommodationId: $accommodationId) { id label }\n  }\n": typeof types.SalesChannelsSyncConflictsDocument,
    "\n  query SalesChannelsWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      nodes { id eventType status attempts createdAt deliveredAt lastAttemptAt lastStatusCode lastError nextAttemptAt }\n    }\n  }\n": typeof types.SalesChannelsWebhookDeliveriesDocument,
    "\n  mutation SalesChannelsRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status nextAttemptAt }\n  }\n": typeof types.SalesChannelsRedeliverWebhookDocument,
    "\n  mutation SalesChannelsRemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n": typeof types.SalesChannelsRemoveWebhookEndpointDocument,
    "\n  mutation SalesChannelsRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } }\n  }\n": typeof types.SalesChannelsRotateWebhookSecretDocument,
    "\n  mutation SalesChannelsEnableWebhookEndpoint($id: ID!, $input: WebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id enabled disabledAt }\n  }\n": typeof types.SalesChannelsEnableWebhookEndpointDocument,
    "\n  query SalesChannelsWebhookEndpoints {\n    webhookEndpoints { id url eventTypes enabled disabledAt includeGuestDetails createdAt previousSecretExpiresAt }\n  }\n": typeof types.SalesChannelsWebhookEndpointsDocument,
    "\n  mutation SalesChannelsCreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url } }\n  }\n": typeof types.SalesChannelsCreateWebhookEndpointDocument,
    "\n  query SettingsAgeRanges {\n    ageRanges { id label minAge maxAge countsTowardsCapacity }\n  }\n": typeof types.SettingsAgeRangesDocument,
    "\n  mutation SettingsDefineAgeRange($input: AgeRangeInput!) {\n    defineAgeRange(input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n": typeof types.SettingsDefineAgeRangeDocument,
    "\n  mutation SettingsUpdateAgeRange($id: ID!, $input: AgeRangeInput!) {\n    updateAgeRange(id: $id, input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n": typeof types.SettingsUpdateAgeRangeDocument,
    "\n  mutation SettingsRemoveAgeRange($id: ID!) {\n    removeAgeRange(id: $id)\n  }\n": typeof types.SettingsRemoveAgeRangeDocument,
    "\n  query SettingsContractLatestDossier {\n    dossiers(first: 1, orderBy: CREATED_DESC) { nodes { id number } }\n  }\n": typeof types.SettingsContractLatestDossierDocument,
    "\n  query SettingsContract {\n    documentSettings {\n      header { name slogan }\n      showPriceDetail\n      arrival { from to note { fr en } }\n      departure { before note { fr en } }\n      furtherInformation { fr en }\n      politeness { fr en }\n      signatureRequest { option { fr en } contract { fr en } }\n      statusTexts { option { fr en } confirmed { fr en } paid { fr en } }\n      description { accommodationImages establishmentImages establishmentText }\n      printTerms\n    }\n  }\n": typeof types.SettingsContractDocument,
    "\n  mutation SettingsSetContract($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms showPriceDetail }\n  }\n": typeof types.SettingsSetContractDocument,
    "\n  query SettingsDepositPolicy {\n    depositPolicy { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n": typeof types.SettingsDepositPolicyDocument,
    "\n  mutation SettingsSetDepositPolicy($input: DepositPolicyInput!) {\n    setDepositPolicy(input: $input) { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n": typeof types.SettingsSetDepositPolicyDocument,
    "\n  query SettingsEmails {\n    emailSettings { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n": typeof types.SettingsEmailsDocument,
    "\n  mutation SettingsSetEmails($input: EmailSettingsInput!) {\n    setEmailSettings(input: $input) { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n": typeof types.SettingsSetEmailsDocument,
    "\n  query SettingsLeadTimeAccommodations {\n    accommodations { id name }\n  }\n": typeof types.SettingsLeadTimeAccommodationsDocument,
    "\n  query SettingsLeadTimeRules($accommodationId: ID!) {\n    bookingRules(accommodationId: $accommodationId) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n": typeof types.SettingsLeadTimeRulesDocument,
    "\n  mutation SettingsSetBookingRules($input: BookingRulesInput!) {\n    setBookingRules(input: $input) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n": typeof types.SettingsSetBookingRulesDocument,
    "\n  query SettingsSalesTerms {\n    salesTerms { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n": typeof types.SettingsSalesTermsDocument,
    "\n  mutation SettingsSetSalesTerms($input: SalesTermsInput!) {\n    setSalesTerms(input: $input) { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n": typeof types.SettingsSetSalesTermsDocument,
    "\n  query SettingsPayment {\n    paymentProvider { provider byDefault connectedAt keyHint }\n    salesTerms { onlinePayment onlinePaymentReady }\n  }\n": typeof types.SettingsPaymentDocument,
    "\n  mutation SettingsConnectPaymentProvider($input: PaymentProviderInput!) {\n    connectPaymentProvider(input: $input) { provider byDefault connectedAt keyHint }\n  }\n": typeof types.SettingsConnectPaymentProviderDocument,
    "\n  mutation SettingsDisconnectPaymentProvider {\n    disconnectPaymentProvider\n  }\n": typeof types.SettingsDisconnectPaymentProviderDocument,
    "\n  query SettingsTermsOfSale {\n    documentSettings { printTerms terms { fr en } termsModel { fr en } }\n  }\n": typeof types.SettingsTermsOfSaleDocument,
    "\n  mutation SettingsSetTermsOfSale($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms terms { fr en } }\n  }\n": typeof types.SettingsSetTermsOfSaleDocument,
    "\n  mutation BackOfficeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { owner { id } }\n  }\n": typeof types.BackOfficeSignUpDocument,
};
const documents: Documents = {
    "\n  mutation BackOfficeLogOut {\n    logOut\n  }\n": types.BackOfficeLogOutDocument,
    "\n  query BackOfficeMe {\n    me { id email firstName lastName company number }\n  }\n": types.BackOfficeMeDocument,
    "\n  query BackOfficeAccommodationsList($includeArchived: Boolean!) {\n    accommodations(includeArchived: $includeArchived) { id name reference kind minCapacity maxCapacity city visibility archived }\n  }\n": types.BackOfficeAccommodationsListDocument,
    "\n  query BackOfficeAccommodationSheet($id: ID!) {\n    accommodation(id: $id) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived registrationNumber registrationRequired\n      classification { decidedOn stars status expiresOn }\n    }\n  }\n": types.BackOfficeAccommodationSheetDocument,
    "\n  query BackOfficeAccommodationCharacteristics {\n    characteristics { code group label { fr en } }\n  }\n": types.BackOfficeAccommodationCharacteristicsDocument,
    "\n  query BackOfficeAccommodationCommunes($postalCode: String!) {\n    communes(postalCode: $postalCode) { inseeCode name }\n  }\n": types.BackOfficeAccommodationCommunesDocument,
    "\n  mutation BackOfficeCreateAccommodation($input: AccommodationInput!) {\n    createAccommodation(input: $input) { id name reference visibility }\n  }\n": types.BackOfficeCreateAccommodationDocument,
    "\n  mutation BackOfficeUpdateAccommodation($id: ID!, $input: AccommodationInput!) {\n    updateAccommodation(id: $id, input: $input) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived\n    }\n  }\n": types.BackOfficeUpdateAccommodationDocument,
    "\n  mutation BackOfficeSetAccommodationVisibility($id: ID!, $visibility: Visibility!) {\n    setAccommodationVisibility(id: $id, visibility: $visibility) { id visibility }\n  }\n": types.BackOfficeSetAccommodationVisibilityDocument,
    "\n  mutation BackOfficeSetAccommodationRegistration($id: ID!, $input: AccommodationRegistrationInput!) {\n    setAccommodationRegistration(id: $id, input: $input) {\n      id registrationNumber registrationRequired classification { decidedOn stars status expiresOn }\n    }\n  }\n": types.BackOfficeSetAccommodationRegistrationDocument,
    "\n  mutation BackOfficeArchiveAccommodation($id: ID!) {\n    archiveAccommodation(id: $id) { id archived visibility }\n  }\n": types.BackOfficeArchiveAccommodationDocument,
    "\n  mutation BackOfficeRestoreAccommodation($id: ID!) {\n    restoreAccommodation(id: $id) { id archived visibility }\n  }\n": types.BackOfficeRestoreAccommodationDocument,
    "\n  query BackOfficeAccommodationSupplements($accommodationId: ID) {\n    supplements(accommodationId: $accommodationId) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": types.BackOfficeAccommodationSupplementsDocument,
    "\n  mutation BackOfficeDefineSupplement($input: SupplementInput!) {\n    defineSupplement(input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": types.BackOfficeDefineSupplementDocument,
    "\n  mutation BackOfficeUpdateSupplement($id: ID!, $input: SupplementInput!) {\n    updateSupplement(id: $id, input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n": types.BackOfficeUpdateSupplementDocument,
    "\n  mutation BackOfficeRemoveSupplement($id: ID!) {\n    removeSupplement(id: $id)\n  }\n": types.BackOfficeRemoveSupplementDocument,
    "\n  mutation BackOfficeChangeEmail($currentPassword: String!, $newEmail: String!) {\n    changeEmail(currentPassword: $currentPassword, newEmail: $newEmail) { id email }\n  }\n": types.BackOfficeChangeEmailDocument,
    "\n  mutation BackOfficeChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.BackOfficeChangePasswordDocument,
    "\n  query DashboardOverview($lang: Lang) {\n    dashboard(lang: $lang) {\n      today\n      bookedToday { bookings revenue { cents } }\n      revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }\n      recentActivity {\n        last7Days { bookings revenue { cents } }\n        last30Days { bookings revenue { cents } }\n        last12Months { bookings revenue { cents } }\n      }\n      waitingForDeposit { count amount { cents } dossiers { id number guest { firstName lastName } deposit { dueDate amount { cents } } } }\n      waitingForBalance { count amount { cents } dossiers { id number guest { firstName lastName } balanceDueDate balance { cents } } }\n      origins { origin bookings revenue { cents } share }\n      latestBookings { id number createdAt status origin guest { firstName lastName } total { cents } stays { accommodationId arrival departure } }\n      nextArrivals { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      nextDepartures { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      classificationWarnings { accommodationId message }\n    }\n    accommodations(includeArchived: true) { id name archived }\n    ageRanges { id label }\n  }\n": types.DashboardOverviewDocument,
    "\n  mutation DashboardCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id number guest { lastName } }\n  }\n": types.DashboardCreateDossierDocument,
    "\n  query DossiersAccommodations {\n    accommodations(includeArchived: true) { id name archived }\n  }\n": types.DossiersAccommodationsDocument,
    "\n  query DossiersDayMovements($date: Date!) {\n    arrivals(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n    departures(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n  }\n": types.DossiersDayMovementsDocument,
    "\n  mutation DossiersSendDocument($id: ID!, $lang: Lang) {\n    sendDossierDocument(id: $id, lang: $lang) { id status emails { id status } }\n  }\n": types.DossiersSendDocumentDocument,
    "\n  query DossiersFile($id: ID!) {\n    dossier(id: $id) {\n      id number status origin createdAt contractSigned promoCode note internalNote\n      cancelledAt cancelledBy cancellationReason balanceDueDate guestErasedAt\n      total { cents } paid { cents } balance { cents }\n      deposit { amount { cents } dueDate kind percent }\n      discount { amount { cents } label percent }\n      guest { civility lastName firstName company email phone1 phone2 phone3 fax address addressLine2 postalCode city country }\n      stays {\n        id accommodationId arrival departure priceOverridden\n        occupants { ageRangeId count }\n        accommodationPrice { cents } price { cents } touristTax { cents }\n        supplements { amount { cents } label { fr en } }\n        discounts { amount { cents } label { fr en } }\n      }\n      globalSupplements { id label amount { cents } }\n      payments { id amount { cents } date method note }\n      emails { id at kind recipient status subject to error copy attempts }\n      cancellationSettlement {\n        by depositKind damagesMayBeOwed explanationFr explanationEn\n        compensation { cents } deposit { cents } guestStillOwes { cents } owedToGuest { cents }\n        ownerKeeps { cents } price { cents } received { cents } refunded { cents } stillToRefund { cents }\n      }\n    }\n    ageRanges { id label minAge maxAge }\n    accommodations(includeArchived: true) { id name }\n  }\n": types.DossiersFileDocument,
    "\n  mutation DossiersConfirm($id: ID!) {\n    confirmDossier(id: $id) { id status }\n  }\n": types.DossiersConfirmDocument,
    "\n  mutation DossiersMarkContractSigned($id: ID!) {\n    markContractSigned(id: $id) { id status contractSigned }\n  }\n": types.DossiersMarkContractSignedDocument,
    "\n  mutation DossiersCancel($id: ID!, $by: CancellingParty, $reason: String) {\n    cancelDossier(id: $id, by: $by, reason: $reason) { id status }\n  }\n": types.DossiersCancelDocument,
    "\n  mutation DossiersDelete($id: ID!) {\n    deleteDossier(id: $id)\n  }\n": types.DossiersDeleteDocument,
    "\n  mutation DossiersChangeGuest($id: ID!, $guest: GuestInput!) {\n    changeDossierGuest(id: $id, guest: $guest) { id status }\n  }\n": types.DossiersChangeGuestDocument,
    "\n  query DossiersHistory($id: ID!) {\n    dossierHistory(id: $id) { eventId type occurredAt actor data stream }\n  }\n": types.DossiersHistoryDocument,
    "\n  query DossiersList($filter: DossierFilter, $first: Int, $after: String, $orderBy: DossierOrder) {\n    dossiers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id number status origin\n        guest { lastName firstName company }\n        stays { id accommodationId arrival departure }\n        total { cents } paid { cents } balance { cents }\n      }\n    }\n  }\n": types.DossiersListDocument,
    "\n  mutation DossiersSetNotes($id: ID!, $note: String, $internalNote: String) {\n    setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { id status note internalNote }\n  }\n": types.DossiersSetNotesDocument,
    "\n  mutation DossiersRecordPayment($dossierId: ID!, $input: PaymentInput!) {\n    recordPayment(dossierId: $dossierId, input: $input) { id status paid { cents } balance { cents } }\n  }\n": types.DossiersRecordPaymentDocument,
    "\n  mutation DossiersChangeStay($id: ID!, $accommodationId: ID, $arrival: Date!, $departure: Date!) {\n    changeDossierStay(id: $id, accommodationId: $accommodationId, arrival: $arrival, departure: $departure) { id status }\n  }\n": types.DossiersChangeStayDocument,
    "\n  mutation DossiersChangeOccupants($id: ID!, $accommodationId: ID, $occupants: [OccupantsInput!]!) {\n    changeDossierOccupants(id: $id, accommodationId: $accommodationId, occupants: $occupants) { id status }\n  }\n": types.DossiersChangeOccupantsDocument,
    "\n  mutation DossiersSetStayPrice($id: ID!, $accommodationId: ID, $cents: Int!) {\n    setDossierStayPrice(id: $id, accommodationId: $accommodationId, cents: $cents) { id status }\n  }\n": types.DossiersSetStayPriceDocument,
    "\n  mutation DossiersAddGlobalSupplement($id: ID!, $label: String!, $cents: Int!) {\n    addGlobalSupplement(id: $id, label: $label, cents: $cents) { id status }\n  }\n": types.DossiersAddGlobalSupplementDocument,
    "\n  mutation DossiersSetTerms($id: ID!, $input: DossierTermsInput!) {\n    setDossierTerms(id: $id, input: $input) { id status }\n  }\n": types.DossiersSetTermsDocument,
    "\n  mutation BackOfficeLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { owner { id } }\n  }\n": types.BackOfficeLogInDocument,
    "\n  query PlanningOwnerPlanning($from: Date!, $to: Date!) {\n    ownerPlanning(from: $from, to: $to) {\n      accommodationId\n      name\n      days { date state holdId dossierId guestLabel reason conflict nightlyPrice { cents } }\n    }\n  }\n": types.PlanningOwnerPlanningDocument,
    "\n  query PlanningBlockExtent($accommodationId: ID!, $from: Date!, $to: Date!) {\n    planning(accommodationId: $accommodationId, from: $from, to: $to) { date holdId }\n  }\n": types.PlanningBlockExtentDocument,
    "\n  query PlanningFileSummary($id: ID!) {\n    dossier(id: $id) {\n      id\n      number\n      status\n      total { cents }\n      stays { accommodationId arrival departure }\n    }\n  }\n": types.PlanningFileSummaryDocument,
    "\n  query PlanningAgeRanges {\n    ageRanges { id label minAge maxAge }\n  }\n": types.PlanningAgeRangesDocument,
    "\n  query PlanningQuote($input: QuoteInput!) {\n    quote(input: $input) {\n      discountedAccommodationPrice { cents }\n      total { cents }\n      refusals { code }\n    }\n  }\n": types.PlanningQuoteDocument,
    "\n  mutation PlanningCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id }\n  }\n": types.PlanningCreateDossierDocument,
    "\n  mutation PlanningBlockNights($accommodationId: ID!, $from: Date!, $to: Date!, $reason: String) {\n    blockNights(accommodationId: $accommodationId, from: $from, to: $to, reason: $reason) { id from to }\n  }\n": types.PlanningBlockNightsDocument,
    "\n  mutation PlanningUnblockNights($accommodationId: ID!, $from: Date!, $to: Date!) {\n    unblockNights(accommodationId: $accommodationId, from: $from, to: $to)\n  }\n": types.PlanningUnblockNightsDocument,
    "\n  query BackOfficeRatesAccommodations {\n    accommodations { id name reference }\n  }\n": types.BackOfficeRatesAccommodationsDocument,
    "\n  query BackOfficeRatesLastEntry($accommodationId: ID!) {\n    lastRatesEntry(accommodationId: $accommodationId) {\n      accommodationId arrivalDays nights periods { from to } initialPrice { cents }\n      discount { amount { cents } percent } salePrice { cents } setAt\n    }\n  }\n": types.BackOfficeRatesLastEntryDocument,
    "\n  mutation BackOfficeRatesSet($input: SetRatesInput!) {\n    setRates(input: $input) { count }\n  }\n": types.BackOfficeRatesSetDocument,
    "\n  query BackOfficeRatesList($accommodationId: ID!, $from: Date!, $to: Date!, $nights: Int, $arrivalDays: [Weekday!]) {\n    rates(accommodationId: $accommodationId, from: $from, to: $to, nights: $nights, arrivalDays: $arrivalDays) {\n      id arrival departure arrivalDay nights initialPrice { cents } discount { cents } discountPercentSet salePrice { cents }\n    }\n  }\n": types.BackOfficeRatesListDocument,
    "\n  mutation BackOfficeRatesDelete($accommodationId: ID!, $ids: [ID!]!) {\n    deleteRates(accommodationId: $accommodationId, ids: $ids)\n  }\n": types.BackOfficeRatesDeleteDocument,
    "\n  query BackOfficeRatesPromotions {\n    promotions { id kind percent days validFrom validTo accommodationIds }\n  }\n": types.BackOfficeRatesPromotionsDocument,
    "\n  mutation BackOfficeRatesCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) { id }\n  }\n": types.BackOfficeRatesCreatePromotionDocument,
    "\n  mutation BackOfficeRatesRemovePromotion($id: ID!) {\n    removePromotion(id: $id)\n  }\n": types.BackOfficeRatesRemovePromotionDocument,
    "\n  query BackOfficeRatesPromoCodes {\n    promoCodes { id code internalLabel label { fr en } amount { cents } percent usage used combinesWithPromotions validFrom validTo accommodationIds }\n  }\n": types.BackOfficeRatesPromoCodesDocument,
    "\n  mutation BackOfficeRatesCreatePromoCode($input: PromoCodeInput!) {\n    createPromoCode(input: $input) { id code }\n  }\n": types.BackOfficeRatesCreatePromoCodeDocument,
    "\n  mutation BackOfficeRatesRemovePromoCode($id: ID!) {\n    removePromoCode(id: $id)\n  }\n": types.BackOfficeRatesRemovePromoCodeDocument,
    "\n  query SalesChannelsAccommodations {\n    accommodations { id name city visibility }\n  }\n": types.SalesChannelsAccommodationsDocument,
    "\n  query SalesChannelsApiKeys {\n    apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt }\n  }\n": types.SalesChannelsApiKeysDocument,
    "\n  mutation SalesChannelsCreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { key apiKey { id name } }\n  }\n": types.SalesChannelsCreateApiKeyDocument,
    "\n  mutation SalesChannelsRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.SalesChannelsRevokeApiKeyDocument,
    "\n  query SalesChannelsMyDestinations {\n    myDestinations {\n      joinedAt\n      destination { id name kind area website }\n      accommodations { id name bookable }\n    }\n  }\n": types.SalesChannelsMyDestinationsDocument,
    "\n  query SalesChannelsFindDestinations($department: String) {\n    destinations(department: $department) { id name kind area website }\n  }\n": types.SalesChannelsFindDestinationsDocument,
    "\n  mutation SalesChannelsJoinDestination($destinationId: ID!, $accommodationIds: [ID!]!) {\n    joinDestination(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n": types.SalesChannelsJoinDestinationDocument,
    "\n  mutation SalesChannelsSetDestinationListing($destinationId: ID!, $accommodationIds: [ID!]!) {\n    setDestinationListing(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n": types.SalesChannelsSetDestinationListingDocument,
    "\n  mutation SalesChannelsLeaveDestination($destinationId: ID!) {\n    leaveDestination(destinationId: $destinationId)\n  }\n": types.SalesChannelsLeaveDestinationDocument,
    "\n  query SalesChannelsIcalExport($accommodationId: ID!) {\n    icalExportUrl(accommodationId: $accommodationId)\n    icalExportSettings(accommodationId: $accommodationId) { exportOptions exportImported }\n  }\n": types.SalesChannelsIcalExportDocument,
    "\n  mutation SalesChannelsSetIcalExportSettings($accommodationId: ID!, $input: IcalExportSettingsInput!) {\n    setIcalExportSettings(accommodationId: $accommodationId, input: $input) { exportOptions exportImported }\n  }\n": types.SalesChannelsSetIcalExportSettingsDocument,
    "\n  mutation SalesChannelsRegenerateIcalExportUrl($accommodationId: ID!) {\n    regenerateIcalExportUrl(accommodationId: $accommodationId)\n  }\n": types.SalesChannelsRegenerateIcalExportUrlDocument,
    "\n  mutation SalesChannelsSyncIcalFeed($id: ID!, $lang: Lang) {\n    syncIcalFeed(id: $id, lang: $lang) { id status }\n  }\n": types.SalesChannelsSyncIcalFeedDocument,
    "\n  mutation SalesChannelsConfirmIcalFeed($id: ID!, $lang: Lang) {\n    confirmIcalFeed(id: $id, lang: $lang) { id status }\n  }\n": types.SalesChannelsConfirmIcalFeedDocument,
    "\n  mutation SalesChannelsRemoveIcalFeed($id: ID!) {\n    removeIcalFeed(id: $id)\n  }\n": types.SalesChannelsRemoveIcalFeedDocument,
    "\n  query SalesChannelsIcalFeeds($accommodationId: ID!, $lang: Lang) {\n    icalFeeds(accommodationId: $accommodationId, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n": types.SalesChannelsIcalFeedsDocument,
    "\n  mutation SalesChannelsAddIcalFeed($input: IcalFeedInput!, $lang: Lang) {\n    addIcalFeed(input: $input, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n": types.SalesChannelsAddIcalFeedDocument,
    "\n  query SalesChannelsSyncConflicts($accommodationId: ID!) {\n    syncConflicts(accommodationId: $accommodationId) {\n      id feedId arrival departure label since\n      heldBy { kind dossierId arrival departure }\n    }\n    icalFeeds(accommodationId: $accommodationId) { id label }\n  }\n": types.SalesChannelsSyncConflictsDocument,
    "\n  query SalesChannelsWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      nodes { id eventType status attempts createdAt deliveredAt lastAttemptAt lastStatusCode lastError nextAttemptAt }\n    }\n  }\n": types.SalesChannelsWebhookDeliveriesDocument,
    "\n  mutation SalesChannelsRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status nextAttemptAt }\n  }\n": types.SalesChannelsRedeliverWebhookDocument,
    "\n  mutation SalesChannelsRemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n": types.SalesChannelsRemoveWebhookEndpointDocument,
    "\n  mutation SalesChannelsRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } }\n  }\n": types.SalesChannelsRotateWebhookSecretDocument,
    "\n  mutation SalesChannelsEnableWebhookEndpoint($id: ID!, $input: WebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id enabled disabledAt }\n  }\n": types.SalesChannelsEnableWebhookEndpointDocument,
    "\n  query SalesChannelsWebhookEndpoints {\n    webhookEndpoints { id url eventTypes enabled disabledAt includeGuestDetails createdAt previousSecretExpiresAt }\n  }\n": types.SalesChannelsWebhookEndpointsDocument,
    "\n  mutation SalesChannelsCreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url } }\n  }\n": types.SalesChannelsCreateWebhookEndpointDocument,
    "\n  query SettingsAgeRanges {\n    ageRanges { id label minAge maxAge countsTowardsCapacity }\n  }\n": types.SettingsAgeRangesDocument,
    "\n  mutation SettingsDefineAgeRange($input: AgeRangeInput!) {\n    defineAgeRange(input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n": types.SettingsDefineAgeRangeDocument,
    "\n  mutation SettingsUpdateAgeRange($id: ID!, $input: AgeRangeInput!) {\n    updateAgeRange(id: $id, input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n": types.SettingsUpdateAgeRangeDocument,
    "\n  mutation SettingsRemoveAgeRange($id: ID!) {\n    removeAgeRange(id: $id)\n  }\n": types.SettingsRemoveAgeRangeDocument,
    "\n  query SettingsContractLatestDossier {\n    dossiers(first: 1, orderBy: CREATED_DESC) { nodes { id number } }\n  }\n": types.SettingsContractLatestDossierDocument,
    "\n  query SettingsContract {\n    documentSettings {\n      header { name slogan }\n      showPriceDetail\n      arrival { from to note { fr en } }\n      departure { before note { fr en } }\n      furtherInformation { fr en }\n      politeness { fr en }\n      signatureRequest { option { fr en } contract { fr en } }\n      statusTexts { option { fr en } confirmed { fr en } paid { fr en } }\n      description { accommodationImages establishmentImages establishmentText }\n      printTerms\n    }\n  }\n": types.SettingsContractDocument,
    "\n  mutation SettingsSetContract($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms showPriceDetail }\n  }\n": types.SettingsSetContractDocument,
    "\n  query SettingsDepositPolicy {\n    depositPolicy { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n": types.SettingsDepositPolicyDocument,
    "\n  mutation SettingsSetDepositPolicy($input: DepositPolicyInput!) {\n    setDepositPolicy(input: $input) { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n": types.SettingsSetDepositPolicyDocument,
    "\n  query SettingsEmails {\n    emailSettings { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n": types.SettingsEmailsDocument,
    "\n  mutation SettingsSetEmails($input: EmailSettingsInput!) {\n    setEmailSettings(input: $input) { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n": types.SettingsSetEmailsDocument,
    "\n  query SettingsLeadTimeAccommodations {\n    accommodations { id name }\n  }\n": types.SettingsLeadTimeAccommodationsDocument,
    "\n  query SettingsLeadTimeRules($accommodationId: ID!) {\n    bookingRules(accommodationId: $accommodationId) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n": types.SettingsLeadTimeRulesDocument,
    "\n  mutation SettingsSetBookingRules($input: BookingRulesInput!) {\n    setBookingRules(input: $input) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n": types.SettingsSetBookingRulesDocument,
    "\n  query SettingsSalesTerms {\n    salesTerms { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n": types.SettingsSalesTermsDocument,
    "\n  mutation SettingsSetSalesTerms($input: SalesTermsInput!) {\n    setSalesTerms(input: $input) { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n": types.SettingsSetSalesTermsDocument,
    "\n  query SettingsPayment {\n    paymentProvider { provider byDefault connectedAt keyHint }\n    salesTerms { onlinePayment onlinePaymentReady }\n  }\n": types.SettingsPaymentDocument,
    "\n  mutation SettingsConnectPaymentProvider($input: PaymentProviderInput!) {\n    connectPaymentProvider(input: $input) { provider byDefault connectedAt keyHint }\n  }\n": types.SettingsConnectPaymentProviderDocument,
    "\n  mutation SettingsDisconnectPaymentProvider {\n    disconnectPaymentProvider\n  }\n": types.SettingsDisconnectPaymentProviderDocument,
    "\n  query SettingsTermsOfSale {\n    documentSettings { printTerms terms { fr en } termsModel { fr en } }\n  }\n": types.SettingsTermsOfSaleDocument,
    "\n  mutation SettingsSetTermsOfSale($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms terms { fr en } }\n  }\n": types.SettingsSetTermsOfSaleDocument,
    "\n  mutation BackOfficeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { owner { id } }\n  }\n": types.BackOfficeSignUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeLogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation BackOfficeLogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeMe {\n    me { id email firstName lastName company number }\n  }\n"): (typeof documents)["\n  query BackOfficeMe {\n    me { id email firstName lastName company number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeAccommodationsList($includeArchived: Boolean!) {\n    accommodations(includeArchived: $includeArchived) { id name reference kind minCapacity maxCapacity city visibility archived }\n  }\n"): (typeof documents)["\n  query BackOfficeAccommodationsList($includeArchived: Boolean!) {\n    accommodations(includeArchived: $includeArchived) { id name reference kind minCapacity maxCapacity city visibility archived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeAccommodationSheet($id: ID!) {\n    accommodation(id: $id) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived registrationNumber registrationRequired\n      classification { decidedOn stars status expiresOn }\n    }\n  }\n"): (typeof documents)["\n  query BackOfficeAccommodationSheet($id: ID!) {\n    accommodation(id: $id) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived registrationNumber registrationRequired\n      classification { decidedOn stars status expiresOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeAccommodationCharacteristics {\n    characteristics { code group label { fr en } }\n  }\n"): (typeof documents)["\n  query BackOfficeAccommodationCharacteristics {\n    characteristics { code group label { fr en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeAccommodationCommunes($postalCode: String!) {\n    communes(postalCode: $postalCode) { inseeCode name }\n  }\n"): (typeof documents)["\n  query BackOfficeAccommodationCommunes($postalCode: String!) {\n    communes(postalCode: $postalCode) { inseeCode name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeCreateAccommodation($input: AccommodationInput!) {\n    createAccommodation(input: $input) { id name reference visibility }\n  }\n"): (typeof documents)["\n  mutation BackOfficeCreateAccommodation($input: AccommodationInput!) {\n    createAccommodation(input: $input) { id name reference visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeUpdateAccommodation($id: ID!, $input: AccommodationInput!) {\n    updateAccommodation(id: $id, input: $input) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived\n    }\n  }\n"): (typeof documents)["\n  mutation BackOfficeUpdateAccommodation($id: ID!, $input: AccommodationInput!) {\n    updateAccommodation(id: $id, input: $input) {\n      id name reference kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity\n      surface floor orientation securityDeposit { cents } description { fr en }\n      photos { url order caption { fr en } }\n      characteristics { code }\n      visibility archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeSetAccommodationVisibility($id: ID!, $visibility: Visibility!) {\n    setAccommodationVisibility(id: $id, visibility: $visibility) { id visibility }\n  }\n"): (typeof documents)["\n  mutation BackOfficeSetAccommodationVisibility($id: ID!, $visibility: Visibility!) {\n    setAccommodationVisibility(id: $id, visibility: $visibility) { id visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeSetAccommodationRegistration($id: ID!, $input: AccommodationRegistrationInput!) {\n    setAccommodationRegistration(id: $id, input: $input) {\n      id registrationNumber registrationRequired classification { decidedOn stars status expiresOn }\n    }\n  }\n"): (typeof documents)["\n  mutation BackOfficeSetAccommodationRegistration($id: ID!, $input: AccommodationRegistrationInput!) {\n    setAccommodationRegistration(id: $id, input: $input) {\n      id registrationNumber registrationRequired classification { decidedOn stars status expiresOn }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeArchiveAccommodation($id: ID!) {\n    archiveAccommodation(id: $id) { id archived visibility }\n  }\n"): (typeof documents)["\n  mutation BackOfficeArchiveAccommodation($id: ID!) {\n    archiveAccommodation(id: $id) { id archived visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRestoreAccommodation($id: ID!) {\n    restoreAccommodation(id: $id) { id archived visibility }\n  }\n"): (typeof documents)["\n  mutation BackOfficeRestoreAccommodation($id: ID!) {\n    restoreAccommodation(id: $id) { id archived visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeAccommodationSupplements($accommodationId: ID) {\n    supplements(accommodationId: $accommodationId) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"): (typeof documents)["\n  query BackOfficeAccommodationSupplements($accommodationId: ID) {\n    supplements(accommodationId: $accommodationId) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeDefineSupplement($input: SupplementInput!) {\n    defineSupplement(input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"): (typeof documents)["\n  mutation BackOfficeDefineSupplement($input: SupplementInput!) {\n    defineSupplement(input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeUpdateSupplement($id: ID!, $input: SupplementInput!) {\n    updateSupplement(id: $id, input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"): (typeof documents)["\n  mutation BackOfficeUpdateSupplement($id: ID!, $input: SupplementInput!) {\n    updateSupplement(id: $id, input: $input) { id accommodationIds mandatory name { fr en } price { cents } unit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRemoveSupplement($id: ID!) {\n    removeSupplement(id: $id)\n  }\n"): (typeof documents)["\n  mutation BackOfficeRemoveSupplement($id: ID!) {\n    removeSupplement(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeChangeEmail($currentPassword: String!, $newEmail: String!) {\n    changeEmail(currentPassword: $currentPassword, newEmail: $newEmail) { id email }\n  }\n"): (typeof documents)["\n  mutation BackOfficeChangeEmail($currentPassword: String!, $newEmail: String!) {\n    changeEmail(currentPassword: $currentPassword, newEmail: $newEmail) { id email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation BackOfficeChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview($lang: Lang) {\n    dashboard(lang: $lang) {\n      today\n      bookedToday { bookings revenue { cents } }\n      revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }\n      recentActivity {\n        last7Days { bookings revenue { cents } }\n        last30Days { bookings revenue { cents } }\n        last12Months { bookings revenue { cents } }\n      }\n      waitingForDeposit { count amount { cents } dossiers { id number guest { firstName lastName } deposit { dueDate amount { cents } } } }\n      waitingForBalance { count amount { cents } dossiers { id number guest { firstName lastName } balanceDueDate balance { cents } } }\n      origins { origin bookings revenue { cents } share }\n      latestBookings { id number createdAt status origin guest { firstName lastName } total { cents } stays { accommodationId arrival departure } }\n      nextArrivals { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      nextDepartures { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      classificationWarnings { accommodationId message }\n    }\n    accommodations(includeArchived: true) { id name archived }\n    ageRanges { id label }\n  }\n"): (typeof documents)["\n  query DashboardOverview($lang: Lang) {\n    dashboard(lang: $lang) {\n      today\n      bookedToday { bookings revenue { cents } }\n      revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }\n      recentActivity {\n        last7Days { bookings revenue { cents } }\n        last30Days { bookings revenue { cents } }\n        last12Months { bookings revenue { cents } }\n      }\n      waitingForDeposit { count amount { cents } dossiers { id number guest { firstName lastName } deposit { dueDate amount { cents } } } }\n      waitingForBalance { count amount { cents } dossiers { id number guest { firstName lastName } balanceDueDate balance { cents } } }\n      origins { origin bookings revenue { cents } share }\n      latestBookings { id number createdAt status origin guest { firstName lastName } total { cents } stays { accommodationId arrival departure } }\n      nextArrivals { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      nextDepartures { id number guest { firstName lastName } stays { accommodationId arrival departure } }\n      classificationWarnings { accommodationId message }\n    }\n    accommodations(includeArchived: true) { id name archived }\n    ageRanges { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id number guest { lastName } }\n  }\n"): (typeof documents)["\n  mutation DashboardCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id number guest { lastName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossiersAccommodations {\n    accommodations(includeArchived: true) { id name archived }\n  }\n"): (typeof documents)["\n  query DossiersAccommodations {\n    accommodations(includeArchived: true) { id name archived }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossiersDayMovements($date: Date!) {\n    arrivals(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n    departures(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n  }\n"): (typeof documents)["\n  query DossiersDayMovements($date: Date!) {\n    arrivals(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n    departures(date: $date) { id number status guest { lastName firstName company phone1 } stays { id accommodationId arrival departure } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersSendDocument($id: ID!, $lang: Lang) {\n    sendDossierDocument(id: $id, lang: $lang) { id status emails { id status } }\n  }\n"): (typeof documents)["\n  mutation DossiersSendDocument($id: ID!, $lang: Lang) {\n    sendDossierDocument(id: $id, lang: $lang) { id status emails { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossiersFile($id: ID!) {\n    dossier(id: $id) {\n      id number status origin createdAt contractSigned promoCode note internalNote\n      cancelledAt cancelledBy cancellationReason balanceDueDate guestErasedAt\n      total { cents } paid { cents } balance { cents }\n      deposit { amount { cents } dueDate kind percent }\n      discount { amount { cents } label percent }\n      guest { civility lastName firstName company email phone1 phone2 phone3 fax address addressLine2 postalCode city country }\n      stays {\n        id accommodationId arrival departure priceOverridden\n        occupants { ageRangeId count }\n        accommodationPrice { cents } price { cents } touristTax { cents }\n        supplements { amount { cents } label { fr en } }\n        discounts { amount { cents } label { fr en } }\n      }\n      globalSupplements { id label amount { cents } }\n      payments { id amount { cents } date method note }\n      emails { id at kind recipient status subject to error copy attempts }\n      cancellationSettlement {\n        by depositKind damagesMayBeOwed explanationFr explanationEn\n        compensation { cents } deposit { cents } guestStillOwes { cents } owedToGuest { cents }\n        ownerKeeps { cents } price { cents } received { cents } refunded { cents } stillToRefund { cents }\n      }\n    }\n    ageRanges { id label minAge maxAge }\n    accommodations(includeArchived: true) { id name }\n  }\n"): (typeof documents)["\n  query DossiersFile($id: ID!) {\n    dossier(id: $id) {\n      id number status origin createdAt contractSigned promoCode note internalNote\n      cancelledAt cancelledBy cancellationReason balanceDueDate guestErasedAt\n      total { cents } paid { cents } balance { cents }\n      deposit { amount { cents } dueDate kind percent }\n      discount { amount { cents } label percent }\n      guest { civility lastName firstName company email phone1 phone2 phone3 fax address addressLine2 postalCode city country }\n      stays {\n        id accommodationId arrival departure priceOverridden\n        occupants { ageRangeId count }\n        accommodationPrice { cents } price { cents } touristTax { cents }\n        supplements { amount { cents } label { fr en } }\n        discounts { amount { cents } label { fr en } }\n      }\n      globalSupplements { id label amount { cents } }\n      payments { id amount { cents } date method note }\n      emails { id at kind recipient status subject to error copy attempts }\n      cancellationSettlement {\n        by depositKind damagesMayBeOwed explanationFr explanationEn\n        compensation { cents } deposit { cents } guestStillOwes { cents } owedToGuest { cents }\n        ownerKeeps { cents } price { cents } received { cents } refunded { cents } stillToRefund { cents }\n      }\n    }\n    ageRanges { id label minAge maxAge }\n    accommodations(includeArchived: true) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersConfirm($id: ID!) {\n    confirmDossier(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersConfirm($id: ID!) {\n    confirmDossier(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersMarkContractSigned($id: ID!) {\n    markContractSigned(id: $id) { id status contractSigned }\n  }\n"): (typeof documents)["\n  mutation DossiersMarkContractSigned($id: ID!) {\n    markContractSigned(id: $id) { id status contractSigned }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersCancel($id: ID!, $by: CancellingParty, $reason: String) {\n    cancelDossier(id: $id, by: $by, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersCancel($id: ID!, $by: CancellingParty, $reason: String) {\n    cancelDossier(id: $id, by: $by, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersDelete($id: ID!) {\n    deleteDossier(id: $id)\n  }\n"): (typeof documents)["\n  mutation DossiersDelete($id: ID!) {\n    deleteDossier(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersChangeGuest($id: ID!, $guest: GuestInput!) {\n    changeDossierGuest(id: $id, guest: $guest) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersChangeGuest($id: ID!, $guest: GuestInput!) {\n    changeDossierGuest(id: $id, guest: $guest) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossiersHistory($id: ID!) {\n    dossierHistory(id: $id) { eventId type occurredAt actor data stream }\n  }\n"): (typeof documents)["\n  query DossiersHistory($id: ID!) {\n    dossierHistory(id: $id) { eventId type occurredAt actor data stream }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossiersList($filter: DossierFilter, $first: Int, $after: String, $orderBy: DossierOrder) {\n    dossiers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id number status origin\n        guest { lastName firstName company }\n        stays { id accommodationId arrival departure }\n        total { cents } paid { cents } balance { cents }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DossiersList($filter: DossierFilter, $first: Int, $after: String, $orderBy: DossierOrder) {\n    dossiers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      nodes {\n        id number status origin\n        guest { lastName firstName company }\n        stays { id accommodationId arrival departure }\n        total { cents } paid { cents } balance { cents }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersSetNotes($id: ID!, $note: String, $internalNote: String) {\n    setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { id status note internalNote }\n  }\n"): (typeof documents)["\n  mutation DossiersSetNotes($id: ID!, $note: String, $internalNote: String) {\n    setDossierNotes(id: $id, note: $note, internalNote: $internalNote) { id status note internalNote }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersRecordPayment($dossierId: ID!, $input: PaymentInput!) {\n    recordPayment(dossierId: $dossierId, input: $input) { id status paid { cents } balance { cents } }\n  }\n"): (typeof documents)["\n  mutation DossiersRecordPayment($dossierId: ID!, $input: PaymentInput!) {\n    recordPayment(dossierId: $dossierId, input: $input) { id status paid { cents } balance { cents } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersChangeStay($id: ID!, $accommodationId: ID, $arrival: Date!, $departure: Date!) {\n    changeDossierStay(id: $id, accommodationId: $accommodationId, arrival: $arrival, departure: $departure) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersChangeStay($id: ID!, $accommodationId: ID, $arrival: Date!, $departure: Date!) {\n    changeDossierStay(id: $id, accommodationId: $accommodationId, arrival: $arrival, departure: $departure) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersChangeOccupants($id: ID!, $accommodationId: ID, $occupants: [OccupantsInput!]!) {\n    changeDossierOccupants(id: $id, accommodationId: $accommodationId, occupants: $occupants) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersChangeOccupants($id: ID!, $accommodationId: ID, $occupants: [OccupantsInput!]!) {\n    changeDossierOccupants(id: $id, accommodationId: $accommodationId, occupants: $occupants) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersSetStayPrice($id: ID!, $accommodationId: ID, $cents: Int!) {\n    setDossierStayPrice(id: $id, accommodationId: $accommodationId, cents: $cents) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersSetStayPrice($id: ID!, $accommodationId: ID, $cents: Int!) {\n    setDossierStayPrice(id: $id, accommodationId: $accommodationId, cents: $cents) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersAddGlobalSupplement($id: ID!, $label: String!, $cents: Int!) {\n    addGlobalSupplement(id: $id, label: $label, cents: $cents) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersAddGlobalSupplement($id: ID!, $label: String!, $cents: Int!) {\n    addGlobalSupplement(id: $id, label: $label, cents: $cents) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DossiersSetTerms($id: ID!, $input: DossierTermsInput!) {\n    setDossierTerms(id: $id, input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation DossiersSetTerms($id: ID!, $input: DossierTermsInput!) {\n    setDossierTerms(id: $id, input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { owner { id } }\n  }\n"): (typeof documents)["\n  mutation BackOfficeLogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) { owner { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningOwnerPlanning($from: Date!, $to: Date!) {\n    ownerPlanning(from: $from, to: $to) {\n      accommodationId\n      name\n      days { date state holdId dossierId guestLabel reason conflict nightlyPrice { cents } }\n    }\n  }\n"): (typeof documents)["\n  query PlanningOwnerPlanning($from: Date!, $to: Date!) {\n    ownerPlanning(from: $from, to: $to) {\n      accommodationId\n      name\n      days { date state holdId dossierId guestLabel reason conflict nightlyPrice { cents } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningBlockExtent($accommodationId: ID!, $from: Date!, $to: Date!) {\n    planning(accommodationId: $accommodationId, from: $from, to: $to) { date holdId }\n  }\n"): (typeof documents)["\n  query PlanningBlockExtent($accommodationId: ID!, $from: Date!, $to: Date!) {\n    planning(accommodationId: $accommodationId, from: $from, to: $to) { date holdId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningFileSummary($id: ID!) {\n    dossier(id: $id) {\n      id\n      number\n      status\n      total { cents }\n      stays { accommodationId arrival departure }\n    }\n  }\n"): (typeof documents)["\n  query PlanningFileSummary($id: ID!) {\n    dossier(id: $id) {\n      id\n      number\n      status\n      total { cents }\n      stays { accommodationId arrival departure }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningAgeRanges {\n    ageRanges { id label minAge maxAge }\n  }\n"): (typeof documents)["\n  query PlanningAgeRanges {\n    ageRanges { id label minAge maxAge }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningQuote($input: QuoteInput!) {\n    quote(input: $input) {\n      discountedAccommodationPrice { cents }\n      total { cents }\n      refusals { code }\n    }\n  }\n"): (typeof documents)["\n  query PlanningQuote($input: QuoteInput!) {\n    quote(input: $input) {\n      discountedAccommodationPrice { cents }\n      total { cents }\n      refusals { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation PlanningCreateDossier($input: CreateDossierInput!) {\n    createDossier(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningBlockNights($accommodationId: ID!, $from: Date!, $to: Date!, $reason: String) {\n    blockNights(accommodationId: $accommodationId, from: $from, to: $to, reason: $reason) { id from to }\n  }\n"): (typeof documents)["\n  mutation PlanningBlockNights($accommodationId: ID!, $from: Date!, $to: Date!, $reason: String) {\n    blockNights(accommodationId: $accommodationId, from: $from, to: $to, reason: $reason) { id from to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanningUnblockNights($accommodationId: ID!, $from: Date!, $to: Date!) {\n    unblockNights(accommodationId: $accommodationId, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  mutation PlanningUnblockNights($accommodationId: ID!, $from: Date!, $to: Date!) {\n    unblockNights(accommodationId: $accommodationId, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRatesAccommodations {\n    accommodations { id name reference }\n  }\n"): (typeof documents)["\n  query BackOfficeRatesAccommodations {\n    accommodations { id name reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRatesLastEntry($accommodationId: ID!) {\n    lastRatesEntry(accommodationId: $accommodationId) {\n      accommodationId arrivalDays nights periods { from to } initialPrice { cents }\n      discount { amount { cents } percent } salePrice { cents } setAt\n    }\n  }\n"): (typeof documents)["\n  query BackOfficeRatesLastEntry($accommodationId: ID!) {\n    lastRatesEntry(accommodationId: $accommodationId) {\n      accommodationId arrivalDays nights periods { from to } initialPrice { cents }\n      discount { amount { cents } percent } salePrice { cents } setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesSet($input: SetRatesInput!) {\n    setRates(input: $input) { count }\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesSet($input: SetRatesInput!) {\n    setRates(input: $input) { count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRatesList($accommodationId: ID!, $from: Date!, $to: Date!, $nights: Int, $arrivalDays: [Weekday!]) {\n    rates(accommodationId: $accommodationId, from: $from, to: $to, nights: $nights, arrivalDays: $arrivalDays) {\n      id arrival departure arrivalDay nights initialPrice { cents } discount { cents } discountPercentSet salePrice { cents }\n    }\n  }\n"): (typeof documents)["\n  query BackOfficeRatesList($accommodationId: ID!, $from: Date!, $to: Date!, $nights: Int, $arrivalDays: [Weekday!]) {\n    rates(accommodationId: $accommodationId, from: $from, to: $to, nights: $nights, arrivalDays: $arrivalDays) {\n      id arrival departure arrivalDay nights initialPrice { cents } discount { cents } discountPercentSet salePrice { cents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesDelete($accommodationId: ID!, $ids: [ID!]!) {\n    deleteRates(accommodationId: $accommodationId, ids: $ids)\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesDelete($accommodationId: ID!, $ids: [ID!]!) {\n    deleteRates(accommodationId: $accommodationId, ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRatesPromotions {\n    promotions { id kind percent days validFrom validTo accommodationIds }\n  }\n"): (typeof documents)["\n  query BackOfficeRatesPromotions {\n    promotions { id kind percent days validFrom validTo accommodationIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesRemovePromotion($id: ID!) {\n    removePromotion(id: $id)\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesRemovePromotion($id: ID!) {\n    removePromotion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BackOfficeRatesPromoCodes {\n    promoCodes { id code internalLabel label { fr en } amount { cents } percent usage used combinesWithPromotions validFrom validTo accommodationIds }\n  }\n"): (typeof documents)["\n  query BackOfficeRatesPromoCodes {\n    promoCodes { id code internalLabel label { fr en } amount { cents } percent usage used combinesWithPromotions validFrom validTo accommodationIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesCreatePromoCode($input: PromoCodeInput!) {\n    createPromoCode(input: $input) { id code }\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesCreatePromoCode($input: PromoCodeInput!) {\n    createPromoCode(input: $input) { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeRatesRemovePromoCode($id: ID!) {\n    removePromoCode(id: $id)\n  }\n"): (typeof documents)["\n  mutation BackOfficeRatesRemovePromoCode($id: ID!) {\n    removePromoCode(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsAccommodations {\n    accommodations { id name city visibility }\n  }\n"): (typeof documents)["\n  query SalesChannelsAccommodations {\n    accommodations { id name city visibility }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsApiKeys {\n    apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt }\n  }\n"): (typeof documents)["\n  query SalesChannelsApiKeys {\n    apiKeys { id name prefix scopes createdAt lastUsedAt revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsCreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { key apiKey { id name } }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsCreateApiKey($name: String!, $scopes: [ApiScope!]!) {\n    createApiKey(name: $name, scopes: $scopes) { key apiKey { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsMyDestinations {\n    myDestinations {\n      joinedAt\n      destination { id name kind area website }\n      accommodations { id name bookable }\n    }\n  }\n"): (typeof documents)["\n  query SalesChannelsMyDestinations {\n    myDestinations {\n      joinedAt\n      destination { id name kind area website }\n      accommodations { id name bookable }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsFindDestinations($department: String) {\n    destinations(department: $department) { id name kind area website }\n  }\n"): (typeof documents)["\n  query SalesChannelsFindDestinations($department: String) {\n    destinations(department: $department) { id name kind area website }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsJoinDestination($destinationId: ID!, $accommodationIds: [ID!]!) {\n    joinDestination(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsJoinDestination($destinationId: ID!, $accommodationIds: [ID!]!) {\n    joinDestination(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsSetDestinationListing($destinationId: ID!, $accommodationIds: [ID!]!) {\n    setDestinationListing(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsSetDestinationListing($destinationId: ID!, $accommodationIds: [ID!]!) {\n    setDestinationListing(destinationId: $destinationId, accommodationIds: $accommodationIds) { destination { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsLeaveDestination($destinationId: ID!) {\n    leaveDestination(destinationId: $destinationId)\n  }\n"): (typeof documents)["\n  mutation SalesChannelsLeaveDestination($destinationId: ID!) {\n    leaveDestination(destinationId: $destinationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsIcalExport($accommodationId: ID!) {\n    icalExportUrl(accommodationId: $accommodationId)\n    icalExportSettings(accommodationId: $accommodationId) { exportOptions exportImported }\n  }\n"): (typeof documents)["\n  query SalesChannelsIcalExport($accommodationId: ID!) {\n    icalExportUrl(accommodationId: $accommodationId)\n    icalExportSettings(accommodationId: $accommodationId) { exportOptions exportImported }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsSetIcalExportSettings($accommodationId: ID!, $input: IcalExportSettingsInput!) {\n    setIcalExportSettings(accommodationId: $accommodationId, input: $input) { exportOptions exportImported }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsSetIcalExportSettings($accommodationId: ID!, $input: IcalExportSettingsInput!) {\n    setIcalExportSettings(accommodationId: $accommodationId, input: $input) { exportOptions exportImported }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRegenerateIcalExportUrl($accommodationId: ID!) {\n    regenerateIcalExportUrl(accommodationId: $accommodationId)\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRegenerateIcalExportUrl($accommodationId: ID!) {\n    regenerateIcalExportUrl(accommodationId: $accommodationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsSyncIcalFeed($id: ID!, $lang: Lang) {\n    syncIcalFeed(id: $id, lang: $lang) { id status }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsSyncIcalFeed($id: ID!, $lang: Lang) {\n    syncIcalFeed(id: $id, lang: $lang) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsConfirmIcalFeed($id: ID!, $lang: Lang) {\n    confirmIcalFeed(id: $id, lang: $lang) { id status }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsConfirmIcalFeed($id: ID!, $lang: Lang) {\n    confirmIcalFeed(id: $id, lang: $lang) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRemoveIcalFeed($id: ID!) {\n    removeIcalFeed(id: $id)\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRemoveIcalFeed($id: ID!) {\n    removeIcalFeed(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsIcalFeeds($accommodationId: ID!, $lang: Lang) {\n    icalFeeds(accommodationId: $accommodationId, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n"): (typeof documents)["\n  query SalesChannelsIcalFeeds($accommodationId: ID!, $lang: Lang) {\n    icalFeeds(accommodationId: $accommodationId, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsAddIcalFeed($input: IcalFeedInput!, $lang: Lang) {\n    addIcalFeed(input: $input, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsAddIcalFeed($input: IcalFeedInput!, $lang: Lang) {\n    addIcalFeed(input: $input, lang: $lang) {\n      id label platform url status lastError lastSuccessAt lastAttemptAt nextFetchAt\n      eventCount bookedCount closedCount exportUrl intervalMinutes\n      problems { code line message }\n      suspicion { reason lost seen needed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsSyncConflicts($accommodationId: ID!) {\n    syncConflicts(accommodationId: $accommodationId) {\n      id feedId arrival departure label since\n      heldBy { kind dossierId arrival departure }\n    }\n    icalFeeds(accommodationId: $accommodationId) { id label }\n  }\n"): (typeof documents)["\n  query SalesChannelsSyncConflicts($accommodationId: ID!) {\n    syncConflicts(accommodationId: $accommodationId) {\n      id feedId arrival departure label since\n      heldBy { kind dossierId arrival departure }\n    }\n    icalFeeds(accommodationId: $accommodationId) { id label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      nodes { id eventType status attempts createdAt deliveredAt lastAttemptAt lastStatusCode lastError nextAttemptAt }\n    }\n  }\n"): (typeof documents)["\n  query SalesChannelsWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      nodes { id eventType status attempts createdAt deliveredAt lastAttemptAt lastStatusCode lastError nextAttemptAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status nextAttemptAt }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) { id status nextAttemptAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRemoveWebhookEndpoint($id: ID!) {\n    removeWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsRotateWebhookSecret($id: ID!) {\n    rotateWebhookSecret(id: $id) { secret endpoint { id previousSecretExpiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsEnableWebhookEndpoint($id: ID!, $input: WebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id enabled disabledAt }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsEnableWebhookEndpoint($id: ID!, $input: WebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) { id enabled disabledAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesChannelsWebhookEndpoints {\n    webhookEndpoints { id url eventTypes enabled disabledAt includeGuestDetails createdAt previousSecretExpiresAt }\n  }\n"): (typeof documents)["\n  query SalesChannelsWebhookEndpoints {\n    webhookEndpoints { id url eventTypes enabled disabledAt includeGuestDetails createdAt previousSecretExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SalesChannelsCreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url } }\n  }\n"): (typeof documents)["\n  mutation SalesChannelsCreateWebhookEndpoint($input: WebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret endpoint { id url } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsAgeRanges {\n    ageRanges { id label minAge maxAge countsTowardsCapacity }\n  }\n"): (typeof documents)["\n  query SettingsAgeRanges {\n    ageRanges { id label minAge maxAge countsTowardsCapacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsDefineAgeRange($input: AgeRangeInput!) {\n    defineAgeRange(input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n"): (typeof documents)["\n  mutation SettingsDefineAgeRange($input: AgeRangeInput!) {\n    defineAgeRange(input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsUpdateAgeRange($id: ID!, $input: AgeRangeInput!) {\n    updateAgeRange(id: $id, input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n"): (typeof documents)["\n  mutation SettingsUpdateAgeRange($id: ID!, $input: AgeRangeInput!) {\n    updateAgeRange(id: $id, input: $input) { id label minAge maxAge countsTowardsCapacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsRemoveAgeRange($id: ID!) {\n    removeAgeRange(id: $id)\n  }\n"): (typeof documents)["\n  mutation SettingsRemoveAgeRange($id: ID!) {\n    removeAgeRange(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsContractLatestDossier {\n    dossiers(first: 1, orderBy: CREATED_DESC) { nodes { id number } }\n  }\n"): (typeof documents)["\n  query SettingsContractLatestDossier {\n    dossiers(first: 1, orderBy: CREATED_DESC) { nodes { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsContract {\n    documentSettings {\n      header { name slogan }\n      showPriceDetail\n      arrival { from to note { fr en } }\n      departure { before note { fr en } }\n      furtherInformation { fr en }\n      politeness { fr en }\n      signatureRequest { option { fr en } contract { fr en } }\n      statusTexts { option { fr en } confirmed { fr en } paid { fr en } }\n      description { accommodationImages establishmentImages establishmentText }\n      printTerms\n    }\n  }\n"): (typeof documents)["\n  query SettingsContract {\n    documentSettings {\n      header { name slogan }\n      showPriceDetail\n      arrival { from to note { fr en } }\n      departure { before note { fr en } }\n      furtherInformation { fr en }\n      politeness { fr en }\n      signatureRequest { option { fr en } contract { fr en } }\n      statusTexts { option { fr en } confirmed { fr en } paid { fr en } }\n      description { accommodationImages establishmentImages establishmentText }\n      printTerms\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetContract($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms showPriceDetail }\n  }\n"): (typeof documents)["\n  mutation SettingsSetContract($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms showPriceDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsDepositPolicy {\n    depositPolicy { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n"): (typeof documents)["\n  query SettingsDepositPolicy {\n    depositPolicy { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetDepositPolicy($input: DepositPolicyInput!) {\n    setDepositPolicy(input: $input) { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n"): (typeof documents)["\n  mutation SettingsSetDepositPolicy($input: DepositPolicyInput!) {\n    setDepositPolicy(input: $input) { kind defaultPercent depositDueDays rules { daysBeforeArrivalUnder percent } balanceDue { onArrival daysBeforeArrival } acceptedPaymentMethods chequePayableTo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsEmails {\n    emailSettings { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n"): (typeof documents)["\n  query SettingsEmails {\n    emailSettings { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetEmails($input: EmailSettingsInput!) {\n    setEmailSettings(input: $input) { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n"): (typeof documents)["\n  mutation SettingsSetEmails($input: EmailSettingsInput!) {\n    setEmailSettings(input: $input) { languages copyToOwner depositReminder balanceReminderDays onlineBooking subject { fr en } introduction { fr en } footer { fr en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsLeadTimeAccommodations {\n    accommodations { id name }\n  }\n"): (typeof documents)["\n  query SettingsLeadTimeAccommodations {\n    accommodations { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsLeadTimeRules($accommodationId: ID!) {\n    bookingRules(accommodationId: $accommodationId) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n"): (typeof documents)["\n  query SettingsLeadTimeRules($accommodationId: ID!) {\n    bookingRules(accommodationId: $accommodationId) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetBookingRules($input: BookingRulesInput!) {\n    setBookingRules(input: $input) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n"): (typeof documents)["\n  mutation SettingsSetBookingRules($input: BookingRulesInput!) {\n    setBookingRules(input: $input) { accommodationId closedToArrival closedToDeparture minimumStay timeZone leadTime { kind days hour } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsSalesTerms {\n    salesTerms { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n"): (typeof documents)["\n  query SettingsSalesTerms {\n    salesTerms { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetSalesTerms($input: SalesTermsInput!) {\n    setSalesTerms(input: $input) { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n"): (typeof documents)["\n  mutation SettingsSetSalesTerms($input: SalesTermsInput!) {\n    setSalesTerms(input: $input) { onlinePayment onlinePaymentReady preBooking paymentWindowMinutes privacy { link text { fr en } } gdprOptIn { link text { fr en } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPayment {\n    paymentProvider { provider byDefault connectedAt keyHint }\n    salesTerms { onlinePayment onlinePaymentReady }\n  }\n"): (typeof documents)["\n  query SettingsPayment {\n    paymentProvider { provider byDefault connectedAt keyHint }\n    salesTerms { onlinePayment onlinePaymentReady }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsConnectPaymentProvider($input: PaymentProviderInput!) {\n    connectPaymentProvider(input: $input) { provider byDefault connectedAt keyHint }\n  }\n"): (typeof documents)["\n  mutation SettingsConnectPaymentProvider($input: PaymentProviderInput!) {\n    connectPaymentProvider(input: $input) { provider byDefault connectedAt keyHint }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsDisconnectPaymentProvider {\n    disconnectPaymentProvider\n  }\n"): (typeof documents)["\n  mutation SettingsDisconnectPaymentProvider {\n    disconnectPaymentProvider\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsTermsOfSale {\n    documentSettings { printTerms terms { fr en } termsModel { fr en } }\n  }\n"): (typeof documents)["\n  query SettingsTermsOfSale {\n    documentSettings { printTerms terms { fr en } termsModel { fr en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsSetTermsOfSale($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms terms { fr en } }\n  }\n"): (typeof documents)["\n  mutation SettingsSetTermsOfSale($input: DocumentSettingsInput!) {\n    setDocumentSettings(input: $input) { printTerms terms { fr en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackOfficeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { owner { id } }\n  }\n"): (typeof documents)["\n  mutation BackOfficeSignUp($input: SignUpInput!) {\n    signUp(input: $input) { owner { id } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;