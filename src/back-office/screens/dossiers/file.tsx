import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { euros, longDay, moment } from '../../format';
import { graphql } from '../../graphql';
import type { CancellingParty } from '../../graphql/graphql';
import { defineMessages, useLang, useMessages } from '../../i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorMessage } from '../../ui/error-message';
import { DocumentPart, EmailsPart } from './document';
import { FileQuery, type FileData } from './file-query';
import { GuestPart } from './guest';
import { DossierHistory } from './history';
import { guestName, labels } from './labels';
import { listSearch } from './list';
import { NotePart } from './notes';
import { Payments } from './payments';
import { StatusBadge } from './status-badge';
import { GlobalSupplementsPart, StaysPart } from './stays';
import { TermsForm } from './terms';

const Confirm = graphql(`
  mutation DossiersConfirm($id: ID!) {
    confirmDossier(id: $id) { id status }
  }
`);
const MarkContract = graphql(`
  mutation DossiersMarkContractSigned($id: ID!) {
    markContractSigned(id: $id) { id status contractSigned }
  }
`);
const Cancel = graphql(`
  mutation DossiersCancel($id: ID!, $by: CancellingParty, $reason: String) {
    cancelDossier(id: $id, by: $by, reason: $reason) { id status }
  }
`);
const Delete = graphql(`
  mutation DossiersDelete($id: ID!) {
    deleteDossier(id: $id)
  }
`);

const messages = defineMessages({
  fr: {
    back: '← Tous les dossiers',
    title: 'Dossier n° {n}',
    notFound: 'Ce dossier n’existe pas ou a été supprimé.',
    general: 'Informations générales',
    status: 'Statut',
    createdAt: 'Créé le',
    origin: 'Origine',
    promoCode: 'Code promo',
    total: 'Total du séjour',
    discount: 'dont remise',
    paid: 'Déjà payé',
    balance: 'Reste dû',
    deposit: '{kind} de {percent} %',
    depositLine: '{amount}, à payer avant le {day}',
    balanceDue: 'Solde à payer avant le',
    contract: 'Contrat signé',
    contractYes: 'Reçu',
    contractNo: 'Pas encore reçu',
    markContract: 'Contrat signé reçu',
    confirm: 'Confirmer l’option',
    confirmHint: 'Confirmez à la main une option dont vous avez l’accord (l’enregistrement de l’acompte la confirme aussi).',
    done: 'Enregistré.',
    cancelledOn: 'Annulé le {at}',
    cancelledBy: 'Renonce au séjour : {by}',
    reason: 'Motif : {reason}',
    settlement: 'Ce que l’annulation implique',
    price: 'Prix convenu',
    received: 'Reçu du client',
    refunded: 'Déjà remboursé',
    owedToGuest: 'Dû au client',
    compensation: 'dont indemnité à verser (arrhes en double)',
    stillToRefund: 'Reste à rembourser',
    ownerKeeps: 'Vous gardez',
    guestStillOwes: 'Le client doit encore',
    damages: 'Le client peut en plus vous demander des dommages et intérêts.',
    cancelTitle: 'Annuler le dossier',
    cancelOpen: 'Annuler le dossier…',
    cancelWho: 'Qui renonce au séjour ?',
    byGuest: 'Le client',
    byOwner: 'Moi, le propriétaire',
    byNobody: 'Ne pas préciser (aucun décompte)',
    cancelReason: 'Motif (facultatif)',
    cancelDo: 'Confirmer l’annulation',
    keep: 'Ne pas annuler',
    arrhesHint: 'Arrhes : le client qui renonce les perd ; le propriétaire qui renonce les rembourse au double.',
    acompteHint: 'Acompte : le client qui renonce doit tout le prix convenu ; le propriétaire qui renonce rembourse tout et peut devoir des dommages et intérêts.',
    freed: 'Les nuits sont libérées dès l’annulation ; le dossier est conservé.',
    deleteTitle: 'Supprimer le dossier',
    deleteOpen: 'Supprimer le dossier…',
    deleteWarn: 'Le dossier disparaît de vos listes et ses nuits sont libérées. Son historique reste conservé. Supprimer vraiment ?',
    deleteDo: 'Oui, supprimer définitivement',
    keepFile: 'Ne pas supprimer',
  },
  en: {
    back: '← All booking files',
    title: 'File no. {n}',
    notFound: 'This file does not exist or was deleted.',
    general: 'General information',
    status: 'Status',
    createdAt: 'Made on',
    origin: 'Origin',
    promoCode: 'Promo code',
    total: 'Stay total',
    discount: 'including a discount of',
    paid: 'Paid so far',
    balance: 'Balance due',
    deposit: '{kind} of {percent} %',
    depositLine: '{amount}, due by {day}',
    balanceDue: 'Balance due by',
    contract: 'Signed contract',
    contractYes: 'Received',
    contractNo: 'Not received yet',
    markContract: 'Signed contract received',
    confirm: 'Confirm the option',
    confirmHint: 'Confirm by hand an option the guest agreed to (recording the deposit confirms it too).',
    done: 'Saved.',
    cancelledOn: 'Cancelled on {at}',
    cancelledBy: 'Giving up the stay: {by}',
    reason: 'Reason: {reason}',
    settlement: 'What the cancellation means',
    price: 'Agreed price',
    received: 'Received from the guest',
    refunded: 'Already refunded',
    owedToGuest: 'Owed to the guest',
    compensation: 'of which compensation to pay (arrhes twice over)',
    stillToRefund: 'Still to refund',
    ownerKeeps: 'You keep',
    guestStillOwes: 'The guest still owes',
    damages: 'The guest may also claim damages from you.',
    cancelTitle: 'Cancel the file',
    cancelOpen: 'Cancel the file…',
    cancelWho: 'Who gives up the stay?',
    byGuest: 'The guest',
    byOwner: 'Me, the owner',
    byNobody: 'Do not say (no settlement)',
    cancelReason: 'Reason (optional)',
    cancelDo: 'Confirm the cancellation',
    keep: 'Do not cancel',
    arrhesHint: 'Arrhes: a guest who gives up loses them; an owner who gives up pays them back twice over.',
    acompteHint: 'Acompte: a guest who gives up owes the whole agreed price; an owner who gives up refunds everything and may owe damages.',
    freed: 'The nights are freed at once; the file is kept.',
    deleteTitle: 'Delete the file',
    deleteOpen: 'Delete the file…',
    deleteWarn: 'The file leaves your lists and its nights are freed. Its history is kept. Really delete?',
    deleteDo: 'Yes, delete for good',
    keepFile: 'Do not delete',
  },
});

/** One booking file, in six parts, with its document, history, emails, cancellation and deletion. */
export function DossierFile({ id }: { id: string }) {
  const t = useMessages(messages);
  const [result] = useQuery({ query: FileQuery, variables: { id } });
  const back = (
    <p>
      <Link href={`/${listSearch() ? `?${listSearch()}` : ''}`}>{t('back')}</Link>
    </p>
  );
  if (result.fetching && !result.data) return <p className="loading" aria-busy="true">…</p>;
  const file = result.data?.dossier;
  if (!result.data || !file) {
    return (
      <div>
        {back}
        <ErrorMessage error={result.error} />
        {result.data && <p role="alert">{t('notFound')}</p>}
      </div>
    );
  }
  return (
    <div className="dossiers-file">
      {back}
      <h1>
        {t('title', { n: file.number ?? '…' })} — {guestName(file.guest)} <StatusBadge status={file.status} />
      </h1>
      <div className="dossiers-parts">
        <div className="dossiers-column">
          <General file={file} />
          <Payments file={file} />
          <GuestPart key={`guest-${file.id}`} file={file} />
        </div>
        <div className="dossiers-column">
          <StaysPart file={file} ageRanges={result.data.ageRanges} accommodations={result.data.accommodations} />
          <GlobalSupplementsPart file={file} />
          <NotePart file={file} which="note" />
          <NotePart file={file} which="internalNote" />
          <DocumentPart file={file} />
        </div>
      </div>
      <div className="dossiers-parts">
        <DossierHistory id={file.id} />
        <EmailsPart file={file} />
      </div>
      <div className="dossiers-parts">
        {file.status !== 'CANCELLED' && <CancelPart file={file} />}
        <DeletePart file={file} />
      </div>
    </div>
  );
}

/** Part 1: where the file stands, its money and its status's actions. */
function General({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const l = useMessages(labels);
  const { lang } = useLang();
  const [confirmResult, confirm] = useMutation(Confirm);
  const [contractResult, markContract] = useMutation(MarkContract);
  const [done, setDone] = useState(false);
  const settlement = file.cancellationSettlement;
  // A cancelled file's total is nothing and its balance what it received, negative: its settlement says what is owed instead.
  const cancelled = file.status === 'CANCELLED';
  const act = async (run: () => Promise<{ data?: unknown }>) => {
    setDone(false);
    if ((await run()).data) setDone(true);
  };
  const percent = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(file.deposit.percent);
  return (
    <section className="card dossiers-part" aria-labelledby="dossiers-general">
      <h2 id="dossiers-general">{t('general')}</h2>
      <dl className="dossiers-details">
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <StatusBadge status={file.status} />
          </dd>
        </div>
        <div>
          <dt>{t('createdAt')}</dt>
          <dd>{moment(file.createdAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('origin')}</dt>
          <dd>{l(`origin_${file.origin}`)}</dd>
        </div>
        {file.promoCode && (
          <div>
            <dt>{t('promoCode')}</dt>
            <dd>{file.promoCode}</dd>
          </div>
        )}
        {!cancelled && (
        <div>
          <dt>{t('total')}</dt>
          <dd>
            <strong>{euros(file.total.cents, lang)}</strong>
            {file.discount && (
              <span className="muted">
                {' '}
                ({t('discount')} {euros(file.discount.amount.cents, lang)})
              </span>
            )}
          </dd>
        </div>
        )}
        <div>
          <dt>{t('deposit', { kind: l(`deposit_${file.deposit.kind}`), percent })}</dt>
          <dd>{t('depositLine', { amount: euros(file.deposit.amount.cents, lang), day: longDay(file.deposit.dueDate, lang) })}</dd>
        </div>
        <div>
          <dt>{t('balanceDue')}</dt>
          <dd>{longDay(file.balanceDueDate, lang)}</dd>
        </div>
        <div>
          <dt>{t('paid')}</dt>
          <dd>{euros(file.paid.cents, lang)}</dd>
        </div>
        {!cancelled && (
          <div>
            <dt>{t('balance')}</dt>
            <dd>
              <strong>{euros(file.balance.cents, lang)}</strong>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('contract')}</dt>
          <dd>{file.contractSigned ? t('contractYes') : t('contractNo')}</dd>
        </div>
      </dl>
      {file.status === 'CANCELLED' && (
        <div className="dossiers-cancelled">
          {file.cancelledAt && <p>{t('cancelledOn', { at: moment(file.cancelledAt, lang) })}</p>}
          {file.cancelledBy && <p>{t('cancelledBy', { by: l(`by_${file.cancelledBy}`) })}</p>}
          {file.cancellationReason && <p>{t('reason', { reason: file.cancellationReason })}</p>}
        </div>
      )}
      {settlement && (
        <div className="dossiers-settlement">
          <h3>{t('settlement')}</h3>
          <p>{lang === 'fr' ? settlement.explanationFr : settlement.explanationEn}</p>
          <dl className="dossiers-details">
            {(
              [
                ['price', settlement.price.cents],
                ['received', settlement.received.cents],
                ['refunded', settlement.refunded.cents],
                ['ownerKeeps', settlement.ownerKeeps.cents],
                ['owedToGuest', settlement.owedToGuest.cents],
                ['compensation', settlement.compensation.cents],
                ['stillToRefund', settlement.stillToRefund.cents],
                ['guestStillOwes', settlement.guestStillOwes.cents],
              ] as const
            )
              .filter(([key, cents]) => cents !== 0 || key === 'stillToRefund' || key === 'price')
              .map(([key, cents]) => (
                <div key={key}>
                  <dt>{t(key)}</dt>
                  <dd>{euros(cents, lang)}</dd>
                </div>
              ))}
          </dl>
          {settlement.damagesMayBeOwed && <p>{t('damages')}</p>}
        </div>
      )}
      {file.status !== 'CANCELLED' && (
        <div className="toolbar">
          {file.status === 'OPTION' && (
            <button type="button" className="primary" onClick={() => void act(() => confirm({ id: file.id }))} disabled={confirmResult.fetching}>
              {t('confirm')}
            </button>
          )}
          {!file.contractSigned && (
            <button type="button" onClick={() => void act(() => markContract({ id: file.id }))} disabled={contractResult.fetching}>
              {t('markContract')}
            </button>
          )}
        </div>
      )}
      {file.status === 'OPTION' && <p className="muted">{t('confirmHint')}</p>}
      {!cancelled && !file.guestErasedAt && <TermsForm file={file} />}
      <ErrorMessage error={confirmResult.error ?? contractResult.error} />
      {done && (
        <p role="status" className="success">
          {t('done')}
        </p>
      )}
    </section>
  );
}

function CancelPart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const [by, setBy] = useState<CancellingParty | ''>('GUEST');
  const [reason, setReason] = useState('');
  const [result, cancel] = useMutation(Cancel);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await cancel({ id: file.id, by: by || null, reason: reason.trim() || null });
    if (answer.data) setOpen(false);
  };
  return (
    <section className="card dossiers-part dossiers-danger" aria-labelledby="dossiers-cancel">
      <h2 id="dossiers-cancel">{t('cancelTitle')}</h2>
      <p className="muted">{t('freed')}</p>
      {!open ? (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('cancelOpen')}
        </button>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)}>
          <p>{file.deposit.kind === 'ARRHES' ? t('arrhesHint') : t('acompteHint')}</p>
          <fieldset>
            <legend>{t('cancelWho')}</legend>
            {(
              [
                ['GUEST', t('byGuest')],
                ['OWNER', t('byOwner')],
                ['', t('byNobody')],
              ] as const
            ).map(([value, label]) => (
              <label key={value || 'nobody'} className="check">
                <input type="radio" name="cancel-by" checked={by === value} onChange={() => setBy(value)} />
                {label}
              </label>
            ))}
          </fieldset>
          <label>
            {t('cancelReason')}
            <input value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <ErrorMessage error={result.error} />
          <div className="toolbar">
            <button type="submit" className="danger" disabled={result.fetching}>
              {t('cancelDo')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('keep')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function DeletePart({ file }: { file: FileData }) {
  const t = useMessages(messages);
  const [open, setOpen] = useState(false);
  const [result, remove] = useMutation(Delete);
  const [, navigate] = useLocation();
  const confirmDelete = async () => {
    // The answer is a plain true: name the files' type so the lists showing it are read again.
    const answer = await remove({ id: file.id }, { additionalTypenames: ['Dossier'] });
    if (answer.data?.deleteDossier) navigate(`/${listSearch() ? `?${listSearch()}` : ''}`, { state: { deleted: file.number } });
  };
  return (
    <section className="card dossiers-part dossiers-danger" aria-labelledby="dossiers-delete">
      <h2 id="dossiers-delete">{t('deleteTitle')}</h2>
      {!open ? (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          {t('deleteOpen')}
        </button>
      ) : (
        <ConfirmDialog question={t('deleteWarn')} confirm={t('deleteDo')} cancel={t('keepFile')} busy={result.fetching} error={result.error} onConfirm={() => void confirmDelete()} onCancel={() => setOpen(false)} />
      )}
    </section>
  );
}
