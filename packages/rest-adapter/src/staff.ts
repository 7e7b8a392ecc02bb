// @mentor-match/rest-adapter/staff: the program office's StaffAdapter over the REST API (`/api/v1/staff/…`).
// A module of its own: <mentor-program api> imports it only when <mentor-program-office> asks for the staff
// adapter, so no member's page downloads it.
//
// PLACEHOLDER (issue 11): the staff routes and this adapter come from the server's branch (i11-server), which
// replaces this file whole. Until then every call rejects with a `network` error saying so, which the office
// shows like any unreachable service.
import type { StaffAdapter } from '@mentor-match/core/staff-adapter';
import { MentoringError } from '@mentor-match/core/errors';
import type { RestAdapterOptions } from './http.ts';

/** The staff adapter for the API at `options.baseUrl`, signed in as the member `options.getToken` names. */
export function createRestStaffAdapter(options: RestAdapterOptions): StaffAdapter {
  const missing = () =>
    new MentoringError('network', `The REST staff adapter for ${options.baseUrl} is not built yet (issue 11, server branch).`);
  return new Proxy({} as StaffAdapter, {
    get: (_, name) => {
      if (name === 'then') return undefined;
      if (name === 'subscribe') return () => () => undefined;
      if (name === 'exportCsv') {
        return () => ({
          [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(missing()) }),
        });
      }
      return () => Promise.reject(missing());
    },
  });
}
