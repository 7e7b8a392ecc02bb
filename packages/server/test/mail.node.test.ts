// The outbox over a real SMTP server (smtp-server on 127.0.0.1): emails written while the mail server is down
// arrive once it is back, each exactly once, even with a second sender (another instance) on the same outbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { silentLogger } from '../src/log.ts';
import { OutboxSender } from '../src/mail/outbox-sender.ts';
import { smtpTransport } from '../src/mail/transport.ts';
import { startTestServer, testDatabase, type TestServer } from '../src/testing.ts';
import { ask, caller, enrol } from './support/client.ts';
import { Mailbox, freePort } from './support/mailbox.ts';

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('email outbox over SMTP', () => {
  let mailbox: Mailbox;
  let server: TestServer;
  let secondInstance: OutboxSender;
  const smtpUrl = () => `smtp://127.0.0.1:${mailbox.port}`;
  const mail = { pollMs: 50, retryBaseMs: 100, retryMaxMs: 400 };

  before(async () => {
    mailbox = new Mailbox(await freePort());
    server = await startTestServer({ database: testDatabase(), smtpUrl: smtpUrl(), mail, mailFrom: 'Program <program@example.org>' });
  });
  after(async () => {
    await secondInstance?.stop();
    await server?.close();
    await mailbox?.stop();
  });

  it('written while the mail server is down, every email arrives exactly once after it is back', async () => {
    // A second instance's sender on the same outbox: claims keep the two from sending the same email.
    secondInstance = new OutboxSender({ db: server.db, transport: smtpTransport(smtpUrl(), 'program@example.org'), log: silentLogger, ...mail });
    secondInstance.start();

    // The mail server is down (nothing listens on its port) while members act.
    await enrol(server, 'mentor', ['mentor']);
    const mentees = ['mentee-1', 'mentee-2', 'mentee-3'];
    const requests = [];
    for (const id of mentees) {
      await enrol(server, id, ['mentee']);
      requests.push(await ask(server, id, 'mentor'));
    }
    const first = requests[0];
    assert.ok(first);
    assert.equal((await caller(server, 'mentor').post(`/mentorships/${first.id}/accept`, {})).status, 200);
    await until(async () => (await server.outbox()).every((e) => e.attempts >= 2 && e.lastError !== null), 'failed attempts');
    assert.equal(mailbox.received.length, 0);
    assert.ok((await server.outbox()).every((e) => e.sentAt === null));

    await mailbox.start();
    await until(async () => (await server.outbox()).every((e) => e.sentAt !== null), 'every email sent');
    // Give a double send every chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const outbox = await server.outbox();
    assert.equal(outbox.length, 4, 'three requests and one acceptance');
    assert.equal(mailbox.received.length, 4, `received: ${JSON.stringify(mailbox.received)}`);
    assert.equal(new Set(mailbox.received.map((r) => r.messageId)).size, 4, 'no message twice');
    assert.deepEqual(
      mailbox.received.map((r) => r.to).sort(),
      ['mentee-1@example.org', 'mentor@example.org', 'mentor@example.org', 'mentor@example.org'],
    );
    assert.ok(mailbox.received.some((r) => /accepted your mentoring request/.test(r.subject)));
  });

  it('an email written while it is up goes out at once', async () => {
    const before = mailbox.received.length;
    await enrol(server, 'mentee-4', ['mentee']);
    await ask(server, 'mentee-4', 'mentor');
    await until(async () => mailbox.received.length === before + 1, 'the request email');
  });
});
