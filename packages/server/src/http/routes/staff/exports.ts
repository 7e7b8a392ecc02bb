// /staff/exports/{list}: each list as a CSV file, with the list's filters, streamed: the staff service reads
// the list a page at a time (keyset pages, each its own read) and each page goes out as it is read, at the
// pace the client takes it, so the file is never whole in memory. The first chunk is read before anything is
// sent: a refusal (not staff, a bad filter) is a problem answer, not a broken file.
import { CSV_LISTS, LIST_FILTERS, parseInput, type CsvRequest } from '@mentor-match/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type * as z from 'zod/mini';
import type { Logger } from '../../../log.ts';
import { callerOf } from '../../change.ts';
import type { AppContext, AppEnv } from '../../context.ts';
import { bearerAuth, problems } from '../../openapi.ts';
import { queryInput, queryParameters, strictQueries } from '../../query.ts';
import { READ_ERRORS } from './common.ts';

export function staffExportRoutes(ctx: AppContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  for (const list of CSV_LISTS) {
    routes.get(
      `/${list}`,
      describeRoute({
        operationId: `staffExport${list[0]!.toUpperCase()}${list.slice(1)}`,
        summary: `The ${list} list as a CSV file (UTF-8 with a byte order mark, CRLF, formula cells neutralised), with the list's filters, every item.`,
        security: bearerAuth,
        parameters: queryParameters(LIST_FILTERS[list]),
        responses: {
          200: { description: 'The file, streamed', content: { 'text/csv': { schema: { type: 'string' as const } } } },
          ...problems(READ_ERRORS),
        },
      }),
      async (c) => {
        // Parsed here, not only by the service: a wrong parameter is named as the query string names it.
        const schema: z.ZodMiniType = LIST_FILTERS[list];
        const filter = parseInput(schema, queryInput(schema, strictQueries(c.req.url)), `${list} export`);
        const request = { list, filter } as CsvRequest;
        const day = ctx.clock.now().toISOString().slice(0, 10);
        return csvResponse(ctx.staff.exportCsv(callerOf(c), request), `mentoring-${list}-${day}.csv`, ctx.log);
      },
    );
  }
  return routes;
}

/** The chunks as a streamed download; the first is read now, so that a refusal throws before any byte is sent. */
async function csvResponse(chunks: AsyncIterable<string>, filename: string, log: Logger): Promise<Response> {
  const iterator = chunks[Symbol.asyncIterator]();
  let next: IteratorResult<string> | null = await iterator.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // Called when the client has taken what was sent (the server waits for the socket to drain): a page at a time.
    async pull(controller) {
      try {
        const chunk = next ?? (await iterator.next());
        next = null;
        if (chunk.done) controller.close();
        else controller.enqueue(encoder.encode(chunk.value));
      } catch (error) {
        // Headers are gone: the client sees the download break off, never a file that looks whole.
        log.error('CSV export failed mid-file', { file: filename, error: error instanceof Error ? error.message : String(error) });
        controller.error(error);
      }
    },
    // The client went away: stop reading pages.
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}
