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
  UserFilterQuery,
  UserIdParams,
  UserListQuery,
  UserPage,
  UserRoleParams,
  UserSchema,
} from './users.schemas.ts';
import * as usecases from './users.usecases.ts';
import { userImportRoutes } from './users.import.routes.ts';
import { XLSX_CONTENT_TYPE } from '../excel/excel.models.ts';
import { sendListExport } from '../excel/excel.list-reply.ts';
import { exportUsers } from './users.export.ts';

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

  app.get('/api/v1/users/export.xlsx', {
    config: { policy, operationId: 'users.export' },
    schema: {
      tags,
      summary: 'The user list (same filters as GET /api/v1/users, every page) as .xlsx with each account\'s roles: bilingual headers, an About sheet with who, when and which filters',
      querystring: UserFilterQuery,
      produces: [XLSX_CONTENT_TYPE],
    },
    handler: async (request, reply) => {
      const result = await exportUsers(callerDeps(deps, request), request.query);
      return sendListExport(reply, { ascii: 'users', zh: '用户', date: result.date }, result);
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
