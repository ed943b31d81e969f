import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { EDITOR_HOSTS, editorFor, editorPage, editorScript, isEditorName } from './editors';
import { ROOT } from './paths';

const FIXTURES = `${ROOT}tests/e2e/fixtures`;

/** Imitation pages, each served under the real host name of the site it copies. */
export const IMITATIONS: Record<string, string> = {
  'web.whatsapp.com': 'whatsapp.html',
  'app.slack.com': 'slack.html',
  'mail.google.com': 'gmail.html',
  'messages.google.com': 'googlemessages.html',
};

/** Every host name the server answers for: the imitations and the real-editor pages (editors.ts). */
export const SITE_HOSTS: readonly string[] = [
  ...Object.keys(IMITATIONS),
  ...Object.keys(EDITOR_HOSTS),
];

export interface ImitationSites {
  port: number;
  /** Every request the server received, as "HOST METHOD PATH". */
  log: string[];
  /** Chromium flag sending the sites' real names to this server on loopback. */
  resolverRule: string;
  close(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 with a self-signed test certificate (tests/e2e/fixtures/*.pem,
 * CN=steady-test, committed so a fresh machine needs no openssl). Chromium reaches it under the
 * sites' real names through --host-resolver-rules and accepts the certificate because the test
 * browser ignores certificate errors.
 */
export async function serveImitations(): Promise<ImitationSites> {
  const log: string[] = [];
  const server: Server = createServer(
    { key: readFileSync(`${FIXTURES}/key.pem`), cert: readFileSync(`${FIXTURES}/cert.pem`) },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      log.push(`${host} ${request.method} ${request.url}`);
      const url = new URL(request.url ?? '/', `https://${host}`);
      const file = IMITATIONS[host];
      const editor = editorFor(host, url);
      const bundle = url.pathname === '/editor.js' ? url.search.slice(1) : null;
      if (request.method !== 'GET' || url.pathname.startsWith('/favicon')) {
        response.writeHead(404).end();
      } else if (isEditorName(bundle)) {
        editorScript(bundle).then(
          (script) => {
            response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
            response.end(script);
          },
          (error: unknown) => response.writeHead(500).end(String(error)),
        );
      } else if (editor) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(editorPage(editor));
      } else if (file) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(`${FIXTURES}/sites/${file}`));
      } else {
        response.writeHead(404).end();
      }
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const resolverRule = `--host-resolver-rules=${SITE_HOSTS.map(
    (host) => `MAP ${host} 127.0.0.1:${port}`,
  ).join(', ')}`;
  return {
    port,
    log,
    resolverRule,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
