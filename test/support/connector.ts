import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One call the bot made to the Bot Connector service. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  headers: IncomingMessage['headers'];
  body: any;
  at: number;
}

/** Decides the answer to one call; return undefined for the default 200. */
export type Responder = (call: ConnectorCall) => { status: number; headers?: Record<string, string>; body?: unknown } | undefined;

/**
 * A local stand-in for the Bot Connector service at the activity's `serviceUrl`.
 * It records every POST, PUT and DELETE under /v3/conversations and answers like the real one.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  responder: Responder = () => undefined;
  /** Delay before answering, to hold a turn in flight. */
  delayMs = 0;
  /** Accept requests and never answer them, like a hung connector. */
  hang = false;
  /** Requests received while hanging (never answered, so not in `calls`). */
  hung = 0;
  /** Requests received and not yet answered. */
  inFlight = 0;
  private server?: Server;
  private seq = 0;
  private waiters: { count: number; resolve: () => void }[] = [];
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  reset(): void {
    this.calls.length = 0;
    this.responder = () => undefined;
    this.delayMs = 0;
    this.hang = false;
    this.hung = 0;
  }

  /** Activities the bot sent (POSTs to a conversation's activities), optionally to one conversation. */
  sent(conversationId?: string): any[] {
    return this.calls
      .filter((c) => c.method === 'POST' && c.path.includes('/activities') && (!conversationId || c.conversationId === conversationId))
      .map((c) => c.body);
  }

  updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  /** Resolves once at least `count` calls have been recorded (or rejects after `timeoutMs`). */
  waitForCalls(count: number, timeoutMs = 5000): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} connector calls, saw ${this.calls.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    if (this.hang) {
      this.hung++;
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '/';
    const m = path.match(/^\/v3\/conversations(?:\/([^/]+))?(?:\/activities(?:\/([^/?]+))?)?/);
    const call: ConnectorCall = {
      method: req.method ?? 'GET',
      path,
      conversationId: m?.[1] ? decodeURIComponent(m[1]) : undefined,
      activityId: m?.[2] ? decodeURIComponent(m[2]) : undefined,
      headers: req.headers,
      body: raw ? JSON.parse(raw) : undefined,
      at,
    };
    this.inFlight++;
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    this.inFlight--;
    const answer = this.responder(call);
    if (answer && answer.status >= 300) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body ?? { error: { code: 'Error', message: 'fake failure' } }));
      return;
    }
    this.calls.push(call);
    for (const w of this.waiters.filter((w) => this.calls.length >= w.count)) w.resolve();
    this.waiters = this.waiters.filter((w) => this.calls.length < w.count);
    const id = `act-${++this.seq}`;
    const body =
      call.method === 'POST' && !call.conversationId ? { id: `${call.body?.channelData?.channel?.id ?? '19:new'};messageid=${id}`, activityId: id } : { id };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer?.body ?? body));
  }
}

/** A channel the bot was added to, reachable at the stand-in connector. */
export function channelAt(id: string, serviceUrl: string) {
  return {
    id,
    tenantId: 't',
    kind: 'channel' as const,
    reference: { channelId: 'msteams', serviceUrl, conversation: { id, conversationType: 'channel', isGroup: true, tenantId: 't' }, bot: { id: '28:bot' } },
    updatedAt: '2026-11-25T09:00:00Z',
  };
}
