import { timingSafeEqual } from 'node:crypto';
import type restify from 'restify';
import type { Config } from '../config';
import { sessionIcs } from '../features/dropins/ics';
import { occurrenceById, withinSessionWindow } from '../features/dropins/schedule';
import type { Logger } from '../log';
import type { Store } from '../store/types';

export interface CalendarDeps {
  store: Store;
  config: Pick<Config, 'publicHostname'>;
  log: Logger;
  now: () => Date;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /calendar/dropins/<occurrence>.ics?t=<token>: one drop-in session as an iCalendar file,
 * for the "Add to calendar" button. Without the schedule's token it answers 404, like an unknown session.
 */
export function registerDropInCalendar(server: restify.Server, { store, config, log, now }: CalendarDeps): void {
  server.get('/calendar/dropins/:file', async (req: restify.Request, res: restify.Response) => {
    const notFound = (): void => void res.send(404, { error: 'not_found', message: 'No such drop-in session.' });
    const id = /^(\d{4}-\d{2}-\d{2})\.ics$/.exec(String(req.params.file ?? ''))?.[1];
    // Read from the URL: the server has no query-string plugin.
    const token = new URL(req.url ?? '', 'http://localhost').searchParams.get('t') ?? '';
    try {
      const schedule = await store.dropIns.getSchedule();
      if (!id || !schedule || !sameSecret(token, schedule.calendarToken)) return notFound();
      // A date the schedule cannot have now is refused before the rule is evaluated.
      if (!withinSessionWindow(schedule, id, now())) return notFound();
      const session = occurrenceById(schedule, await store.dropIns.listExceptions(), id);
      if (!session) return notFound();
      const body = sessionIcs(schedule, session, config.publicHostname ?? 'lro-assist');
      res.writeHead(200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="lro-drop-in-${id}.ics"`,
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch (err) {
      log.error({ err }, 'could not serve a drop-in calendar file');
      res.send(500, { error: 'internal' });
    }
  });
}
