import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('GuestErasure', { description: 'A guest erased from your files: their figures stay, the person is gone from them, their emails and every event' })
export class GuestErasureType {
  @Field(() => ID)
  guestId!: string;

  @Field(() => [ID], { description: 'The booking files whose guest was erased' })
  dossierIds!: string[];
}

@ObjectType('GuestExport', { description: 'Everything you hold about a guest, to hand over when they ask (RGPD art. 15 and 20)' })
export class GuestExportType {
  @Field(() => ID)
  guestId!: string;

  @Field({ description: 'What to save it as, e.g. donnees-client-DUPONT-Marie-2026-12-03.json' })
  fileName!: string;

  @Field({ description: 'The JSON document: the guest, each file with its stays, money, notes and emails, and the consents given when booking online (terms version and time; marketing opt-in, its text and time)' })
  json!: string;
}
