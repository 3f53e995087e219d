import {
  changePassword,
  createUser,
  listUsers,
  login,
  logout,
  resetUserPassword,
  setUserRole,
} from '../../domain/auth/accounts';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/auth/apiTokens';
import type { Context } from '../context';

type Args = Record<string, unknown>;

export const authResolvers = {
  Query: {
    me: (_: unknown, __: Args, ctx: Context) =>
      ctx.viewer.anonymous
        ? null
        : {
            id: ctx.viewer.userId,
            username: ctx.viewer.username,
            role: ctx.viewer.role,
            mustChangePassword: ctx.viewer.mustChangePassword === true,
          },
    users: (_: unknown, __: Args, ctx: Context) => listUsers(ctx.db, ctx.viewer),
    apiTokens: (_: unknown, __: Args, ctx: Context) => listApiTokens(ctx.db, ctx.viewer),
  },
  Mutation: {
    login: async (_: unknown, args: Args, ctx: Context) => {
      const result = await login(
        ctx.db,
        { username: String(args.username), password: String(args.password), address: ctx.session.address },
        ctx.session.addressFailures,
      );
      ctx.session.start(result.sessionSecret, result.expiresAt);
      return result.user;
    },
    logout: async (_: unknown, __: Args, ctx: Context) => {
      await logout(ctx.db, ctx.session.secret);
      ctx.session.end();
      return true;
    },
    changePassword: (_: unknown, args: Args, ctx: Context) =>
      changePassword(ctx.db, ctx.viewer, String(args.currentPassword), args.newPassword, ctx.session.secret),
    createUser: (_: unknown, args: Args, ctx: Context) => createUser(ctx.db, ctx.viewer, args.input),
    setUserRole: (_: unknown, args: Args, ctx: Context) => setUserRole(ctx.db, ctx.viewer, String(args.id), args.role),
    resetUserPassword: (_: unknown, args: Args, ctx: Context) => resetUserPassword(ctx.db, ctx.viewer, String(args.id)),
    createApiToken: (_: unknown, args: Args, ctx: Context) => createApiToken(ctx.db, ctx.viewer, args.input),
    revokeApiToken: (_: unknown, args: Args, ctx: Context) => revokeApiToken(ctx.db, ctx.viewer, String(args.id)),
  },
};
