import type { ApolloServerPlugin } from '@apollo/server';

import type { Context } from './context';

/**
 * Root fields whose answer depends only on their arguments, the caller's role and the data, so one audience may
 * share it (server/src/http/responseCache.ts). Not here: anything about the caller (me, savedViews, apiTokens),
 * the audit trail and the user list, whose readers are few and whose answers must always be current.
 */
export const SHAREABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'actors',
  'actor',
  'alignment',
  'overlaps',
  'themeLandscape',
  'suggestPartners',
  'coalitionGaps',
  'dataset',
  'networks',
  'coalitions',
  'groups',
  'countries',
  'themes',
  'activities',
  'activity',
  'activityRoles',
  'suggestParticipants',
  'reach',
  'graph',
  'neighbourhood',
  'path',
  'suggest',
  'actorFacets',
]);

/** Hands an error-free answer to a query that reads only shareable root fields to the response cache. */
export function responseCachePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const port = contextValue.responseCache;
          if (!port || operation?.operation !== 'query' || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          const shareable = operation.selectionSet.selections.every(
            (s) => s.kind === 'Field' && SHAREABLE_ROOT_FIELDS.has(s.name.value) && !s.directives?.length,
          );
          // The text Apollo sends (its field order, JSON plus a newline): a hit is byte for byte the miss's answer.
          if (shareable) port.store(`${JSON.stringify({ data: result.data, extensions: result.extensions })}\n`);
        },
      };
    },
  };
}
