import type { Resolvers } from '../generated/resolvers';
import { activityMutations, activityQueries } from './activities';
import { actorFields, actorMutations, actorQueries } from './actors';
import { alignmentQueries } from './alignment';
import { auditMutations, auditQueries, changeFieldResolvers } from './audit';
import { authMutations, authQueries } from './auth';
import { captureMutations, captureQueries } from './captures';
import { catalogueMutations, catalogueQueries } from './catalogue';
import { graphQueries } from './graph';
import { metricsQueries } from './metrics';
import { relationMutations } from './relations';
import { savedViewMutations, savedViewQueries } from './savedViews';
import { searchQueries } from './search';
import { timeMutations, timeQueries } from './time';

export const resolvers: Resolvers = {
  Query: {
    ...activityQueries,
    ...actorQueries,
    ...auditQueries,
    ...alignmentQueries,
    ...authQueries,
    ...captureQueries,
    ...catalogueQueries,
    ...graphQueries,
    ...metricsQueries,
    ...savedViewQueries,
    ...searchQueries,
    ...timeQueries,
  },
  Mutation: {
    ...activityMutations,
    ...actorMutations,
    ...auditMutations,
    ...authMutations,
    ...captureMutations,
    ...catalogueMutations,
    ...relationMutations,
    ...savedViewMutations,
    ...timeMutations,
  },
  Actor: actorFields,
  Change: changeFieldResolvers,
};
