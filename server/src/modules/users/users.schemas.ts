import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, Page, PageQuery, StringEnum, Uuid } from '../../shared/schemas.ts';
import { LocaleSchema, RoleNameSchema } from '../auth/auth.schemas.ts';

const UserStatusSchema = StringEnum(['active', 'disabled'] as const);
const BodyCode = Type.String({ minLength: 1, maxLength: 64 });

export const UserRoleSchema = Type.Object({
  id: Uuid,
  role: RoleNameSchema,
  memberCode: Nullable(Type.String()),
  bodyCode: Nullable(Type.String()),
  grantedAt: DateTime,
});

export const UserSchema = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  email: Nullable(Type.String()),
  locale: LocaleSchema,
  status: UserStatusSchema,
  isDemo: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
  lastLoginAt: Nullable(DateTime),
  roles: Type.Array(UserRoleSchema),
});

/** The user list's filters; the export takes the same ones without paging. */
const UserFilterFields = {
  q: Type.Optional(Type.String({ maxLength: 100 })),
  role: Type.Optional(RoleNameSchema),
  memberCode: Type.Optional(MemberCode),
  status: Type.Optional(UserStatusSchema),
};
export const UserFilterQuery = Type.Object(UserFilterFields, { additionalProperties: false });
export const UserListQuery = Type.Object({ ...UserFilterFields, ...PageQuery }, { additionalProperties: false });

export const UserPage = Page(UserSchema);

export const RoleInputSchema = Type.Object(
  {
    role: RoleNameSchema,
    memberCode: Type.Optional(Nullable(MemberCode)),
    bodyCode: Type.Optional(Nullable(BodyCode)),
  },
  { additionalProperties: false },
);

export const CreateUserBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._@-]*$' }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    locale: Type.Optional(LocaleSchema),
    roles: Type.Optional(Type.Array(RoleInputSchema, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 200 }))),
    status: Type.Optional(UserStatusSchema),
  },
  { additionalProperties: false },
);

export const UserIdParams = Type.Object({ id: Uuid });
export const UserRoleParams = Type.Object({ id: Uuid, grantId: Uuid });

export const CreatedUserResponse = Type.Object({ user: UserSchema, oneTimePassword: Type.String() });
export const OneTimePasswordResponse = Type.Object({ oneTimePassword: Type.String() });
