// Run by lazy-code.node.test.ts in a process of its own: MemoryBackend imported alone, as the in-page demo's
// page imports it (never core's index, which imports the jobs' and the reload's code). Reads the roster and
// what to do from the JSON in argv[2]; prints what happened as JSON. With `failFirstDownload`, a module hook
// refuses the first import of each, as a browser that could not download its chunk would.
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
  const hooks = `const failing = new Map([['./jobs.ts', '/service/calls.ts'], ['./memory-reload.ts', '/memory-store.ts']]);
export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith(failing.get(specifier) ?? '\\0')) {
    failing.delete(specifier);
    throw new Error('offline');
  }
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

// Another tab (a second backend on the same storage) pauses a member; this one reloads.
const saved = new Map<string, string>();
const storage = { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => void saved.set(key, value), removeItem: (key: string) => void saved.delete(key) };
const seed = { clock, members: scenario.members as never, storage };
const here = new MemoryBackend(seed);
const there = new MemoryBackend(seed);
const heard: unknown[] = [];
here.anonymous().subscribe((change) => heard.push(change));
await there.adapterFor('mor').setAvailability({ status: 'paused', returnDate: null });
const warnings: unknown[] = [];
console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
const statusHere = () => here.members().find((member) => member.id === 'mor')!.availability.status;
const firstReload = here.reloadFromStorage();
report.firstReloadWaits = firstReload instanceof Promise;
await firstReload;
await Promise.resolve();
report.afterFirstReload = { status: statusHere(), heard: [...heard], warnings: [...warnings] };
const secondReload = here.reloadFromStorage();
report.secondReloadWaits = secondReload instanceof Promise;
await secondReload;
await Promise.resolve();
report.afterSecondReload = { status: statusHere(), heard: [...heard] };
console.log(JSON.stringify(report));
