// Emails members can act on, over a real SMTP server: one multipart message (plain text and escaped HTML)
// rendered from the notification record in the member's language, with the absolute link to the configured
// page, the program's name and contact, and a signed one-click List-Unsubscribe that works without signing in;
// nothing is lost while the mail server is down; daily and weekly digests go out as jobs on the program's clock.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';
import { Mailbox, freePort, type Received } from './support/mailbox.ts';

const PAGES = { console: 'https://society.example/mentoring/console', search: 'https://society.example/mentoring/find', preferences: 'https://society.example/mentoring/emails' };
const SETTINGS = { name: 'Society Mentoring', contactEmail: 'office@society.example', pages: PAGES };

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The message's headers, unfolded, by lower-case name. */
function headers(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new Map(head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Each part of a multipart message: its content type and its text, decoded (quoted-printable or base64). */
function parts(raw: string): { type: string; text: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  assert.ok(boundary, 'a multipart message');
  return raw.split(`--${boundary}`).slice(1, -1).map((part) => {
    const [head = '', ...rest] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1] ?? '';
    const bytes = /quoted-printable/i.test(head)
      ? Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
      : /base64/i.test(head) ? Buffer.from(body, 'base64') : Buffer.from(body, 'latin1');
    return { type, text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
  });
}

describe('emails members can act on', () => {
  let mailbox: Mailbox;
  let server: TestServer;

  before(async () => {
    mailbox = new Mailbox(await freePort());
    server = await startTestServer({
      database: testDatabase(), settings: SETTINGS, smtpUrl: `smtp://127.0.0.1:${mailbox.port}`, mailFrom: 'Society <program@society.example>',
      mail: { pollMs: 50, retryBaseMs: 100, retryMaxMs: 400 },
    });
  });
  beforeEach(async () => {
    await mailbox.stop();
    await server.reset(SETTINGS);
    mailbox.received.length = 0;
  });
  after(async () => {
    await server?.close();
    await mailbox?.stop();
  });

  const mailFor = (to: string) => mailbox.received.filter((r) => r.to === to);

  it('written while the mail server is down, reaches the member in their language: both parts, links to the site, name and contact', async () => {
    const ann = await enrol(server, 'ann', ['mentor']);
    await enrol(server, 'me', ['mentee']);
    assert.equal((await ann.put('/me/notifications/preferences', { language: 'fr', frequency: 'immediately' })).status, 200);
    const request = await ask(server, 'me', 'ann');
    // Down: the outbox keeps it and retries.
    await until(async () => (await server.outbox()).some((e) => e.attempts >= 2 && e.lastError !== null), 'failed attempts');
    assert.equal(mailbox.received.length, 0);

    await mailbox.start();
    await until(() => mailFor('ann@example.org').length === 1, 'the email, once the mail server is back');
    const [email] = mailFor('ann@example.org') as [Received];
    const h = headers(email.raw);
    assert.match(h.get('content-type') ?? '', /^multipart\/alternative/);
    assert.equal(h.get('content-language'), 'fr');
    const [text, html] = parts(email.raw);
    assert.deepEqual([text?.type, html?.type], ['text/plain', 'text/html']);
    const link = `${PAGES.console}#mentorship=${request.id}`;
    for (const part of [text!.text, html!.text]) {
      assert.ok(part.includes(link), `links to the console: ${part}`);
      assert.ok(part.includes('Society Mentoring') && part.includes('office@society.example'), 'the program\'s name and contact');
      assert.ok(part.includes('Merci de répondre avant le'), 'in French');
    }
    assert.ok(text!.text.startsWith('Bonjour Ann,'));
    assert.ok(html!.text.includes(`href="${link}"`) && html!.text.includes('lang="fr"'));
    assert.ok(!/<script/i.test(html!.text));

    // The same notification in her list, in the same words.
    const feed = (await ann.get('/me/notifications')).body;
    assert.equal(feed.items[0].link, link);
    assert.ok(text!.text.includes(feed.items[0].title.replace(/ vous demande.*/, '').replace(/[\u2068\u2069]/g, '')), 'the name, isolated in the list');
    assert.match(feed.items[0].title, /^\u2068[^\u2069]+\u2069 vous demande/);
  });

  it('a signed one-click List-Unsubscribe stops what is not essential, without signing in; a forged one does nothing', async () => {
    await mailbox.start();
    const ann = await enrol(server, 'ann', ['mentor']);
    await enrol(server, 'me', ['mentee']);
    await enrol(server, 'bo', ['mentee']);
    await ask(server, 'me', 'ann');
    await until(() => mailFor('ann@example.org').length === 1, 'the request email');
    const h = headers(mailFor('ann@example.org')[0]!.raw);
    assert.equal(h.get('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    const url = /^<(.+)>$/.exec(h.get('list-unsubscribe') ?? '')?.[1];
    assert.ok(url?.startsWith(`${server.apiUrl}/unsubscribe?token=`), `an absolute link to this server: ${url}`);

    const forged = url!.replace(/token=[^.]+/, `token=${Buffer.from('bo').toString('base64url')}`);
    assert.equal((await fetch(forged, { method: 'POST' })).status, 404, 'another member\'s id under Ann\'s signature');
    assert.equal((await fetch(url!)).status, 200, 'the page with its button');
    assert.equal((await ann.get('/me/notifications/preferences')).body.frequency, 'immediately', 'opening the link changes nothing');
    const done = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(done.status, 200);
    assert.equal((await ann.get('/me/notifications/preferences')).body.frequency, 'never');

    await ask(server, 'bo', 'ann');
    await server.sendEmails();
    assert.equal(mailFor('ann@example.org').length, 1, 'no more requests by email');
    const feed = (await ann.get('/me/notifications')).body;
    assert.equal(feed.unread, 2, 'both are in her list');
  });

  it('a weekly digest: nothing by email for a week, then one digest on the clock', async () => {
    await mailbox.start();
    const ann = await enrol(server, 'ann', ['mentor']);
    await enrol(server, 'me', ['mentee']);
    await enrol(server, 'bo', ['mentee']);
    assert.equal((await ann.put('/me/notifications/preferences', { language: null, frequency: 'weekly' })).status, 200);
    await ask(server, 'me', 'ann');
    await ask(server, 'bo', 'ann');
    const toAnn = async () => (await server.outbox()).filter((e) => e.memberId === 'ann').map((e) => e.kind);
    assert.deepEqual(await toAnn(), [], 'held for her digest');
    await server.advanceTime(1);
    assert.deepEqual(await toAnn(), [], 'not daily');
    await server.advanceTime(6);
    assert.deepEqual(await toAnn(), ['digest'], 'a week on, one digest');
    await server.advanceTime(7);
    assert.deepEqual(await toAnn(), ['digest'], 'and only one');
    await server.sendEmails();
    const [digest] = mailFor('ann@example.org');
    assert.match(digest?.subject ?? '', /digest/i);
    assert.equal((await ann.get('/me/notifications')).body.unread, 2, 'the list had them all along');
  });

  it('a daily digest goes a day later; what staff say of the member\'s standing goes at once', async () => {
    await mailbox.start();
    const ann = await enrol(server, 'ann', ['mentor']);
    await enrol(server, 'me', ['mentee']);
    assert.equal((await ann.put('/me/notifications/preferences', { language: null, frequency: 'daily' })).status, 200);
    await ask(server, 'me', 'ann');
    const office = caller(server, 'staff-1', { staff: true });
    assert.equal((await office.post('/staff/members/ann/pause', { reason: 'Back in May' })).status, 200);
    const toAnn = async () => (await server.outbox()).filter((e) => e.memberId === 'ann').map((e) => e.kind);
    assert.deepEqual(await toAnn(), ['paused-by-staff'], 'essential: at once');
    await server.advanceTime(1);
    assert.deepEqual(await toAnn(), ['paused-by-staff', 'digest']);
  });
});
