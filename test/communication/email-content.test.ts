import { emailContent } from '../../src/communication/infrastructure/email/email-content';
import { EMAIL_KINDS, type EmailFacts, type EmailKind } from '../../src/communication/domain/email/email-facts';
import { LANGS, type Lang } from '../../src/shared/kernel/lang';
import { euros } from '../../src/shared/kernel/money';

/** Intl writes narrow and plain no-break spaces in French amounts; assertions compare words. */
const spaced = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

/** HTML text with tags dropped and entities undone: what a reader of the email sees. */
const visible = (html: string): string =>
  spaced(
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' '),
  );

function facts(overrides: Partial<EmailFacts> = {}, dossier: Partial<EmailFacts['dossier']> = {}): EmailFacts {
  return {
    kind: 'DOSSIER_DOCUMENT',
    lang: 'FR',
    copy: false,
    sender: 'Gîte des Lilas',
    dossier: {
      number: 12,
      status: 'OPTION',
      guestName: 'Marie Dupont',
      guestEmail: 'marie.dupont@example.org',
      guestPhone: '06 12 34 56 78',
      stays: [
        {
          accommodationName: 'La Grange',
          arrival: '2020-01-25',
          departure: '2020-02-08',
          occupants: [
            { label: 'Adultes', count: 2 },
            { label: 'Enfant', count: 1 },
            { label: 'Bébé', count: 0 },
          ],
          touristTax: euros(0),
          touristTaxLines: [],
        },
      ],
      total: euros(19_000),
      paid: euros(0),
      balance: euros(19_000),
      deposit: { kind: 'ACOMPTE', amount: euros(4_750), dueDate: '2020-01-30' },
      balanceDueDate: '2020-01-18',
      ...dossier,
    },
    payment: null,
    withDocument: true,
    subject: null,
    introduction: null,
    footer: ['Gîte des Lilas', '3 chemin des Prés', '09000 Foix'],
    ...overrides,
  };
}

const paymentFacts = (kind: EmailKind, lang: Lang): EmailFacts =>
  facts({ kind, lang, payment: kind === 'PAYMENT_RECEIVED' ? { amount: euros(1_062), date: '2020-01-25' } : null });

describe('what an email says', () => {
  describe.each(LANGS)('in %s', (lang) => {
    it.each(EMAIL_KINDS)('writes a %s email with a subject, an HTML part and a text part', (kind) => {
      const content = emailContent(paymentFacts(kind, lang));
      expect(content.subject.trim()).not.toBe('');
      expect(content.subject).not.toMatch(/[\r\n]/);
      expect(content.html).toMatch(/^<!doctype html>/i);
      expect(visible(content.html)).toContain('Gîte des Lilas');
      expect(visible(content.html)).toContain('La Grange');
      expect(content.text).toContain('La Grange');
      expect(content.text).toContain('3 chemin des Prés');
    });
  });

  it('writes amounts, dates and occupants the French way', () => {
    const content = emailContent(facts());
    for (const part of [visible(content.html), spaced(content.text)]) {
      expect(part).toContain('47,50 €');
      expect(part).toContain('190,00 €');
      expect(part).toContain('du samedi 25 janvier 2020 au samedi 8 février 2020');
      expect(part).toContain('2 Adultes, 1 Enfant');
      expect(part).not.toContain('Bébé');
    }
    expect(content.subject).toBe('Proposition de location n° 12');
    expect(spaced(content.text)).toContain('Bonjour Marie Dupont,');
    expect(spaced(content.text)).toContain("accompagnée de l'acompte de 47,50 €, avant le jeudi 30 janvier 2020");
  });

  it('writes them the British way in English', () => {
    const content = emailContent(facts({ lang: 'EN' }));
    expect(content.subject).toBe('Rental proposal no. 12');
    expect(content.text).toContain('€47.50');
    expect(content.text).toContain('from Saturday 25 January 2020 to Saturday 8 February 2020');
    expect(content.text).toContain('Hello Marie Dupont,');
  });

  it("shows each stay's tourist tax apart from the total, with how the commune's tariff made it, in the guest's language", () => {
    const taxed = (lang: 'FR' | 'EN', line: string) =>
      emailContent({
        ...facts({}, { stays: [{ accommodationName: 'La Grange', arrival: '2026-07-04', departure: '2026-07-11', occupants: [{ label: 'Adultes', count: 2 }], touristTax: euros(1_232), touristTaxLines: [line] }] }),
        lang,
      });
    const french = taxed('FR', '7 nuits à partir du 04/07/2026 : 2 personnes × 0,88 € (…) = 12,32 €');
    expect(french.text).toContain('Taxe de séjour, en sus du total : 12,32\u00a0€\n7 nuits à partir du 04/07/2026 : 2 personnes × 0,88 € (…) = 12,32 €');
    expect(french.html).toContain('Taxe de séjour, en sus du total : 12,32\u00a0€<br>7 nuits à partir du 04/07/2026');
    expect(taxed('EN', '7 nights from 04/07/2026: … = €12.32').text).toContain('Tourist tax, on top of the total: €12.32\n7 nights from 04/07/2026: … = €12.32');
    // Nothing to pay for a stay without tax, nor for a cancelled booking.
    expect(emailContent(facts()).text).not.toContain('Taxe de séjour');
    const cancelled = facts({ kind: 'CANCELLATION' }, { status: 'CANCELLED', stays: [{ accommodationName: 'La Grange', arrival: '2026-07-04', departure: '2026-07-11', occupants: [], touristTax: euros(1_232), touristTaxLines: [] }] });
    expect(emailContent(cancelled).text).not.toContain('Taxe de séjour');
  });

  it('calls the document a contract once the booking is confirmed', () => {
    expect(emailContent(facts({}, { status: 'CONFIRMED' })).subject).toBe('Contrat de location n° 12');
    expect(emailContent(facts({ lang: 'EN' }, { status: 'PAID' })).subject).toBe('Rental contract no. 12');
  });

  it('says the document is attached, or announces the booking with the guest details when it is not', () => {
    const attached = spaced(emailContent(facts()).text);
    expect(attached).toContain('Veuillez trouver ci-joint notre proposition de location n° 12.');
    expect(attached).not.toContain('marie.dupont@example.org');

    const notification = spaced(emailContent(facts({ withDocument: false })).text);
    expect(notification).not.toContain('ci-joint');
    expect(notification).toContain('Votre réservation n° 12 est bien enregistrée.');
    expect(notification).toContain('marie.dupont@example.org');
    expect(notification).toContain('06 12 34 56 78');
  });

  it('escapes what guests and owners typed in the HTML and keeps it as typed in the text', () => {
    const content = emailContent(
      facts(
        { withDocument: false, introduction: 'Bonjour,\n<img src=x onerror=alert(1)>\nÀ bientôt', sender: 'Chez "Léa" & Paul', footer: ["L'Étable <b>"] },
        {
          guestName: '<script>alert(1)</script> & Co',
          stays: [{ accommodationName: '<i>Grange</i>', arrival: '2020-01-25', departure: '2020-02-08', occupants: [], touristTax: euros(10), touristTaxLines: ['1 nuit <b>taxée</b>'] }],
        },
      ),
    );
    expect(content.html).not.toMatch(/<script|<img|<i>|<b>/i);
    expect(content.html).toContain('1 nuit &lt;b&gt;taxée&lt;/b&gt;');
    expect(content.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(content.html).toContain('Bonjour,<br>&lt;img src=x onerror=alert(1)&gt;<br>À bientôt');
    expect(content.html).toContain('Chez &quot;Léa&quot; &amp; Paul');
    expect(content.html).toContain('L&#39;Étable &lt;b&gt;');
    expect(content.text).toContain('<script>alert(1)</script> & Co');
    expect(content.text).toContain('Bonjour,\n<img src=x onerror=alert(1)>\nÀ bientôt');
    expect(content.text).toContain('Chez "Léa" & Paul');
  });

  it('puts the guest name in the owner subject on one line', () => {
    const content = emailContent(facts({ kind: 'OWNER_NEW_BOOKING' }, { guestName: 'Marie\r\nBcc: evil@example.org' }));
    expect(content.subject).toBe('Nouvelle réservation en ligne n° 12 – Marie Bcc: evil@example.org');
    expect(content.text).toContain('marie.dupont@example.org');
    expect(content.text).toContain('Bonjour,');
  });

  it('marks a copy for the owner in the subject', () => {
    expect(emailContent(facts({ copy: true })).subject).toBe('Copie : Proposition de location n° 12');
    expect(emailContent(facts({ copy: true, lang: 'EN' })).subject).toBe('Copy: Rental proposal no. 12');
  });

  it("uses the owner's own subject and introduction instead of the standard ones", () => {
    const content = emailContent(facts({ subject: 'Votre séjour à la Grange', introduction: 'Merci pour votre confiance !\nVoici votre contrat.' }));
    expect(content.subject).toBe('Votre séjour à la Grange');
    expect(content.text).toContain('Merci pour votre confiance !\nVoici votre contrat.');
    expect(content.text).not.toContain('Veuillez trouver ci-joint');
    expect(emailContent(facts({ subject: 'Mon sujet', copy: true })).subject).toBe('Copie : Mon sujet');
  });

  it('acknowledges a payment and says what remains due', () => {
    const content = emailContent(
      facts({ kind: 'PAYMENT_RECEIVED', payment: { amount: euros(1_062), date: '2020-01-25' } }, { status: 'CONFIRMED', paid: euros(5_000), balance: euros(14_000) }),
    );
    expect(spaced(content.text)).toContain('Nous avons bien reçu votre règlement de 10,62 € du samedi 25 janvier 2020');
    expect(spaced(content.text)).toContain('Il reste 140,00 € à régler, avant le samedi 18 janvier 2020.');
  });

  it('reads a negative payment as a refund', () => {
    const refund = facts({ kind: 'PAYMENT_RECEIVED', payment: { amount: euros(-1_062), date: '2020-01-25' } }, { status: 'PAID', paid: euros(19_000), balance: euros(0) });
    const fr = emailContent(refund);
    expect(fr.subject).toBe('Remboursement – réservation n° 12');
    expect(spaced(fr.text)).toContain('Nous vous avons remboursé 10,62 € le samedi 25 janvier 2020');
    expect(fr.text).not.toContain('-10');
    expect(fr.text).not.toContain('règlement de');
    const en = emailContent({ ...refund, lang: 'EN' });
    expect(en.subject).toBe('Refund – booking no. 12');
    expect(en.text).toContain('We have refunded €10.62 to you on Saturday 25 January 2020');
  });

  it('says nothing is left to pay after a refund on a cancelled booking', () => {
    const content = emailContent(
      facts({ kind: 'PAYMENT_RECEIVED', payment: { amount: euros(-4_750), date: '2020-01-25' } }, { status: 'CANCELLED', paid: euros(0), balance: euros(19_000) }),
    );
    expect(spaced(content.text)).toContain('Nous vous avons remboursé 47,50 €');
    expect(content.text).not.toMatch(/réglé|Reste à régler|il reste/i);
  });

  it('reminds of an unpaid deposit and of a balance with their due dates', () => {
    const deposit = spaced(emailContent(facts({ kind: 'DEPOSIT_REMINDER' })).text);
    expect(deposit).toContain("l'acompte de 47,50 € de votre réservation n° 12, attendu pour le jeudi 30 janvier 2020");
    const balance = spaced(emailContent(facts({ kind: 'BALANCE_REMINDER', lang: 'EN' }, { status: 'CONFIRMED', paid: euros(4_750), balance: euros(14_250) })).text);
    expect(balance).toContain('the balance of €142.50 for your booking no. 12 is due by Saturday 18 January 2020');
  });

  it('names arrhes as arrhes, with their article, in every French email that asks for them', () => {
    const arrhes = (kind: EmailKind) => spaced(emailContent(facts({ kind }, { deposit: { kind: 'ARRHES', amount: euros(4_750), dueDate: '2020-01-30' } })).text);
    expect(arrhes('DEPOSIT_REMINDER')).toContain('nous n\'avons pas encore reçu les arrhes de 47,50 € de votre réservation n° 12, attendues pour le jeudi 30 janvier 2020');
    expect(arrhes('DEPOSIT_REMINDER')).toContain('Merci de nous les faire parvenir');
    expect(arrhes('DOSSIER_DOCUMENT')).toContain('accompagnée des arrhes de 47,50 €');
    expect(arrhes('BOOKING_REQUEST_RECEIVED')).toContain('Arrhes, avant le jeudi 30 janvier 2020');
  });

  it('tells the owner who booked online, with the total', () => {
    const content = emailContent(facts({ kind: 'OWNER_NEW_BOOKING' }));
    expect(content.subject).toBe('Nouvelle réservation en ligne n° 12 – Marie Dupont');
    const text = spaced(content.text);
    expect(text).toContain('Client : Marie Dupont');
    expect(text).toContain('Téléphone : 06 12 34 56 78');
    expect(text).toContain('Total du séjour : 190,00 €');
    expect(text).not.toContain('Cordialement');
  });

  it('confirms a cancellation', () => {
    expect(emailContent(facts({ kind: 'CANCELLATION' }, { status: 'CANCELLED' })).subject).toBe('Annulation de la réservation n° 12');
    expect(emailContent(facts({ kind: 'CANCELLATION', lang: 'EN' }, { status: 'CANCELLED' })).text).toContain('We confirm that your booking no. 12 has been cancelled.');
  });

  it('says in a cancellation what becomes of the money, when the owner said who gave up the stay, and nothing of it otherwise', () => {
    const settlement = 'Annulation par le client, avec des arrhes : le propriétaire garde les arrhes reçues (47,50 €) et rembourse le reste des sommes versées (0,00 €).';
    const told = emailContent(facts({ kind: 'CANCELLATION', settlement }, { status: 'CANCELLED' }));
    expect(told.text).toContain(settlement);
    expect(visible(told.html)).toContain(spaced(settlement));
    expect(told.text.indexOf(settlement)).toBeGreaterThan(told.text.indexOf('Nous vous confirmons l'));
    expect(emailContent(facts({ kind: 'CANCELLATION' }, { status: 'CANCELLED' })).text).not.toContain('Annulation par');
  });

  it('writes a request without a number yet', () => {
    const content = emailContent(facts({ kind: 'BOOKING_REQUEST_RECEIVED' }, { number: null }));
    expect(content.subject).toBe('Votre demande de réservation');
    expect(content.text).toContain('Nous avons bien reçu votre demande de réservation et vous en remercions.');
    expect(content.text).not.toContain('n°');
  });
});
