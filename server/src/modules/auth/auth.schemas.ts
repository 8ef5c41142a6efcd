import { Type } from 'typebox';
import { Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';

export const RoleNameSchema = StringEnum(['admin', 'office', 'liaison', 'editor', 'observer'] as const);
export const LocaleSchema = StringEnum(['zh-CN', 'en'] as const);

export const RoleGrantSchema = Type.Object({
  id: Uuid,
  role: RoleNameSchema,
  memberCode: Nullable(Type.String()),
  bodyCode: Nullable(Type.String()),
});

export const CurrentUserSchema = Type.Object({
  id: Uuid,
  username: Type.String(),
  displayName: Type.String(),
  locale: LocaleSchema,
  roles: Type.Array(RoleGrantSchema),
  mustChangePassword: Type.Boolean(),
  isDemo: Type.Boolean(),
});

export const SessionResponse = Type.Object({
  authenticated: Type.Boolean(),
  user: Type.Optional(CurrentUserSchema),
  csrfToken: Type.Optional(Type.String()),
});

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const PreferencesBody = Type.Object({ locale: LocaleSchema }, { additionalProperties: false });

export const PasswordPolicyResponse = Type.Object({
  profile: StringEnum(['standard', 'mlps3'] as const),
  minLength: Type.Integer(),
  maxLength: Type.Integer(),
  minClasses: Type.Integer(),
  maxAgeDays: Type.Integer(),
  historyCount: Type.Integer(),
});
