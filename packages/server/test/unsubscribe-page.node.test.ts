// The unsubscribe link's pages, as a member lands on them from an email: in their email language (the one they
// chose, else their profile's), saying what stopping means, then what changed (only essential emails) and how
// to undo it, with the link to the program's email preferences page when the settings name one; and undoing it
// there (PUT /me/notifications/preferences) brings the emails back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../src/testing.ts';
import { unsubscribeLinks } from '../src/mail/unsubscribe.ts';
import { ask, enrol } from './support/client.ts';

const SECRET = 'unsubscribe-page-test-secret';
const PREFERENCES = 'https://society.example/mentoring/emails';

describe('the unsubscribe link\'s pages', () => {
  let server: TestServer;
  const linkFor = (memberId: string) => unsubscribeLinks(SECRET, () => server.apiUrl).linkFor(memberId);
  const stop = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });

  before(async () => {
    server = await startTestServer({ unsubscribeSecret: SECRET, settings: { pages: { preferences: PREFERENCES } } });
  });
  after(() => server?.close());

  it('in the member\'s chosen language: what stopping means, then what changed and the way back to the preferences page', async () => {
    const ann = await enrol(server, 'ann', ['mentor']);
    assert.equal((await ann.put('/me/notifications/preferences', { language: 'fr', frequency: 'weekly' })).status, 200);
    const asked = await (await fetch(linkFor('ann'))).text();
    assert.match(asked, /<html lang="fr">/);
    assert.match(asked, /<h1>Ne plus recevoir ces e-mails \?<\/h1>/);
    assert.ok(asked.includes('toujours envoyées aussitôt'), 'what stays: the essential ones');
    assert.ok(asked.includes(`<a href="${PREFERENCES}">Préférences d’e-mail</a>`), 'a digest instead, on the preferences page');
    assert.ok(asked.includes('<button type="submit">Ne plus recevoir ces e-mails</button>'));
    assert.ok(!/<script/i.test(asked));

    const done = await stop(linkFor('ann'));
    assert.equal(done.status, 200);
    const page = await done.text();
    assert.match(page, /<h1>Vous ne recevrez plus ces e-mails<\/h1>/);
    assert.ok(page.includes('seuls les e-mails essentiels'), 'what changed');
    assert.ok(page.includes(`Vous avez changé d’avis ? Choisissez à nouveau la fréquence de vos e-mails : <a href="${PREFERENCES}">`), 'how to undo it');
    assert.deepEqual((await ann.get('/me/notifications/preferences')).body, { language: 'fr', frequency: 'never' }, 'the language kept');

    // Undone on the preferences page: the next request is emailed again.
    assert.equal((await ann.put('/me/notifications/preferences', { language: 'fr', frequency: 'immediately' })).status, 200);
    await enrol(server, 'me', ['mentee']);
    await ask(server, 'me', 'ann');
    assert.deepEqual((await server.outbox()).filter((e) => e.memberId === 'ann').map((e) => e.kind), ['request']);
  });

  it('in the profile\'s language when none was chosen, right to left in Arabic; without a preferences page, says where to choose', async () => {
    await enrol(server, 'rana', ['mentor'], { profile: { textLanguage: 'ar' } });
    const asked = await (await fetch(linkFor('rana'))).text();
    assert.match(asked, /<html lang="ar" dir="rtl">/);
    assert.ok(asked.includes('تفضيلات البريد الإلكتروني'));

    await server.reset({ pages: {} });
    await enrol(server, 'sam', ['mentee']);
    const page = await (await stop(linkFor('sam'))).text();
    assert.match(page, /<html lang="en">/);
    assert.ok(page.includes('Changed your mind? Choose again how often you are emailed in your email preferences on the program’s site.'));
    assert.ok(!page.includes('<a '), 'no link to a page the program does not have');
  });
});
