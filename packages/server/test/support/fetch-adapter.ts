// A bare MentoringAdapter over fetch, only for this package's tests: it lets the conformance suite check the
// server before and independently of @mentor-match/rest-adapter (which is the real client, with retries,
// timeouts and response validation). It sends each call as the contract says and turns problem+json back
// into MentoringErrors; nothing more.
import {
  MentoringError, Problem, type AvailabilityInput, type CallOptions, type ChangeListener, type CodeOfConductAcceptance,
  type Concern, type ConcernInput, type EnrolmentInput,
  type FeedbackInput, type MemberView, type MentoringAdapter, type MentoringChange, type Mentorship, type MentorshipAction,
  type MentorshipActionInput, type MentorshipItem, type MentorshipRequestInput, type ProgramSettings, type SearchPage,
  type SearchQuery, type Viewer,
} from '@mentor-match/core';

export function fetchAdapter(apiUrl: string, getToken: () => Promise<string | null>, pollMs = 100): MentoringAdapter {
  async function call<T>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
    const signal = options?.signal as AbortSignal | undefined;
    if (signal?.aborted) throw new MentoringError('network', 'aborted', { reason: 'aborted' });
    const token = await getToken();
    let response: Response;
    try {
      response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      throw new MentoringError('network', String(error), { reason: signal?.aborted ? 'aborted' : undefined });
    }
    const payload: unknown = await response.json();
    if (!response.ok) throw MentoringError.fromProblem(Problem.parse(payload));
    return payload as T;
  }

  const listeners = new Set<ChangeListener>();
  let polling: NodeJS.Timeout | undefined;
  let cursor: number | undefined;
  async function poll(): Promise<void> {
    try {
      if (cursor === undefined) {
        cursor = (await call<{ last: number }>('GET', '/changes')).last;
        return;
      }
      const feed = await call<{ changes: (MentoringChange & { seq: number })[]; last: number }>('GET', `/changes?after=${cursor}`);
      cursor = feed.last;
      for (const { kind, id } of feed.changes) for (const listener of [...listeners]) if (listeners.has(listener)) listener({ kind, id });
    } catch {
      // The next poll tries again.
    }
  }

  return {
    getViewer: (options) => call<Viewer>('GET', '/me', undefined, options),
    getProgram: (options) => call<ProgramSettings>('GET', '/program', undefined, options),
    getMember: (id, options) => call<MemberView>('GET', `/members/${encodeURIComponent(id)}`, undefined, options),
    search(query: SearchQuery, options) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
      }
      return call<SearchPage>('GET', `/search?${params}`, undefined, options);
    },
    enrol: (input: EnrolmentInput, options) => call<Viewer>('PUT', '/me/enrolment', input, options),
    setAvailability: (input: AvailabilityInput, options) => call<Viewer>('PUT', '/me/availability', input, options),
    requestMentorship: (input: MentorshipRequestInput, options) => call<Mentorship>('POST', '/mentorships', input, options),
    act: (id: string, action: MentorshipAction, input: MentorshipActionInput = {}, options?: CallOptions) =>
      call<Mentorship>('POST', `/mentorships/${encodeURIComponent(id)}/${action}`, input, options),
    giveFeedback: (id: string, input: FeedbackInput, options) =>
      call<Mentorship>('POST', `/mentorships/${encodeURIComponent(id)}/feedback`, input, options),
    listMentorships: async (options) => (await call<{ items: MentorshipItem[] }>('GET', '/mentorships', undefined, options)).items,
    acceptCodeOfConduct: (input: CodeOfConductAcceptance, options) => call<Viewer>('PUT', '/me/code-of-conduct', input, options),
    raiseConcern: (input: ConcernInput, options) => call<Concern>('POST', '/me/concerns', input, options),
    listConcerns: async (options) => (await call<{ items: Concern[] }>('GET', '/me/concerns', undefined, options)).items,
    subscribe(listener) {
      listeners.add(listener);
      if (polling === undefined) {
        void poll();
        polling = setInterval(() => void poll(), pollMs);
        // A test that fails before unsubscribing must not keep the process alive with its poller.
        polling.unref();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          clearInterval(polling);
          polling = undefined;
          cursor = undefined;
        }
      };
    },
  };
}
