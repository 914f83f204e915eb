import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { communicationSettingsEvents, type CommunicationSettingsEvent } from './communication-settings.events';
import { DEFAULT_DOCUMENT_SETTINGS, parseDocumentSettings, type DocumentSettings, type DocumentSettingsInput } from './document-settings';
import { DEFAULT_EMAIL_SETTINGS, parseEmailSettings, type EmailSettings, type EmailSettingsInput } from './email-settings';

export type { CommunicationSettingsEvent };

/** Stream `communication-settings-<ownerId>`: how the owner's documents and emails read. */
export const communicationSettingsStream = (ownerId: string) => `communication-settings-${ownerId}`;

/**
 * The owner's input, parsed against the settings as the stream holds them, so that two tabs
 * saving different parts never undo each other: each keeps what it did not send.
 */
export type CommunicationSettingsCommand =
  | Command<'SetDocumentSettings', { ownerId: string; input: DocumentSettingsInput }>
  | Command<'SetEmailSettings', { ownerId: string; input: EmailSettingsInput }>;

export interface CommunicationSettings {
  readonly document: DocumentSettings;
  readonly email: EmailSettings;
}

export function decide(command: CommunicationSettingsCommand, state: CommunicationSettings): CommunicationSettingsEvent[] {
  switch (command.type) {
    case 'SetDocumentSettings': {
      const { ownerId, input } = command.data;
      const settings = parseDocumentSettings('input', input, state.document);
      // Key order is not kept by every event store (jsonb sorts keys), so compare by value.
      return isDeepStrictEqual(settings, state.document) ? [] : [event('DocumentSettingsSet', { ownerId, settings })];
    }
    case 'SetEmailSettings': {
      const { ownerId, input } = command.data;
      const settings = parseEmailSettings('input', input, state.email);
      return isDeepStrictEqual(settings, state.email) ? [] : [event('EmailSettingsSet', { ownerId, settings })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: CommunicationSettings, e: CommunicationSettingsEvent): CommunicationSettings {
  switch (e.type) {
    case 'DocumentSettingsSet':
      return { ...state, document: e.data.settings };
    case 'EmailSettingsSet':
      return { ...state, email: e.data.settings };
    default:
      return assertNever(e);
  }
}

export const communicationSettingsDecider: Decider<CommunicationSettingsCommand, CommunicationSettingsEvent, CommunicationSettings> = {
  decide,
  evolve,
  initialState: () => ({ document: DEFAULT_DOCUMENT_SETTINGS, email: DEFAULT_EMAIL_SETTINGS }),
  events: communicationSettingsEvents,
};
