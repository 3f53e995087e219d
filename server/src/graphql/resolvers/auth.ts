import {
  changePassword,
  createUser,
  listUsers,
  login,
  logout,
  resetUserPassword,
  setUserRole,
  signedInAccount,
} from '../../domain/auth/accounts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/auth/apiTokens';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers';

export const authQueries: QueryResolvers = {
  me: (_, __, ctx) => signedInAccount(ctx.viewer),
  users: (_, __, ctx) => listUsers(ctx.db, ctx.viewer),
  apiTokens: (_, __, ctx) => listApiTokens(ctx.db, ctx.viewer),
};

export const authMutations: MutationResolvers = {
  login: async (_, { username, password }, ctx) => {
    const result = await login(
      ctx.db,
      { username, password, address: ctx.session.address },
      ctx.session.addressFailures,
    );
    ctx.session.start(result.sessionSecret, result.expiresAt);
    return result.user;
  },
  logout: async (_, __, ctx) => {
    await logout(ctx.db, ctx.session.secret);
    ctx.session.end();
    return true;
  },
  changePassword: (_, { currentPassword, newPassword }, ctx) =>
    changePassword(ctx.db, ctx.viewer, currentPassword, newPassword, ctx.session.secret),
  createUser: (_, { input }, ctx) => createUser(ctx.db, ctx.viewer, input),
  setUserRole: (_, { id, role }, ctx) => setUserRole(ctx.db, ctx.viewer, id, role),
  resetUserPassword: (_, { id }, ctx) => resetUserPassword(ctx.db, ctx.viewer, id),
  createApiToken: (_, { input }, ctx) => createApiToken(ctx.db, ctx.viewer, input),
  revokeApiToken: (_, { id }, ctx) => revokeApiToken(ctx.db, ctx.viewer, id),
};
