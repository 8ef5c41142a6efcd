/**
 * Where a webhook may be delivered. The platform POSTs to an address the Office
 * types in, from inside the deployment's network: without these checks a
 * webhook could reach the embedded PostgreSQL, an internal service or a cloud
 * metadata endpoint (server-side request forgery). So, unless the host is on
 * the allow-list (YRD_WEBHOOK_ALLOW_HOSTS):
 * - when saved: the URL's host may not be a loopback, private, link-local,
 *   shared (CGNAT, e.g. Alibaba Cloud's 100.100.100.200), documentation,
 *   multicast or reserved address, nor localhost or a metadata name; the URL
 *   parser has already turned numeric forms (2130706433, 0x7f.1, 127.1) into
 *   dotted addresses, so they are judged as the address they are;
 * - when delivered: every address the name resolves to is checked again, and
 *   the connection goes to the checked address (the lookup is the socket's
 *   own), so a name that changes its answer in between (DNS rebinding) is
 *   still refused.
 * Ports that fetch refuses (the Fetch standard's bad ports, e.g. 25, 4190) are
 * refused always: they speak other protocols.
 */
import dns, { type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import net from 'node:net';
import { notificationsErrors } from './notifications.errors.ts';

/** The Fetch standard's "bad ports" (what undici's fetch refuses with "bad port"). */
export const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135,
  137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719,
  1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

const BLOCKED = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24],
  ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 32], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(network, prefix, 'ipv6');

/** Names that always mean this machine or a cloud's metadata service. */
const BLOCKED_NAMES = /^(localhost|.*\.localhost|metadata|metadata\.google\.internal|metadata\.tencentyun\.com|instance-data(\.ec2\.internal)?)\.?$/i;

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address (::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d). */
function embeddedIpv4(address: string): string | undefined {
  const groups = expandIpv6(address);
  if (!groups) return undefined;
  const head = groups.slice(0, 6).map((g) => g.toString(16)).join(':');
  const mapped = head === '0:0:0:0:0:ffff' || head === '64:ff9b:0:0:0:0' || (head === '0:0:0:0:0:0' && (groups[6]! > 0 || groups[7]! > 1));
  if (!mapped) return undefined;
  return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
}

function expandIpv6(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = v4[1]!.split('.').map(Number);
    text = `${text.slice(0, -v4[1]!.length)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [left = '', right] = text.split('::');
  const l = left ? left.split(':') : [];
  const r = right ? right.split(':') : [];
  const groups = right === undefined ? l : [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r];
  if (groups.length !== 8) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/** Why an address may not receive webhooks, or undefined when it may. */
export function blockedReason(address: string): string | undefined {
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4') ? 'internal or reserved address' : undefined;
  if (family === 6) {
    const inner = embeddedIpv4(address);
    if (inner) return blockedReason(inner);
    return BLOCKED.check(address, 'ipv6') ? 'internal or reserved address' : undefined;
  }
  return 'not an IP address';
}

/** The allow-list of YRD_WEBHOOK_ALLOW_HOSTS: host names as written, addresses and CIDR ranges. */
export class WebhookAllowList {
  private readonly names = new Set<string>();
  private readonly addresses = new net.BlockList();

  constructor(entries: readonly string[]) {
    for (const entry of entries.map((e) => e.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean)) {
      const [network = '', prefix] = entry.split('/');
      const family = net.isIP(network);
      if (family && prefix !== undefined) this.addresses.addSubnet(network, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
      else if (family) this.addresses.addAddress(network, family === 4 ? 'ipv4' : 'ipv6');
      else this.names.add(entry.replace(/\.$/, ''));
    }
  }

  allowsName(host: string): boolean {
    return this.names.has(host.toLowerCase().replace(/\.$/, ''));
  }

  allowsAddress(address: string): boolean {
    const family = net.isIP(address);
    return family !== 0 && this.addresses.check(address, family === 4 ? 'ipv4' : 'ipv6');
  }
}

/** The URL's host without IPv6 brackets. */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * Checks a webhook URL as written (at saving, and again before each delivery, for
 * endpoints saved before the rules): http(s), no credentials, no bad port, and a
 * host that is neither an internal address nor an internal name unless allowed.
 * Errors name the field `url`.
 */
export function checkWebhookUrl(value: string, allow: WebhookAllowList): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw notificationsErrors.badUrl();
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) throw notificationsErrors.badUrl();
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (BAD_PORTS.has(port)) throw notificationsErrors.portNotAllowed(port);
  const host = hostOf(url);
  if (allow.allowsName(host) || allow.allowsAddress(host)) return url;
  if (net.isIP(host) ? blockedReason(host) : BLOCKED_NAMES.test(host)) throw notificationsErrors.addressNotAllowed(host);
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** Every address of a name (dns.lookup with all: true); replaceable in tests to play a rebinding resolver. */
export type Resolver = (hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
const systemResolver: Resolver = (hostname, options, callback) => dns.lookup(hostname, { ...options, all: true } as LookupAllOptions, callback);

/**
 * A `lookup` for the delivery's socket: resolves the name and refuses the
 * connection when any answer is an internal address (unless allowed), so the
 * socket connects only to an address that was checked.
 */
export function guardedLookup(allow: WebhookAllowList, host: string, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, options, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allow.allowsName(host) ? undefined : addresses.find((a) => !allow.allowsAddress(a.address) && blockedReason(a.address));
      if (refused) {
        const denied: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${refused.address}, an internal address webhooks may not reach (YRD_WEBHOOK_ALLOW_HOSTS allows it)`);
        denied.code = 'EADDRNOTALLOWED';
        return callback(denied, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
