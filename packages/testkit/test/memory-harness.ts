// A conformance harness over MemoryBackend: a ManualClock the tests move, and the backend's outbox.
import { ManualClock, MemoryBackend } from '@mentor-match/core';
import type { HarnessFactory } from '@mentor-match/testkit';

export const memoryHarness: HarnessFactory = async ({ settings }) => {
  const clock = new ManualClock();
  const backend = new MemoryBackend({ settings, clock });
  return {
    as: (memberId) => backend.adapterFor(memberId),
    anonymous: () => backend.anonymous(),
    async advanceTime(days) {
      clock.advance({ days });
      backend.runJobs();
    },
    notifications: async () =>
      backend.outbox.map(({ memberId, kind, mentorshipId }) => ({ memberId, kind, mentorshipId })),
  };
};
