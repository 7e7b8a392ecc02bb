// The example site's own words in German, loaded only when a visitor picks German (site-text.js's
// `siteWords`): an English page downloads no other language. Written by the mentor-match team, not yet reviewed
// by native speakers, like the elements' catalogs: a native speaker may improve them through a pull request.
import { SOCIETY } from './site-text.js';

export const WORDS = {
  /** Each key names an element's `data-i18n` (its text) or `data-i18n-label` (its aria-label). */
  text: {
    skip: 'Zum Inhalt springen',
    signedInAs: 'Angemeldet als',
    loadingMembers: 'Mitglieder werden geladen…',
    serverDown: 'Der Demo-Server hat nicht geantwortet',
    language: 'Sprache',
    settings: 'Einstellungen der Demo',
    mainNav: 'Hauptnavigation',
    home: 'Start',
    findMentor: 'Mentor finden',
    findMentee: 'Mentee finden',
    forWebTeams: 'Für Webteams',
    programOffice: 'Programmbüro',
    programOfficeLede: 'Das Programmteam sieht hier das Programm: Zahlen, Mitglieder, Mentorings, wartende Anfragen, Meldungen, Bewertungen, Prüfprotokoll und Einstellungen. Wählen Sie „Programmbüro“ unter „Angemeldet als“.',
    myMentoring: 'Mein Mentoring',
    enrol: 'Teilnehmen',
    cohort: 'Für einen Jahrgang bewerben',
    cohortNav: 'Jahrgang',
    cohortLede:
      'Einmal im Jahr bildet das Programmteam die Paare aller Bewerbungen eines Jahrgangs: jede Mentee mit einem Mentor, ' +
      'nach Themen, Branche und Ort. Bewerben Sie sich, solange die Frist läuft; bis zum Schluss können Sie ändern oder zurückziehen.',
    cohortPlayTitle: 'Spielen Sie das Team, dann beide Seiten',
    cohortPlay1: 'Wählen Sie unter „Angemeldet als“ das „Programmbüro“. Öffnen Sie dort Jahrgänge, prüfen Sie den offenen Jahrgang, schlagen Sie die Paare vor und veröffentlichen Sie sie.',
    cohortPlay2: 'Wählen Sie eine Mentee, die sich beworben hat: ihr vorgeschlagenes Paar wartet unter Mein Mentoring, mit den Gründen. Nehmen Sie es an.',
    cohortPlay3: 'Wählen Sie ihren Mentor und nehmen Sie ebenfalls an: beide sehen das Mentoring laufen, für die Laufzeit des Jahrgangs.',
    cohortPlay4: 'Oder lehnen Sie mit einem Grund ab: das Team liest ihn, und die nächste Runde schlägt jemand anderen vor.',
    footer:
      `${SOCIETY} · ein erfundener Verband, der mentor-match auf einer CMS-Seite zeigt. ` +
      'Alle Mitglieder hier sind erfunden; was Sie tun, bleibt auf diesem Demo-Server.',
    homeTitle: 'Mentoring bei Northbridge',
    homeLede:
      'Wer im Ingenieurwesen arbeitet, erinnert sich an den Menschen, der einem das Handwerk gezeigt hat. Unser Mentoring-Programm ' +
      'bringt Mitglieder, die Rat suchen, mit Mitgliedern zusammen, die diesen Weg schon gegangen sind: für drei Monate, ein Jahr oder alles dazwischen.',
    howTitle: 'So funktioniert es',
    how1: 'Finden Sie einen Mentor nach Thema, Branche, Karrierestufe, Sprache oder Zeitzone. Jeder Vorschlag sagt, warum er passt.',
    how2: 'Senden Sie eine Anfrage aus dem Profil: wobei Sie Unterstützung möchten, Ihre Ziele, die Dauer und wie Sie sich treffen möchten.',
    how3: 'Ihr Mentor nimmt an, lehnt ab oder merkt die Anfrage für später vor. Eine unbeantwortete Anfrage läuft nach 30 Tagen ab.',
    tryTitle: 'Probieren Sie beide Seiten aus',
    tryText:
      'Dies ist eine Demonstration: Wählen Sie oben auf der Seite unter „Angemeldet als“ ein beliebiges Mitglied. ' +
      'Senden Sie eine Anfrage als Mentee und melden Sie sich dann als der Mentor an, um sie ankommen zu sehen.',
    findMentorLede:
      'Lassen Sie die Kriterien leer, um alle Mentoren mit freien Plätzen zu sehen, die passendsten zuerst, oder grenzen Sie die Liste ein. ' +
      'Öffnen Sie einen Namen für das vollständige Profil; „Als Mentor anfragen“ sendet Ihre Anfrage.',
    tipsTitle: 'Eine gute Anfrage',
    tip1: 'Sagen Sie in ein, zwei Sätzen, was Sie in der vereinbarten Zeit erreichen möchten.',
    tip2: 'Wählen Sie die Schwerpunkte, bei denen Sie Unterstützung suchen; Ihr Mentor sieht sie zuerst.',
    tip3: 'Mentoren antworten innerhalb von 30 Tagen; solange eine Anfrage offen ist, können Sie sie zurückziehen.',
    findMenteeLede:
      'Mitglieder, die einen Mentor suchen, die passendsten zuerst. Laden Sie jemanden ein, bei dessen Zielen Sie helfen können: ' +
      'Die Person nimmt an oder lehnt ab, wie bei jeder Anfrage.',
    mentorTitle: 'Mentoring braucht eine Stunde im Monat',
    mentorText:
      'Die meisten Tandems treffen sich ein- oder zweimal im Monat, per Video oder bei einem Kaffee. Sie entscheiden, wie viele Mentees Sie begleiten.',
    myMentoringLede:
      'Anfragen, die auf Ihre Antwort warten, die Sie gesendet haben, Ihre laufenden Mentorings und Ihr Verlauf. ' +
      'Sobald eine Anfrage angenommen ist, sehen Sie und Ihr Gegenüber die Kontaktdaten des anderen.',
    playTitle: 'Spielen Sie beide Rollen',
    play1: 'Finden Sie als Mentee einen Mentor und senden Sie eine Anfrage.',
    play2: 'Wählen Sie diesen Mentor unter „Angemeldet als“: Die Anfrage wartet hier. Nehmen Sie sie an.',
    play3: 'Wechseln Sie zurück: Sie sehen beide das laufende Mentoring, mit der E-Mail-Adresse des anderen.',
    play4: 'Eine Weile nicht da? Pausieren Sie Ihre Teilnahme: Sie verschwinden aus den Suchergebnissen, Ihre Mentorings laufen weiter.',
    play5: 'Markieren Sie es als abgeschlossen und geben Sie dann auf beiden Seiten eine Rückmeldung.',
    emailPreferences: 'E-Mail-Einstellungen',
    emailPreferencesLede:
      'Wie oft Ihnen das Mentoring-Programm schreibt und in welcher Sprache. Was Sie auch wählen, alles bleibt in ' +
      'Ihren Benachrichtigungen, unter der Glocke auf „Mein Mentoring“.',
    emailPreferencesLink: 'Wie oft wir Ihnen schreiben: E-Mail-Einstellungen',
    emailTipsTitle: 'Kommen Sie aus einer E-Mail?',
    emailTips:
      'Der Link „Diese E-Mails abbestellen“ am Ende jeder E-Mail führt hierher: Er hat „Nur wichtige E-Mails“ gewählt. ' +
      'Um die anderen wieder zu erhalten, wählen Sie, wie oft, und speichern Sie.',
    enrolLede:
      'Nehmen Sie als Mentor, als Mentee oder in beiden Rollen teil, oder ändern Sie Ihr Profil: was Sie anbieten oder suchen, ' +
      'wie Sie sich treffen möchten und wer was sieht. Ihre Kontaktdaten sehen nur die Personen, deren Anfrage Sie annehmen.',
    enrolTipsTitle: 'Neu hier?',
    enrolTips:
      'Wählen Sie unter „Angemeldet als“ „Ein neues Mitglied (nicht angemeldet)“, um sich von Grund auf anzumelden, ' +
      'oder ein beliebiges Mitglied, um dessen Profil zu bearbeiten. Sobald Sie als Mentee angemeldet sind, finden Sie einen Mentor.',
  },
  /** What the "Signed in as" list says of each member. */
  roles: { mentor: 'Mentor', mentee: 'Mentee', both: 'Mentor und Mentee', paused: 'Teilnahme pausiert', newMember: 'Ein neues Mitglied (nicht angemeldet)', office: 'Programmbüro (Team)' },
  /** The "My mentoring" link's description when requests wait, per plural form (`#` is the count). */
  waiting: { one: '# Anfrage wartet', other: '# Anfragen warten' },
};
