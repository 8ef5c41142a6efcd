import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { callerDeps, type AppDeps } from '../../app-deps.ts';
import { OkResponse } from '../../shared/schemas.ts';
import { usersPolicies } from './users.policies.ts';
import {
  CreatedUserResponse,
  CreateUserBody,
  OneTimePasswordResponse,
  RoleInputSchema,
  UpdateUserBody,
  UserIdParams,
  UserListQuery,
  UserPage,
  UserRoleParams,
  UserSchema,
} from './users.schemas.ts';
import * as usecases from './users.usecases.ts';
import { userImportRoutes } from './users.import.routes.ts';

const tags = ['users'];
type UserWithRoles = Awaited<ReturnType<typeof usecases.getUser>>;

export function presentUser(user: UserWithRoles) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email,
    locale: user.locale,
    status: user.status,
    isDemo: user.is_demo,
    mustChangePassword: user.must_change_password,
    version: user.version,
    createdAt: user.created_at.toISOString(),
    updatedAt: user.updated_at.toISOString(),
    lastLoginAt: user.last_login_at?.toISOString() ?? null,
    roles: user.roles.map((r) => ({
      id: r.id,
      role: r.role,
      memberCode: r.member_code,
      bodyCode: r.body_code,
      grantedAt: r.granted_at.toISOString(),
    })),
  };
}

export async function usersRoutes(fastify: FastifyInstance, deps: AppDeps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const policy = usersPolicies.manage;
  await userImportRoutes(fastify, deps);

  app.get('/api/v1/users', {
    config: { policy },
    schema: { tags, summary: 'List users', querystring: UserListQuery, response: { 200: UserPage } },
    handler: async (request) => {
      const page = await usecases.listUsers(deps, request.query);
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  });

  app.post('/api/v1/users', {
    config: { policy },
    schema: { tags, summary: 'Create a user; the one-time password is returned once', body: CreateUserBody, response: { 201: CreatedUserResponse } },
    handler: async (request, reply) => {
      const { user, oneTimePassword } = await usecases.createUser(callerDeps(deps, request), request.body);
      return reply.status(201).send({ user: presentUser(user), oneTimePassword: oneTimePassword! });
    },
  });

  app.get('/api/v1/users/:id', {
    config: { policy },
    schema: { tags, summary: 'One user', params: UserIdParams, response: { 200: UserSchema } },
    handler: async (request) => presentUser(await usecases.getUser(deps, request.params.id)),
  });

  app.patch('/api/v1/users/:id', {
    config: { policy },
    schema: { tags, summary: 'Change name, e-mail or status (needs the current version)', params: UserIdParams, body: UpdateUserBody, response: { 200: UserSchema } },
    handler: async (request) => presentUser(await usecases.updateUser(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.post('/api/v1/users/:id/roles', {
    config: { policy: usersPolicies.sensitive },
    schema: { tags, summary: 'Grant a role', params: UserIdParams, body: RoleInputSchema, response: { 200: UserSchema } },
    handler: async (request) => presentUser(await usecases.grantRole(callerDeps(deps, request), request.params.id, request.body)),
  });

  app.delete('/api/v1/users/:id/roles/:grantId', {
    config: { policy },
    schema: { tags, summary: "Revoke a role; effective on the user's next request", params: UserRoleParams, response: { 200: UserSchema } },
    handler: async (request) =>
      presentUser(await usecases.revokeRole(callerDeps(deps, request), request.params.id, request.params.grantId)),
  });

  app.post('/api/v1/users/:id/reset-password', {
    config: { policy: usersPolicies.sensitive },
    schema: { tags, summary: 'Issue a new one-time password and end the user’s sessions', params: UserIdParams, response: { 200: OneTimePasswordResponse } },
    handler: async (request) => usecases.resetPassword(callerDeps(deps, request), request.params.id),
  });

  app.post('/api/v1/users/:id/unlock', {
    config: { policy },
    schema: { tags, summary: 'Lift a sign-in lockout', params: UserIdParams, response: { 200: OkResponse } },
    handler: async (request) => {
      await usecases.unlockUser(callerDeps(deps, request), request.params.id);
      return { ok: true };
    },
  });
}
