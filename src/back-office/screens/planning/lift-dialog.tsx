import { useId } from 'react';
import { useMutation, useQuery } from 'urql';
import { addDays, longDay, nightsBetween } from '../../format';
import { useLang, useMessages } from '../../i18n';
import { ErrorMessage } from '../../ui/error-message';
import { planningMessages } from './messages';
import { Modal } from './modal';
import { PlanningBlockExtent, PlanningUnblockNights } from './queries';

export interface ShownBlock {
  readonly accommodationId: string;
  readonly accommodationName: string;
  readonly holdId: string;
  readonly reason: string | null;
  /** The block's nights the span shows: from its first to the day after its last. */
  readonly from: string;
  readonly to: string;
  /** Whether the block may go on before or after the span shown. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

/** How far the planning is read past the span to find where a block begins or ends (the API reads 93 days at most). */
const REACH = 90;

/**
 * Lifting a block, once the owner confirms: all of it, even the part the span does not show (read
 * from the accommodation's planning on either side), so that no stray blocked night is left.
 */
export function LiftDialog({ block, onClose, onLifted }: { block: ShownBlock; onClose: () => void; onLifted: (nights: number) => void }) {
  const t = useMessages(planningMessages);
  const { lang } = useLang();
  const titleId = useId();
  const [before] = useQuery({
    query: PlanningBlockExtent,
    variables: { accommodationId: block.accommodationId, from: addDays(block.from, -REACH), to: block.from },
    pause: !block.cutBefore,
    requestPolicy: 'network-only',
  });
  const [after] = useQuery({
    query: PlanningBlockExtent,
    variables: { accommodationId: block.accommodationId, from: block.to, to: addDays(block.to, REACH) },
    pause: !block.cutAfter,
    requestPolicy: 'network-only',
  });
  const finding = (block.cutBefore && !before.data) || (block.cutAfter && !after.data);

  let from = block.from;
  for (const night of [...(before.data?.planning ?? [])].reverse()) {
    if (night.holdId !== block.holdId) break;
    from = night.date;
  }
  let to = block.to;
  for (const night of after.data?.planning ?? []) {
    if (night.holdId !== block.holdId) break;
    to = addDays(night.date, 1);
  }

  const [lifted, lift] = useMutation(PlanningUnblockNights);
  const confirm = async () => {
    const answer = await lift({ accommodationId: block.accommodationId, from, to });
    if (answer.data) onLifted(answer.data.unblockNights);
  };

  return (
    <Modal titleId={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('liftTitle')}</h2>
      {finding ? (
        <p role="status">{t('finding')}</p>
      ) : (
        <p>{t('liftText', { name: block.accommodationName, from: longDay(from, lang), to: longDay(addDays(to, -1), lang), nights: nightsBetween(from, to) })}</p>
      )}
      {block.reason && <p className="muted">{t('liftReason', { reason: block.reason })}</p>}
      <ErrorMessage error={lifted.error ?? before.error ?? after.error} />
      <div className="toolbar">
        <button type="button" className="danger" onClick={() => void confirm()} disabled={finding || lifted.fetching}>{t('lift')}</button>
        <button type="button" onClick={onClose} data-autofocus>{t('cancel')}</button>
      </div>
    </Modal>
  );
}
