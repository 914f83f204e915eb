import type { DossierStatus } from '../../graphql/graphql';
import { useMessages } from '../../i18n';
import { labels } from './labels';

/** A file's status in words, coloured by how far it has gone (never by colour alone). */
export function StatusBadge({ status }: { status: DossierStatus }) {
  const l = useMessages(labels);
  return <span className={`badge dossiers-status dossiers-status-${status.toLowerCase()}`}>{l(`status_${status}`)}</span>;
}
