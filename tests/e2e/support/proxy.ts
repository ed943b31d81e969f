import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface NetworkWatch {
  /** A PAC file (as a data: URL) sending every request Firefox makes to this proxy. */
  pacUrl: string;
  /** Every request that asked for anywhere but the imitation sites, as "HOST:PORT" or a URL. */
  foreign(): string[];
  close(): Promise<void>;
}

/**
 * A small proxy on loopback that Firefox is told to use for everything. It is Firefox's
 * counterpart of Chromium's --host-resolver-rules (platform-notes.md): the imitation sites'
 * real host names reach the local HTTPS fixture server through it, and every other request is
 * written down and refused, so nothing leaves the machine and the test can say what tried to.
 */
export async function observeNetwork(sites?: {
  hosts: string[];
  port: number;
}): Promise<NetworkWatch> {
  const foreign: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    foreign.push(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client: Socket) => {
    const [host = '', port = '443'] = (request.url ?? '').split(':');
    if (!sites?.hosts.includes(host) || port !== '443') {
      foreign.push(request.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(sites.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const pac = `function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:${port}"; }`;
  return {
    pacUrl: `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    foreign: () => [...foreign],
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
