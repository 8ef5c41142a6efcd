import { Type } from 'typebox';
import { DateTime, MemberCode, Nullable, StringEnum, Uuid } from '../../shared/schemas.ts';
import { INDICATOR_CODE_PATTERN } from '../indicators/indicators.models.ts';

const strict = { additionalProperties: false };
const IndicatorCode = Type.String({ pattern: INDICATOR_CODE_PATTERN });
/** The most items one push may carry. */
export const MAX_PUSH_ITEMS = 10_000;

export const IdParams = Type.Object({ id: Uuid });

export const CreateTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Who uses it, e.g. "江苏省统计局数据接口"' }),
  memberCode: MemberCode,
  indicatorCodes: Type.Optional(Type.Array(IndicatorCode, { maxItems: 500, description: 'Only these indicators; omitted or empty: every indicator' })),
  expiresAt: Type.String({ format: 'date-time', description: 'Required; at most two years ahead' }),
}, strict);

export const RevokeBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, strict);

export const TokenSchema = Type.Object({
  id: Uuid, name: Type.String(), memberCode: Type.String(), indicatorCodes: Type.Array(Type.String()),
  prefix: Type.String({ description: 'The first characters of the secret, to tell tokens apart' }),
  state: StringEnum(['active', 'expired', 'revoked'] as const),
  expiresAt: DateTime, revokedAt: Nullable(DateTime), lastUsedAt: Nullable(DateTime), createdAt: DateTime, version: Type.Integer(),
});
export const TokenList = Type.Object({ items: Type.Array(TokenSchema) });
export const CreatedToken = Type.Object({
  ...TokenSchema.properties,
  secret: Type.String({ description: 'The token itself (yrd_pat_…): shown in this answer only, never again' }),
});

export const PushBody = Type.Object({
  items: Type.Array(Type.Object({
    indicatorCode: IndicatorCode,
    scopeCode: Type.String({ minLength: 1, maxLength: 20, description: "'region', a member code or a city code, by the indicator's level" }),
    period: Type.String({ minLength: 4, maxLength: 10, description: 'YYYY, YYYY-Qn or YYYY-MM by the frequency' }),
    value: Type.Number(),
    source: Type.Optional(Type.String({ maxLength: 500 })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  }, strict), { minItems: 1, maxItems: MAX_PUSH_ITEMS }),
}, strict);
export const PushResult = Type.Object({ created: Type.Integer(), revised: Type.Integer(), unchanged: Type.Integer() });
