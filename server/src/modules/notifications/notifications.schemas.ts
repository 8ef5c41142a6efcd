import { Type } from 'typebox';
import { DateTime, Nullable, Page, PageQuery, StringEnum, Uuid } from '../../shared/schemas.ts';
import { WEBHOOK_EVENTS } from './webhooks.usecases.ts';
import { NOTICE_KIND_NAMES } from './notifications.kinds.ts';

export const NotificationSchema = Type.Object({
  id: Uuid,
  kind: Type.String(),
  /** In the user's language. */
  title: Type.String(),
  body: Type.String(),
  link: Nullable(Type.String()),
  flagId: Nullable(Type.String()),
  createdAt: DateTime,
  readAt: Nullable(DateTime),
});

export const InboxQuery = Type.Object({ unreadOnly: Type.Optional(Type.Boolean()), ...PageQuery }, { additionalProperties: false });
export const InboxPage = Type.Object({ ...Page(NotificationSchema).properties, unreadCount: Type.Integer() });
export const IdParams = Type.Object({ id: Uuid });
export const UnreadCount = Type.Object({ unreadCount: Type.Integer() });
export const ReadAllResponse = Type.Object({ updated: Type.Integer(), unreadCount: Type.Integer() });

const WebhookEventSchema = StringEnum(WEBHOOK_EVENTS);
const Url = Type.String({ minLength: 8, maxLength: 2000, pattern: '^https?://', description: 'http:// or https://' });
const Events = Type.Array(WebhookEventSchema, { minItems: 1, maxItems: WEBHOOK_EVENTS.length, uniqueItems: true });

export const WebhookSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
  createdAt: DateTime,
});
export const WebhookList = Type.Object({ items: Type.Array(WebhookSchema), events: Type.Array(Type.String()) });

export const CreateWebhookBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), url: Url, events: Events, active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const CreatedWebhook = Type.Object({
  id: Uuid,
  /** Shown once: store it with the receiver to verify X-YRD-Signature. */
  secret: Type.String(),
});
export const UpdateWebhookBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    url: Type.Optional(Url),
    events: Type.Optional(Events),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const DeliverySchema = Type.Object({
  id: Uuid,
  event: Type.String(),
  status: StringEnum(['pending', 'delivered', 'failed', 'skipped'] as const),
  attempts: Type.Integer(),
  lastStatusCode: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  deliveredAt: Nullable(DateTime),
});
export const DeliveryQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const DeliveryPage = Page(DeliverySchema);

const NoticeKindSchema = StringEnum(NOTICE_KIND_NAMES);
export const PreferencesSchema = Type.Object({
  /** Before the first save: 0. */
  version: Type.Integer(),
  digest: Type.Boolean({ description: 'E-mail comes as one message a day listing the notices of the day before, instead of one message each' }),
  emailMuted: Type.Array(NoticeKindSchema, { description: 'Kinds that do not go by e-mail (they still reach the inbox)' }),
  kinds: Type.Array(Type.Object({ kind: NoticeKindSchema, name: Type.String({ description: "In the user's language" }), email: Type.Boolean() })),
  emailConfigured: Type.Boolean({ description: 'Whether the platform sends e-mail at all (YRD_SMTP_URL)' }),
});
export const PreferencesBody = Type.Object(
  {
    version: Type.Integer({ minimum: 0, description: 'The version read; 0 before the first save' }),
    digest: Type.Optional(Type.Boolean()),
    emailMuted: Type.Optional(Type.Array(NoticeKindSchema, { maxItems: NOTICE_KIND_NAMES.length, uniqueItems: true })),
  },
  { additionalProperties: false },
);
