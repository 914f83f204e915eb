import { useCallback, useEffect, useRef } from 'react';
import type { OperationContext } from 'urql';

/**
 * Asks a list again now and once more shortly after: some lists (imported calendars, the
 * destinations joined) are read models the server updates just after it answers a change.
 */
export function useRefreshSoon(refresh: (context?: Partial<OperationContext>) => void, laterMs = 1500): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(() => {
    refresh({ requestPolicy: 'network-only' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => refresh({ requestPolicy: 'network-only' }), laterMs);
  }, [refresh, laterMs]);
}
