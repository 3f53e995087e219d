/** Says plainly when the API or the database is down, and that the page is retrying. */
import type { Health } from '../data/client';

export interface StatusBannerProps {
  message: string | null;
  unavailable: boolean;
  health: Health | null;
  onRetry(): void;
}

export function StatusBanner({ message, unavailable, health, onRetry }: StatusBannerProps) {
  if (!message) return null;
  const what =
    health && health.api && !health.neo4j
      ? 'The database (Neo4j) is not responding.'
      : unavailable || (health && !health.api)
        ? 'The Reform Atlas server cannot be reached.'
        : 'Something went wrong while loading the map.';
  return (
    <div className="banner error" role="alert" data-testid="status-banner">
      <strong>{what}</strong> <span>{message}</span>{' '}
      <span className="muted">Checking again every few seconds; the map reloads by itself when it is back.</span>{' '}
      <button type="button" onClick={onRetry}>
        Retry now
      </button>
    </div>
  );
}
