import type { Resolvers } from '../generated/resolvers';
import { actorFields, actorMutations, actorQueries } from './actors';
import { alignmentQueries } from './alignment';
import { auditMutations, auditQueries, changeFieldResolvers } from './audit';
import { authMutations, authQueries } from './auth';
import { catalogueMutations, catalogueQueries } from './catalogue';
import { graphQueries } from './graph';
import { relationMutations } from './relations';
import { savedViewMutations, savedViewQueries } from './savedViews';
import { searchQueries } from './search';

export const resolvers: Resolvers = {
  Query: {
    ...actorQueries,
    ...auditQueries,
    ...alignmentQueries,
    ...authQueries,
    ...catalogueQueries,
    ...graphQueries,
    ...savedViewQueries,
    ...searchQueries,
  },
  Mutation: {
    ...actorMutations,
    ...auditMutations,
    ...authMutations,
    ...catalogueMutations,
    ...relationMutations,
    ...savedViewMutations,
  },
  Actor: actorFields,
  Change: changeFieldResolvers,
};
