// The fixture pages behind a strict Content-Security-Policy, like the real sites send: a second
// HTTPS server (same certificate) that forwards every request to the fixture server and adds the
// header. The content script must still load its module there (the browser exempts extension
// code from the page's CSP only when it is loaded the right way: see scripts/targets.ts).
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Fixtures } from './harness';

/** No inline or foreign script, no connections but to the page's own origin. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

export interface CspServer {
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function serveWithCsp(fx: Fixtures, csp = STRICT_CSP): Promise<CspServer> {
  const server = createServer(
    { key: readFileSync(join(fx.dir, 'key.pem')), cert: readFileSync(join(fx.dir, 'cert.pem')) },
    (req, res) => {
      const upstream = request(
        {
          host: '127.0.0.1',
          port: fx.port,
          path: req.url,
          method: req.method,
          headers: { host: (req.headers.host ?? '').replace(/:\d+$/, '') },
          rejectUnauthorized: false,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, { ...up.headers, 'content-security-policy': csp });
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    },
  );
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
