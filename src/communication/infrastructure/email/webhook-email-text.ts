import { longDateTime } from '../../../shared/kernel/formats';
import type { Lang } from '../../../shared/kernel/lang';
import type { WebhookDisabledEmailFacts } from '../../domain/email/email-facts';
import { oneLine, ownerAlertText, type EmailText } from './email-text';

/** As for the calendars' emails: the owners are in metropolitan France, and so are their clocks. */
const OWNER_ZONE = 'Europe/Paris';

type Opening = (host: string, since: string) => { readonly subject: string; readonly paragraphs: readonly string[] };

/* French then English side by side, as in `email-wording.ts`. */
const DISABLED: Record<Lang, Opening> = {
  FR: (host, since) => ({
    subject: `Webhook désactivé : ${host}`,
    paragraphs: [
      `Nous avons désactivé le webhook qui envoie vos événements à ${host} : depuis le ${since}, aucun envoi n’y a abouti, malgré nos nouvelles tentatives pendant des jours.`,
      'L’outil qui le reçoit (gestionnaire de canaux, logiciel de comptabilité…) n’apprend donc plus vos nouvelles réservations ni leurs changements.',
      'Vérifiez auprès de son éditeur que l’adresse est toujours la bonne et que son service répond, puis réactivez le webhook dans vos réglages d’intégration : ce qui n’a pas été reçu sera envoyé à nouveau.',
    ],
  }),
  EN: (host, since) => ({
    subject: `Webhook disabled: ${host}`,
    paragraphs: [
      `We have disabled the webhook that sends your events to ${host}: since ${since}, no delivery has succeeded there, although we kept trying for days.`,
      'The tool that receives it (channel manager, accounting software…) therefore no longer hears of your new bookings or their changes.',
      'Please check with its provider that the address is still right and that their service answers, then enable the webhook again in your integration settings: what was not received will be sent again.',
    ],
  }),
};

/** The words of an email to the owner about a webhook endpoint switched off for failing. */
export function webhookEmailText(facts: WebhookDisabledEmailFacts): EmailText {
  const opening = DISABLED[facts.lang](oneLine(facts.host), longDateTime(facts.failingSince, OWNER_ZONE, facts.lang));
  return ownerAlertText(facts, opening);
}
