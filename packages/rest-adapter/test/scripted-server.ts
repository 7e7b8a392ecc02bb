// A real HTTP server on 127.0.0.1 whose answers each test scripts: junk JSON, problems, outages,
// dropped connections, silence. It records every request it received.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path and query, e.g. `/api/v1/search?find=mentors`. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** Answers one request; `n` counts the requests received so far (1 for the first). */
export type Script = (request: Received, response: ServerResponse, n: number) => void;

export interface ScriptedServer {
  /** The API's base, `http://127.0.0.1:port/api/v1`. */
  baseUrl: string;
  received: Received[];
  /** Replaces the script (e.g. between the steps of a test). */
  script: Script;
  close(): Promise<void>;
}

export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const received: Received[] = [];
  const state = { script };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      state.script(request, res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    received,
    get script() {
      return state.script;
    },
    set script(next) {
      state.script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON body (`application/json`, or another type such as `application/problem+json`). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  type = 'application/json',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(JSON.stringify(body));
}
