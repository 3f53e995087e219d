/** The audit trail: an item's history, the filtered trail of every change, and undo. */
import { request } from './client';
import {
  AuditTrailDocument,
  HistoryDocument,
  UndoChangeDocument,
  type AuditTrailQueryVariables,
  type ChangeEntryFragment,
} from './generated/graphql';

export type ChangeEntry = ChangeEntryFragment;

/** An actor's, group's or theme's changes, newest first (analysts and admins). */
export async function fetchHistory(entityId: string, limit = 20): Promise<ChangeEntry[]> {
  return (await request(HistoryDocument, { entityId, limit })).changes;
}

/** Every recent change matching the filter, newest first (admins). */
export async function fetchAuditTrail(filter: AuditTrailQueryVariables): Promise<ChangeEntry[]> {
  return (await request(AuditTrailDocument, filter)).changes;
}

export async function undoChange(id: string): Promise<ChangeEntry> {
  return (await request(UndoChangeDocument, { id })).undoChange;
}
