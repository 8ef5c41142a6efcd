/**
 * A TCP proxy in front of PostgreSQL whose connections can be made to hang
 * without closing — as when a backend is stopped or a network path goes
 * silent: nothing is lost, nothing arrives, and TCP keepalives still succeed.
 */
import net from 'node:net';

export interface StallProxy {
  /** A connection URL like `url`, but through the proxy. */
  through(url: string): string;
  /** Connections made through the proxy so far. */
  readonly connections: number;
  /** Every connection open now stops passing bytes either way (new ones still pass). */
  stallOpenConnections(): void;
  close(): Promise<void>;
}

export async function startStallProxy(target: { host: string; port: number }): Promise<StallProxy> {
  const pairs: { client: net.Socket; upstream: net.Socket }[] = [];
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((client) => {
    connections += 1;
    const upstream = net.connect(target.port, target.host);
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
    pairs.push({ client, upstream });
    sockets.add(client).add(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    through(url: string) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    get connections() {
      return connections;
    },
    stallOpenConnections() {
      for (const { client, upstream } of pairs.splice(0)) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        // Bytes wait in the kernel's buffers; the sockets stay open.
        client.pause();
        upstream.pause();
      }
    },
    async close() {
      pairs.splice(0);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
