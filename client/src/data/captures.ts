/** Capture in the room: record workshop entries as pending, list them as diffs, accept or reject them. */
import { request } from './client';
import {
  AcceptCaptureDocument,
  CaptureEntryDocument,
  CapturesDocument,
  RejectCaptureDocument,
  type CaptureEntryFragment,
  type CaptureInput,
  type CaptureStatus,
} from './generated/graphql';

export type CaptureEntry = CaptureEntryFragment;

export async function captureEntry(input: CaptureInput): Promise<CaptureEntry> {
  return (await request(CaptureEntryDocument, { input })).capture;
}

/** Entries of one status (pending by default) and, when given, one session, newest first. */
export async function fetchCaptures(status: CaptureStatus, sessionId: string | null = null): Promise<CaptureEntry[]> {
  return (await request(CapturesDocument, { status, sessionId, limit: 200 })).captures;
}

export async function acceptCapture(id: string): Promise<CaptureEntry> {
  return (await request(AcceptCaptureDocument, { id })).acceptCapture;
}

export async function rejectCapture(id: string, note: string | null): Promise<CaptureEntry> {
  return (await request(RejectCaptureDocument, { id, note })).rejectCapture;
}
