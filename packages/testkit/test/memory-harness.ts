// A conformance harness over MemoryBackend: a ManualClock the tests move, the backend's outbox, and its staff.
import { ManualClock, MemoryBackend } from '@mentor-match/core';
import type { HarnessFactory } from '@mentor-match/testkit';

export const memoryHarness: HarnessFactory = async ({ settings, staff = [] }) => {
  const clock = new ManualClock();
  const backend = new MemoryBackend({ settings, clock, staff });
  return {
    as: (memberId) => backend.adapterFor(memberId),
    anonymous: () => backend.anonymous(),
    staff: (memberId) => backend.staffAdapterFor(memberId),
    workspace: (memberId) => backend.workspaceAdapterFor(memberId),
    async advanceTime(days) {
      clock.advance({ days });
      backend.runJobs();
    },
    notifications: async () =>
      backend.outbox.map(({ memberId, kind, mentorshipId }) => ({ memberId, kind, mentorshipId })),
  };
};
