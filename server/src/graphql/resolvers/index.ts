import { actorResolvers } from './actors';
import { alignmentResolvers } from './alignment';
import { auditResolvers } from './audit';
import { authResolvers } from './auth';
import { catalogueResolvers } from './catalogue';
import { graphResolvers } from './graph';
import { relationResolvers } from './relations';
import { savedViewResolvers } from './savedViews';
import { searchResolvers } from './search';

export const resolvers = {
  Query: {
    ...actorResolvers.Query,
    ...auditResolvers.Query,
    ...alignmentResolvers.Query,
    ...authResolvers.Query,
    ...catalogueResolvers.Query,
    ...graphResolvers.Query,
    ...savedViewResolvers.Query,
    ...searchResolvers.Query,
  },
  Mutation: {
    ...actorResolvers.Mutation,
    ...auditResolvers.Mutation,
    ...authResolvers.Mutation,
    ...catalogueResolvers.Mutation,
    ...relationResolvers.Mutation,
    ...savedViewResolvers.Mutation,
  },
  Actor: actorResolvers.Actor,
};
