import { actorResolvers } from './actors';
import { catalogueResolvers } from './catalogue';
import { graphResolvers } from './graph';
import { relationResolvers } from './relations';
import { savedViewResolvers } from './savedViews';

export const resolvers = {
  Query: {
    ...actorResolvers.Query,
    ...catalogueResolvers.Query,
    ...graphResolvers.Query,
    ...savedViewResolvers.Query,
  },
  Mutation: {
    ...actorResolvers.Mutation,
    ...catalogueResolvers.Mutation,
    ...relationResolvers.Mutation,
    ...savedViewResolvers.Mutation,
  },
  Actor: actorResolvers.Actor,
};
