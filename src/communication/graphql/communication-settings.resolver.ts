import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { DossierContexts } from '../application/dossier-context';
import { SetCommunicationSettings } from '../application/set-communication-settings.handler';
import type { CommunicationSettings } from '../domain/settings/communication-settings.decider';
import { DocumentSettingsInput, documentSettingsType, DocumentSettingsType, EmailSettingsInput, emailSettingsType, EmailSettingsType } from './communication-settings.types';

@Resolver()
export class CommunicationSettingsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contexts: DossierContexts,
  ) {}

  @Query(() => DocumentSettingsType, { description: 'How your booking-file document reads; French defaults until you change them' })
  async documentSettings(@CurrentOwner() caller: AuthenticatedOwner): Promise<DocumentSettingsType> {
    return documentSettingsType((await this.contexts.settingsOf(caller.ownerId)).document);
  }

  @Query(() => EmailSettingsType, { description: 'How your emails read and who gets them' })
  async emailSettings(@CurrentOwner() caller: AuthenticatedOwner): Promise<EmailSettingsType> {
    return emailSettingsType((await this.contexts.settingsOf(caller.ownerId)).email);
  }

  @Mutation(() => DocumentSettingsType, { description: 'Saves the parts you send; the next document follows them' })
  async setDocumentSettings(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => DocumentSettingsInput }) input: DocumentSettingsInput): Promise<DocumentSettingsType> {
    const settings: CommunicationSettings = await this.commands.execute(new SetCommunicationSettings(caller.ownerId, { document: input }));
    return documentSettingsType(settings.document);
  }

  @Mutation(() => EmailSettingsType, { description: 'Saves the fields you send; the next email follows them' })
  async setEmailSettings(@CurrentOwner() caller: AuthenticatedOwner, @Args('input', { type: () => EmailSettingsInput }) input: EmailSettingsInput): Promise<EmailSettingsType> {
    const settings: CommunicationSettings = await this.commands.execute(new SetCommunicationSettings(caller.ownerId, { email: input }));
    return emailSettingsType(settings.email);
  }
}
