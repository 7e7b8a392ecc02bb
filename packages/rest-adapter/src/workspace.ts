// @mentor-match/rest-adapter/workspace: mentorships' workspaces over the REST API
// (`/api/v1/mentorships/{id}/workspace`, `/follow-up`, and staff's `/staff/workspaces`). A module of its own:
// <mentor-program api> imports it only when a member opens a workspace or follows up a request, so the
// member's search page never downloads it. Each answer is parsed with the core schema; the calendar file
// is read as text.
import type { CallOptions } from '@mentor-match/core/adapter';
import {
  FollowUpSent, Workspace, WorkspaceSummaryList, WorkspaceSummaryQuery, type WorkspaceChange, type WorkspaceSummary,
} from '@mentor-match/core/schemas/workspace';
import type { StaffWorkspaceAdapter, WorkspaceAdapter } from '@mentor-match/core/workspace-adapter';
import { Connection, segment } from './connection.ts';
import { change } from './member-changes.ts';
import type { RestAdapterOptions } from './http.ts';
import { queryParams } from './query.ts';
import { download } from './download.ts';

const path = (id: string) => `mentorships/${segment(id)}`;

export class RestWorkspaceAdapter implements WorkspaceAdapter, StaffWorkspaceAdapter {
  readonly #connection: Connection;

  constructor(options: RestAdapterOptions) {
    this.#connection = new Connection(options);
  }

  getWorkspace(mentorshipId: string, options?: CallOptions): Promise<Workspace> {
    return this.#connection.send('GET', `${path(mentorshipId)}/workspace`, Workspace, 'workspace', options);
  }

  changeWorkspace(mentorshipId: string, edit: WorkspaceChange, options?: CallOptions): Promise<Workspace> {
    // Told as a change of the mentorship, as the server records it: both partners' pages hear it.
    return change(this.#connection, 'POST', `${path(mentorshipId)}/workspace`, Workspace, 'workspace', edit, options, () => ({
      kind: 'mentorship',
      id: mentorshipId,
    }));
  }

  async nextMeetingIcs(mentorshipId: string, options?: CallOptions): Promise<string> {
    let text = '';
    const file = download(this.#connection.start, `${path(mentorshipId)}/workspace/next-meeting.ics`, 'calendar file', {
      signal: options?.signal,
      accept: 'text/calendar',
    });
    for await (const chunk of file) text += chunk;
    return text;
  }

  followUp(mentorshipId: string, options?: CallOptions): Promise<FollowUpSent> {
    return change(this.#connection, 'POST', `${path(mentorshipId)}/follow-up`, FollowUpSent, 'follow-up', {}, options, () => ({
      kind: 'mentorship',
      id: mentorshipId,
    }));
  }

  async workspaceSummaries(query: WorkspaceSummaryQuery = {}, options?: CallOptions): Promise<WorkspaceSummary[]> {
    const searchParams = queryParams(WorkspaceSummaryQuery, query, 'workspace list query');
    return (await this.#connection.send('GET', 'staff/workspaces', WorkspaceSummaryList, 'workspace list', { ...options, searchParams })).items;
  }
}

/** Workspaces for a mentor-match REST API, with the member adapter's options (`baseUrl`, `getToken`, …). */
export function createRestWorkspaceAdapter(options: RestAdapterOptions): RestWorkspaceAdapter {
  return new RestWorkspaceAdapter(options);
}
