import { Type } from 'typebox';
import { DateTime, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';

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
  secondFactor: Type.Optional(
    Type.Object({
      enrolled: Type.Boolean(),
      /** Required but not set up: only own-account routes answer until it is. */
      enrolmentRequired: Type.Boolean(),
      verifiedAt: Nullable(DateTime),
    }),
  ),
});

export const SessionResponse = Type.Object({
  authenticated: Type.Boolean(),
  user: Type.Optional(CurrentUserSchema),
  csrfToken: Type.Optional(Type.String()),
  /** The password was right; send the code with this challenge to POST /api/v1/auth/login/second-factor. */
  secondFactorRequired: Type.Optional(Type.Boolean()),
  challenge: Type.Optional(Type.String()),
  challengeExpiresAt: Type.Optional(DateTime),
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

/** A 6-digit code from the authenticator app, or a recovery code such as k7m2-x9qp-4hta. */
const Code = Type.String({ minLength: 6, maxLength: 32, pattern: '^[0-9A-Za-z -]+$' });

export const LoginSecondStepBody = Type.Object(
  { challenge: Type.String({ minLength: 20, maxLength: 100 }), code: Code },
  { additionalProperties: false },
);

export const CodeBody = Type.Object({ code: Code }, { additionalProperties: false });

export const SecondFactorStatusResponse = Type.Object({
  enrolled: Type.Boolean(),
  required: Type.Boolean(),
  enrolledAt: Nullable(DateTime),
  recoveryCodesLeft: Type.Integer(),
});

export const EnrolmentResponse = Type.Object({
  secret: Type.String({ description: 'Base32, for typing into an app that cannot scan' }),
  otpauthUri: Type.String(),
  qrCode: Type.String({ description: 'The otpauth URI as an SVG data URL' }),
});

export const RecoveryCodesResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'Shown this once; each works once' }),
});

export const VerifiedResponse = Type.Object({ verifiedAt: DateTime });

export const LockSchema = Type.Object({
  key: Type.String(),
  scope: StringEnum(['user_source', 'user', 'source'] as const),
  username: Nullable(Type.String()),
  source: Nullable(Type.String()),
  lockedUntil: DateTime,
  locksInARow: Type.Integer(),
});

export const LockList = Type.Object({ items: Type.Array(LockSchema) });

export const LiftLockBody = Type.Object({ key: Type.String({ minLength: 3, maxLength: 400 }) }, { additionalProperties: false });

export const UserIdParams = Type.Object({ id: Uuid });
