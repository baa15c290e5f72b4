import type restify from 'restify';
import type { Logger } from '../log';

// Downloads behind short-lived links (the CSV exports, the review pack) are served the same way:
// the file is found from the token in its name, built when fetched, and never cached.

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

/** A file found for a token: its body, type, download name, and figures to log (never content). */
export interface TokenFile {
  body: string | Buffer;
  contentType: string;
  fileName: string;
  logged: Record<string, number>;
}

export interface TokenFileRoute {
  /** The path prefix; the file name follows it. */
  prefix: string;
  component: string;
  /** The file for this name at `now`, or undefined when the link is unknown, expired or no longer allowed. */
  find(name: string, now: Date): Promise<TokenFile | undefined>;
  messages: { expired: string; failed: string };
  logs: { served: string; failed: string };
}

/** GET <prefix><name>: the file, a 404 with how to get a new link, or a 500 that logs the error only. */
export function registerTokenFile(server: restify.Server, log: Logger, now: () => Date, route: TokenFileRoute): void {
  const fileLog = log.child({ component: route.component });
  server.get(`${route.prefix}:name`, async (req: restify.Request, res: restify.Response) => {
    const refuse = (status: number, message: string) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(message);
    };
    try {
      const file = await route.find(String(req.params?.name ?? ''), now());
      if (!file) return refuse(404, route.messages.expired);
      fileLog.info(file.logged, route.logs.served);
      res.writeHead(200, { ...HEADERS, 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${file.fileName}"` });
      res.end(file.body);
    } catch (err) {
      fileLog.error({ err }, route.logs.failed);
      refuse(500, route.messages.failed);
    }
  });
}
