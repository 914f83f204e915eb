import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Commune', { description: 'A French commune a postal code serves, from the official list' })
export class CommuneType {
  @Field({ description: 'The INSEE code of the commune (code officiel géographique), e.g. 84050; 2A004 in Corsica' }) inseeCode!: string;
  @Field({ description: 'Its official name: "Saint-Pantaléon", "Lyon 3e Arrondissement"' }) name!: string;
  @Field() postalCode!: string;
  @Field({ description: 'The "libellé d’acheminement" written after the postal code on an envelope: "ST-JEAN-DE-VERGES", "LYON"' })
  deliveryLabel!: string;
}
