import { useId } from 'react';
import type { CombinedError } from 'urql';
import { ErrorMessage } from './error-message';

/**
 * Asks before what cannot be undone (a deletion): the question, why it failed if it did, and two
 * buttons. The confirming one takes the focus, so a keyboard owner answers at once, and stays
 * disabled while the first tap is on its way: a double tap never sends twice.
 */
export function ConfirmDialog(props: {
  readonly question: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly busy: boolean;
  readonly error?: CombinedError;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  return (
    <div role="alertdialog" aria-labelledby={id} className="confirm">
      <p id={id}>{props.question}</p>
      <ErrorMessage error={props.error} />
      <div className="toolbar">
        <button type="button" className="danger" autoFocus disabled={props.busy} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancel}
        </button>
      </div>
    </div>
  );
}
