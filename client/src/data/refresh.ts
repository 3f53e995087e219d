/**
 * The one way the page refetches after a write (an edit, an import, a recovery after an outage): the data version
 * moves, every query keyed on it runs again, and what is drawn is replaced in place (placed nodes keep their place).
 */
import { useSyncExternalStore } from 'react';

let version = 0;
const listeners = new Set<() => void>();

export function refreshData(): void {
  version += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The data version: part of the key of every query over the shared data. */
export function useDataVersion(): number {
  return useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
}
