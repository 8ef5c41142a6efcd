/**
 * A few records of each main kind, made through the API as the Office, so the
 * fuzz test's path parameters and ids can name real records and its requests
 * reach the use cases rather than stop at "not found".
 */
export const SEED_REQUESTS: { url: string; body: object }[] = [
  { url: '/api/v1/meetings', body: { type: 'forum', tier: 'execution', startsAt: '2026-06-01T01:00:00Z', endsAt: '2026-06-01T03:00:00Z', titleZh: '模糊测试论坛' } },
  { url: '/api/v1/matters', body: { titleZh: '模糊测试事项', raisedByMemberCode: '320000', affectedMemberCodes: ['330000'] } },
  { url: '/api/v1/agreements', body: { titleZh: '模糊测试协议', parties: [{ memberCode: '320000' }, { memberCode: '330000' }] } },
  { url: '/api/v1/indicators', body: { code: 'FUZZ_MEMBER', nameZh: '模糊测试指标', valueKind: 'percent', direction: 'higher', level: 'member', frequency: 'yearly' } },
  { url: '/api/v1/webhooks', body: { name: 'fuzz', url: 'https://hooks.example/fuzz', events: ['flag.raised'] } },
];
