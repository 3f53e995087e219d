/** Embedded views (client/src/data/documents/savedViews.graphql): one function per document, one round trip each. */
import { request } from './client';
import {
  EmbeddedViewDocument,
  EmbedOriginsDocument,
  SetEmbedOriginsDocument,
  SetViewEmbedDocument,
  type EmbedMode,
  type EmbeddedViewQuery,
  type SavedViewFragment,
} from './generated/graphql';

export type EmbeddedView = EmbeddedViewQuery['embeddedView'];

export async function fetchEmbeddedView(id: string): Promise<EmbeddedView> {
  return (await request(EmbeddedViewDocument, { id })).embeddedView;
}

export async function setViewEmbed(id: string, mode: EmbedMode): Promise<SavedViewFragment> {
  return (await request(SetViewEmbedDocument, { id, mode })).setViewEmbed;
}

export async function fetchEmbedOrigins(): Promise<string[]> {
  return (await request(EmbedOriginsDocument)).embedOrigins;
}

export async function saveEmbedOrigins(origins: string[]): Promise<string[]> {
  return (await request(SetEmbedOriginsDocument, { origins })).setEmbedOrigins;
}

/** The address of a view's embed, on this server. */
export function embedUrl(id: string): string {
  return `${window.location.origin}/embed/${encodeURIComponent(id)}`;
}
