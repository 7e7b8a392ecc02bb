// Run by lazy-jobs.node.test.ts in a process of its own: MemoryBackend imported alone, as the in-page demo's
// page imports it (never core's index, which imports the jobs' code). Reads the roster and what to do from
// the JSON in argv[2]; prints what happened as JSON. With `failFirstDownload`, a module hook refuses the first
// import of the jobs' code, as a browser that could not download its chunk would.
import { register } from 'node:module';

interface Scenario {
  members: unknown[];
  mentorships: unknown[];
  start: string;
  advanceDays: number;
  failFirstDownload: boolean;
}
const scenario = JSON.parse(process.argv[2]!) as Scenario;

if (scenario.failFirstDownload) {
  const hooks = `let failures = 1;
export async function resolve(specifier, context, next) {
  if (specifier === './jobs.ts' && context.parentURL?.endsWith('/service/calls.ts') && failures-- > 0) throw new Error('offline');
  return next(specifier, context);
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
}

const { MemoryBackend } = await import('../src/memory-backend.ts');
const { ManualClock } = await import('../src/clock.ts');
const { jobsLoaded } = await import('../src/service/calls.ts');

const messageOf = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    return { value: await work() };
  } catch (error) {
    return { error: { name: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message } };
  }
};

const clock = new ManualClock(new Date(scenario.start));
const backend = new MemoryBackend({ clock, members: scenario.members as never, mentorships: scenario.mentorships as never });
const mee = backend.adapterFor('mee');
const report: Record<string, unknown> = { loadedAtStart: jobsLoaded() };
report.runJobsBefore = await messageOf(async () => backend.runJobs());
report.searchBefore = await messageOf(async () => (await mee.search({ find: 'mentors' })).total);
report.loadedAfterSearch = jobsLoaded();
clock.advance({ days: scenario.advanceDays });
report.firstList = await messageOf(async () => (await mee.listMentorships()).map((item) => item.mentorship.state));
report.secondList = await messageOf(async () => (await mee.listMentorships()).map((item) => item.mentorship.state));
report.loadedAtEnd = jobsLoaded();
report.runJobsAfter = await messageOf(async () => backend.runJobs());
report.outbox = backend.outbox.map((notification) => `${notification.kind} to ${notification.memberId}`);
console.log(JSON.stringify(report));
