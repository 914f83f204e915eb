import { Field, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { CHARACTERISTIC_GROUPS, type Characteristic, type CharacteristicGroup } from '../domain/accommodation/characteristics';

const CharacteristicGroupEnum = enumType(
  CHARACTERISTIC_GROUPS,
  'CharacteristicGroup',
  'EQUIPMENT: in the unit; INFRASTRUCTURE: on the property; AMENITY: services and house rules',
);

@ObjectType('CharacteristicLabel')
export class CharacteristicLabelType {
  @Field() fr!: string;
  @Field() en!: string;
}

@ObjectType('Characteristic', { description: 'One entry of the fixed catalogue of what an accommodation offers' })
export class CharacteristicType {
  @Field({ description: 'Stable code to send in AccommodationInput.characteristics' }) code!: string;
  @Field(() => CharacteristicGroupEnum) group!: CharacteristicGroup;
  @Field(() => CharacteristicLabelType) label!: CharacteristicLabelType;
}

export const characteristicType = (c: Characteristic): CharacteristicType => ({ code: c.code, group: c.group, label: { ...c.label } });
