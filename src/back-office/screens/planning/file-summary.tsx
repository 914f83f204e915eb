import { useQuery } from 'urql';
import { euros, longDay } from '../../format';
import { useLang, useMessages } from '../../i18n';
import { planningMessages } from './messages';
import { PlanningFileSummary } from './queries';

export interface PeekedFile {
  readonly dossierId: string;
  readonly accommodationId: string;
  readonly guest: string | null;
  readonly status: string;
  /** Where the night hovered or focused is on screen, to put the summary by it. */
  readonly left: number;
  readonly top: number;
}

/**
 * The summary of the file whose bar the owner points at or focuses: its number and total are read
 * then (once per file, then from the cache), so that drawing the planning asks for nothing more.
 */
export function FileSummary({ file }: { file: PeekedFile }) {
  const t = useMessages(planningMessages);
  const { lang } = useLang();
  const [answer] = useQuery({ query: PlanningFileSummary, variables: { id: file.dossierId } });
  const dossier = answer.data?.dossier;
  const stay = dossier?.stays.find((s) => s.accommodationId === file.accommodationId) ?? dossier?.stays[0];
  const status = dossier?.status ?? file.status;
  return (
    <div id="planning-file-summary" role="tooltip" className="planning-summary" style={{ left: file.left, top: file.top }}>
      {dossier?.number != null && <strong>{t('fileNumber', { n: dossier.number })}</strong>}
      {file.guest && <span>{file.guest}</span>}
      {stay && <span>{t('fileDates', { from: longDay(stay.arrival, lang), to: longDay(stay.departure, lang) })}</span>}
      <span>{t(status as 'OPTION')}</span>
      {dossier ? <span>{t('fileTotal', { total: euros(dossier.total.cents, lang) })}</span> : <span className="muted">{t('loading')}</span>}
    </div>
  );
}
