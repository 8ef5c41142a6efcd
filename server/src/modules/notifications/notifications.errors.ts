import { AppError, defineErrors } from '../../shared/errors.ts';

export const notificationsErrors = defineErrors({
  notFound: () => new AppError(404, 'notifications.not_found'),
  webhookNotFound: () => new AppError(404, 'webhooks.not_found'),
  badUrl: () => new AppError(400, 'webhooks.bad_url', {}, [{ field: 'url', rule: 'webhooks.bad_url' }]),
  addressNotAllowed: (host: string) => new AppError(400, 'webhooks.address_not_allowed', { host }, [{ field: 'url', rule: 'webhooks.address_not_allowed', params: { host } }]),
  portNotAllowed: (port: number) => new AppError(400, 'webhooks.port_not_allowed', { port }, [{ field: 'url', rule: 'webhooks.port_not_allowed', params: { port } }]),
  unknownEvent: (event: string) => new AppError(400, 'webhooks.unknown_event', { event }, [{ field: 'events', rule: 'webhooks.unknown_event', params: { event } }]),
});
