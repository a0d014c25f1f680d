// Binding the port, as the sign-in service's server.ts does (its `bind` is not exported, so a local equivalent).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The port is taken by another process; main.ts turns this into one clear line. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(readonly port: number) {
    super(`Port ${port} is already in use — stop the other process or set COMPANY_IDP_PORT`);
  }
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Binds the port. `localhost` means both loopbacks: Node's fetch may try ::1 first and browsers 127.0.0.1,
 * and both must reach the provider. Without IPv6 the IPv4 listener is enough.
 */
export async function bind(
  handler: RequestHandler,
  port: number,
  host: string,
): Promise<{ servers: Server[]; port: number }> {
  const hosts = host === 'localhost' ? ['127.0.0.1', '::1'] : [host];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const servers: Server[] = [];
    let bound = port;
    try {
      for (const [index, address] of hosts.entries()) {
        const server = createServer(handler);
        try {
          bound = await listen(server, bound, address);
          servers.push(server);
        } catch (error) {
          const optional = index > 0 && ['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(errorCode(error) ?? '');
          if (!optional) throw error;
        }
      }
      return { servers, port: bound };
    } catch (error) {
      await Promise.all(servers.map(closeServer));
      // A random port free on 127.0.0.1 may be taken on ::1: pick another one.
      if (errorCode(error) === 'EADDRINUSE' && port === 0) continue;
      if (errorCode(error) === 'EADDRINUSE') throw new PortInUseError(port);
      throw error;
    }
  }
  throw new PortInUseError(port);
}
