// German: every element's strings, downloaded only when an element is shown in German (the loader
// imports de-register.ts). Typed as `Messages`, the English catalog's type: a key missing here, misspelt,
// or a function taking other arguments fails the type-check.
//
// Written by the mentor-match team, not yet reviewed by a native speaker. A native speaker may improve it:
// a pull request against this file, with the reason for each change, is welcome.
//
// Register and terms: „Sie“ throughout, as sites of professional societies write; Mentor, Mentee (as
// German mentoring programmes say), Mentoring (the program, and one mentoring relationship: „Ihr
// Mentoring mit …“, plural „Mentorings“), Anfrage (a request), „Teilnahme vorübergehend pausiert“
// (temporarily not participating), Mitglied (a member of the society), Schwerpunkte (areas of guidance).
// „Mentor“ is the generic masculine; a society that writes „Mentor:in“ or „Mentorin/Mentor“ may say so
// in a pull request. Sentences about the member avoid agreeing with their gender where German allows it.
// Plural forms come from Intl.PluralRules through `f.plural`, numbers and durations from Intl.
import type { Messages } from './en.ts';

const RATINGS = ['Schlecht', 'Mäßig', 'Gut', 'Sehr gut', 'Ausgezeichnet'];

export const de: Messages = {
  // shared by every element
  'program.missing':
    'Dieses Mentoring-Widget ist noch nicht verbunden. Platzieren Sie es in <mentor-program api="…"> (oder <mentor-program demo>) oder setzen Sie .adapter per Skript.',
  'program.loading': 'Mentoring-Programm wird geladen…',
  'program.signIn': 'Melden Sie sich im Mitgliederbereich an, um am Mentoring teilzunehmen.',

  'error.unauthenticated': 'Bitte melden Sie sich im Mitgliederbereich an, um fortzufahren.',
  'error.forbidden': 'Dazu sind Sie nicht berechtigt.',
  'error.not-found': 'Das konnten wir nicht finden. Möglicherweise wurde es entfernt.',
  'error.conflict': 'Zwischenzeitlich hat sich etwas geändert. Die Liste wurde aktualisiert.',
  'error.capacity-reached': 'Eine Obergrenze ist erreicht, deshalb ist das nicht möglich.',
  'error.unavailable': 'Dieses Mitglied nimmt derzeit keine Anfragen an.',
  'error.expired': 'Diese Anfrage ist abgelaufen.',
  'error.validation': 'Einige Angaben fehlen oder sind ungültig. Bitte prüfen Sie die markierten Felder.',
  'error.network': 'Der Mentoring-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'error.invalid-response':
    'Der Mentoring-Dienst hat eine Antwort gesendet, die wir nicht lesen konnten. Bitte versuchen Sie es später erneut.',
  'reason.self': 'Sie können sich nicht selbst eine Anfrage senden.',
  'reason.not-enrolled': 'Dieses Mitglied ist für diese Rolle nicht angemeldet.',
  'reason.requester-not-enrolled': 'Melden Sie sich zuerst zum Mentoring-Programm an, um Anfragen zu senden.',
  'reason.paused': 'Dieses Mitglied hat seine Teilnahme vorübergehend pausiert.',
  'reason.requester-paused': 'Sie haben Ihre Teilnahme vorübergehend pausiert. Nehmen Sie sie wieder auf, um Anfragen zu senden.',
  'reason.mentor-full': 'Bei diesem Mentor sind keine Plätze mehr frei.',
  'reason.mentors-per-mentee': 'Sie haben bereits so viele Mentoren, wie das Programm erlaubt.',
  'reason.open-request-limit':
    'Sie haben die Höchstzahl offener Anfragen erreicht. Warten Sie auf Antworten oder ziehen Sie eine Anfrage zurück.',
  'reason.duplicate': 'Mit diesem Mitglied haben Sie bereits eine offene Anfrage oder ein Mentoring.',
  'reason.state': 'Darauf wurde bereits geantwortet, oder es ist bereits abgeschlossen.',
  'reason.stale': 'Zwischenzeitlich hat jemand geantwortet. Die Liste wurde aktualisiert.',
  'reason.code-of-conduct': 'Bitte akzeptieren Sie den Verhaltenskodex, um fortzufahren.',
  'reason.feedback-given': 'Sie haben bereits eine Rückmeldung gegeben.',
  'reason.timeout': 'Der Mentoring-Dienst hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  'reason.aborted': 'Der Vorgang wurde abgebrochen.',
  'error.details': 'Details für das Webteam',
  'action.retry': 'Erneut versuchen',
  'action.close': 'Schließen',
  'action.cancel': 'Abbrechen',
  'form.checkField': 'Bitte prüfen Sie dieses Feld.',

  'meetingMode.email': 'E-Mail',
  'meetingMode.phone': 'Telefon',
  'meetingMode.video': 'Videoanruf',
  'meetingMode.in-person': 'Persönlich',

  'role.mentor': 'Mentor',
  'role.mentee': 'Mentee',
  'months': (n, f) => f.duration(n, 'month'),
  'hoursApart': (h, f) => (h === 0 ? 'gleiche Zeitzone' : `${f.number(h)} Std. Zeitunterschied`),

  // <mentor-search>
  'search.findMentors': 'Mentor finden',
  'search.findMentees': 'Mentee finden',

  'search.topics': 'Themen',
  'search.topicsAny': 'alle',
  'search.topicsSelected': (n, f) => `${f.number(n)} ausgewählt`,
  'search.industry': 'Branche',
  'search.industryAny': 'Alle Branchen',
  'search.careerStage': 'Karrierestufe',
  'search.careerStageAny': 'Alle Karrierestufen',
  'search.language': 'Sprache',
  'search.languageAny': 'Alle Sprachen',
  'search.country': 'Land',
  'search.countryAny': 'Alle Länder',
  'search.timeZone': 'Zeitunterschied',
  'search.timeZoneAny': 'Beliebig',
  'search.withinHours': (h, f) => `Höchstens ${f.duration(h, 'hour')} Unterschied`,
  'search.meetingMode': 'Art des Treffens',
  'search.meetingModeAny': 'Beliebig',
  'search.text': 'Suchbegriffe',
  'search.textHint': 'Durchsucht Namen, Kurzbeschreibungen, Vorstellungen und Themen.',
  'search.submit': 'Suchen',
  'search.clear': 'Zurücksetzen',

  'search.searching': 'Suche läuft…',
  'search.count.mentors': (n, f) =>
    f.plural(n, { '=0': 'Keine Mentoren gefunden', one: '# Mentor gefunden', other: '# Mentoren gefunden' }),
  'search.count.mentees': (n, f) =>
    f.plural(n, { '=0': 'Keine Mentees gefunden', one: '# Mentee gefunden', other: '# Mentees gefunden' }),
  'search.empty.mentors':
    'Kein Mentor erfüllt alle diese Kriterien. Versuchen Sie es mit weniger Themen, einem größeren Zeitunterschied oder weniger Suchbegriffen.',
  'search.empty.mentees':
    'Kein Mentee erfüllt alle diese Kriterien. Versuchen Sie es mit weniger Themen, einem größeren Zeitunterschied oder weniger Suchbegriffen.',
  'search.none.mentors': 'Derzeit sind keine Mentoren verfügbar. Bitte schauen Sie später wieder vorbei.',
  'search.none.mentees': 'Derzeit sucht kein Mentee einen Mentor. Bitte schauen Sie später wieder vorbei.',
  'search.clearCriteria': 'Alle Kriterien zurücksetzen',
  'search.showing': (shown, total, f) => `${f.number(shown)} von ${f.number(total)} angezeigt`,
  'search.showMore': 'Mehr anzeigen',
  'search.loadingMore': 'Weitere werden geladen…',
  'search.notEnrolled.mentors':
    'Sie können sich gerne umsehen. Um eine Anfrage zu senden, melden Sie sich als Mentee zum Mentoring-Programm an.',
  'search.notEnrolled.mentees':
    'Sie können sich gerne umsehen. Um einen Mentee einzuladen, melden Sie sich als Mentor zum Mentoring-Programm an.',

  // <mentor-profile-card>, its profile dialog and its request form
  'card.requestAsMentor': 'Als Mentor anfragen',
  'card.inviteAsMentee': 'Als Mentee einladen',

  'card.loading': 'Profil wird geladen…',
  'card.photoOf': (name) => `Foto von ${name}`,
  'card.localTime': (time) => `${time} Uhr Ortszeit`,
  'card.ahead': (hours, f) => `${f.number(hours)} Std. voraus`,
  'card.behind': (hours, f) => `${f.number(hours)} Std. zurück`,
  'card.topics': 'Themen',
  'card.speaks': (languages) => `Spricht ${languages}`,
  'card.places': (open, capacity, f) =>
    `${f.number(open)} von ${f.plural(capacity, { one: '# Platz', other: '# Plätzen' })} frei`,

  'card.reasons': 'Warum dieser Vorschlag',
  'card.reason.topics': (count, topics, f) =>
    `${f.plural(count, { one: '# gemeinsames Thema', other: '# gemeinsame Themen' })}: ${topics}`,
  'card.reason.industry': 'Gleiche Branche',
  'card.reason.more-experienced': 'Mehr Berufserfahrung',
  'card.reason.same': 'Gleiche Karrierestufe',
  'card.reason.less-experienced': 'Früher in der Laufbahn',
  'card.reason.languages': (languages) => `Sie sprechen beide ${languages}`,
  'card.reason.sameZone': 'Gleiche Zeitzone',
  'card.reason.hoursApart': (hours, f) => `${f.number(hours)} Std. Zeitunterschied`,
  'card.reason.meets': (ways) => `Trifft sich ${ways}`,
  'card.meet.email': 'per E-Mail',
  'card.meet.phone': 'per Telefon',
  'card.meet.video': 'per Video',
  'card.meet.in-person': 'persönlich',

  'card.self': 'Das sind Sie',
  'card.paused': 'Teilnahme vorübergehend pausiert',
  'card.pausedUntil': (date) => `Teilnahme vorübergehend pausiert · zurück am ${date}`,
  'card.full': 'Keine Plätze frei',
  'card.viewerFull': 'Ihre Plätze als Mentor sind alle vergeben',
  'card.requestSent': (date) => `Anfrage gesendet · läuft am ${date} ab`,
  'card.requestReceived': (date) => `Wartet auf Ihre Antwort · läuft am ${date} ab`,
  'card.yourMentor': 'Bereits Ihr Mentor',
  'card.yourMentee': 'Bereits Ihr Mentee',
  'card.partners': 'Bereits in einem Mentoring mit Ihnen',
  'card.enrolAsMentee': 'Melden Sie sich als Mentee an, um Anfragen zu senden',
  'card.enrolAsMentor': 'Melden Sie sich als Mentor an, um Mentees einzuladen',

  'card.profile.about': 'Vorstellung',
  'card.profile.offers': 'Was diese Person als Mentor anbietet',
  'card.profile.seeks': 'Was diese Person als Mentee sucht',
  'card.profile.languages': 'Sprachen',
  'card.profile.meetingModes': 'Arten des Treffens',
  'card.profile.links': 'Links',
  'card.profile.contact': 'Kontakt',

  'card.form.askMentor': (name) => `${name} als Mentor anfragen`,
  'card.form.inviteMentee': (name) => `${name} als Mentee einladen`,
  'card.form.areas': 'Schwerpunkte',
  'card.form.goals': 'Ihre Ziele',
  'card.form.term': 'Dauer',
  'card.form.meetingMode': 'Bevorzugte Art des Treffens',
  'card.form.message': 'Nachricht (optional)',
  'card.form.send': 'Senden',
  'card.form.sending': 'Wird gesendet…',
  'card.form.areasRequired': 'Wählen Sie mindestens einen Schwerpunkt.',
  'card.form.goalsRequired': 'Beschreiben Sie, was Sie erreichen möchten.',

  // <mentor-relationships-console>
  'console.title': 'Mein Mentoring',
  'console.loading': 'Ihre Mentorings werden geladen…',
  'console.empty':
    'Sie haben noch kein Mentoring. Finden Sie einen Mentor (oder einen Mentee) und senden Sie eine Anfrage: Sie erscheint dann hier.',
  'console.pending': (n, f) => `Offen (${f.number(n)})`,
  'console.active': (n, f) => `Aktiv (${f.number(n)})`,
  'console.ended': (n, f) => `Beendet (${f.number(n)})`,
  'console.none.pending': 'Keine offenen Anfragen.',
  'console.none.active': 'Keine aktiven Mentorings.',
  'console.none.ended': 'Noch keine früheren Mentorings.',
  'console.older': (n, f) => `Ältere Mentorings (${f.number(n)})`,

  'console.asksMentor': 'Möchte Sie als Mentor',
  'console.invitesMentee': 'Lädt Sie als Mentee ein',
  'console.askedMentor': 'Von Ihnen als Mentor angefragt',
  'console.invitedMentee': 'Von Ihnen als Mentee eingeladen',
  'console.saved': 'Für später gemerkt',
  'console.areas': 'Schwerpunkte',
  'console.goals': 'Ziele',
  'console.term': 'Dauer',
  'console.meetingMode': 'Treffen',
  'console.message': 'Nachricht',
  'console.sent': (date) => `Gesendet am ${date}`,
  'console.expires': (date) => `Läuft am ${date} ab`,
  'console.daysLeft': (n, f) => (n <= 1 ? 'Weniger als ein Tag übrig' : `Nur noch ${f.duration(n, 'day')}`),

  'console.youMentor': (name) => `Sie sind Mentor von ${name}`,
  'console.yourMentor': 'Ihr Mentor',
  'console.youMentored': (name) => `Sie waren Mentor von ${name}`,
  'console.wasYourMentor': 'War Ihr Mentor',
  'console.dates': (start, end) => `Begonnen am ${start} · endet am ${end}`,
  'console.month': (n, of, f) => `Monat ${f.number(n)} von ${f.number(of)}`,
  'console.termOver': (date) =>
    `Die vereinbarte Dauer endete am ${date}: Markieren Sie das Mentoring als abgeschlossen oder führen Sie es fort.`,

  'console.state.completed': (date) => `Abgeschlossen am ${date}`,
  'console.state.ended': (date) => `Vorzeitig beendet am ${date}`,
  'console.state.declined': (date) => `Abgelehnt am ${date}`,
  'console.state.withdrawn': (date) => `Zurückgezogen am ${date}`,
  'console.state.expired': (date) => `Abgelaufen am ${date}`,
  'console.reason': (reason) => `Grund: ${reason}`,

  'console.action.accept': 'Annehmen',
  'console.action.decline': 'Ablehnen',
  'console.action.save': 'Für später merken',
  'console.action.withdraw': 'Zurückziehen',
  'console.action.complete': 'Als abgeschlossen markieren',
  'console.action.end': 'Vorzeitig beenden',
  'console.busy': 'Bitte warten…',
  'console.done.acceptMentee': (name) => `Anfrage angenommen. ${name} ist jetzt Ihr Mentee.`,
  'console.done.acceptMentor': (name) => `Anfrage angenommen. ${name} ist jetzt Ihr Mentor.`,
  'console.done.decline': (name) => `Anfrage von ${name} abgelehnt.`,
  'console.done.save': (name) => `Anfrage von ${name} für später gemerkt.`,
  'console.done.withdraw': (name) => `Anfrage an ${name} zurückgezogen.`,
  'console.done.complete': (name) => `Mentoring mit ${name} als abgeschlossen markiert.`,
  'console.done.end': (name) => `Mentoring mit ${name} beendet.`,
  'console.done.feedback': 'Vielen Dank für Ihre Rückmeldung.',
  'console.mentorFull':
    'Als Mentor haben Sie keine Plätze mehr frei. Erhöhen Sie Ihre Kapazität oder schließen Sie zuerst ein Mentoring ab.',
  'console.menteeFull': 'Dieser Mentee hat bereits so viele Mentoren, wie das Programm erlaubt.',

  'console.confirm.decline': (name) => `Anfrage von ${name} ablehnen?`,
  'console.confirm.withdraw': (name) => `Ihre Anfrage an ${name} zurückziehen?`,
  'console.confirm.complete': (name) => `Ihr Mentoring mit ${name} als abgeschlossen markieren?`,
  'console.confirm.end': (name) => `Ihr Mentoring mit ${name} vorzeitig beenden?`,
  'console.explain.decline': 'Die Person wird über Ihre Absage informiert.',
  'console.explain.withdraw': 'Die Anfrage wird zurückgenommen und die Person darüber informiert.',
  'console.explain.complete': 'Es wird zu Ihren früheren Mentorings verschoben, und Sie können beide eine Rückmeldung geben.',
  'console.explain.end': 'Es wird zu Ihren früheren Mentorings verschoben. Ihr Gegenüber sieht den Grund.',
  'console.reasonOptional': 'Grund (optional)',
  'console.reasonRequired': 'Grund',
  'console.reasonMissing': 'Bitte geben Sie an, warum Sie das Mentoring vorzeitig beenden.',

  'console.feedback': (name) => `Wie war Ihr Mentoring mit ${name}?`,
  'console.rating': (n, f) => `${f.number(n)} – ${RATINGS[n - 1]}`,
  'console.ratingMissing': 'Wählen Sie eine Bewertung von 1 bis 5.',
  'console.comment': 'Kommentar (optional)',
  'console.sendFeedback': 'Rückmeldung senden',
  'console.thanks': 'Vielen Dank für Ihre Rückmeldung',

  // <mentor-availability-toggle>
  'availability.title': 'Verfügbarkeit',
  'availability.switch': 'Teilnahme vorübergehend pausieren',
  'availability.participating': 'Sie nehmen teil: Mitglieder können Sie finden und Ihnen Anfragen senden.',
  'availability.pausedUntil': (date) => `Ihre Teilnahme ist bis zum ${date} pausiert.`,
  'availability.pausedOpen': 'Ihre Teilnahme ist pausiert, bis Sie sie wieder aufnehmen.',
  'availability.effect': (paused, active, f) =>
    (paused
      ? 'Sie erscheinen nicht in Suchergebnissen und erhalten keine neuen Anfragen'
      : 'Wenn Sie pausieren, erscheinen Sie nicht in Suchergebnissen und erhalten keine neuen Anfragen') +
    f.plural(active, { '=0': '.', one: '; Ihr laufendes Mentoring geht weiter.', other: '; Ihre # laufenden Mentorings gehen weiter.' }),
  'availability.awaiting': (n, f) =>
    f.plural(n, {
      one: 'Auf die Anfrage, die auf Sie wartet, können Sie weiterhin antworten.',
      other: 'Auf die # Anfragen, die auf Sie warten, können Sie weiterhin antworten.',
    }),
  'availability.returnDate': 'Rückkehrdatum (optional)',
  'availability.datePast': 'Wählen Sie heute oder ein späteres Datum, oder lassen Sie das Feld leer.',
  'availability.dateBad': 'Geben Sie ein vollständiges Datum ein, oder lassen Sie das Feld leer.',
  'availability.capacity': 'Mentees, die Sie begleiten',
  'availability.active': (n, f) => `${f.number(n)} aktiv`,
  'availability.capacityBad': (max, f) => `Geben Sie eine ganze Zahl von ${f.number(1)} bis ${f.number(max)} ein.`,
  'availability.full': 'Alle Ihre Plätze sind belegt: Mentees können Ihnen erst wieder Anfragen senden, wenn ein Platz frei wird.',
  'availability.saving': 'Wird gespeichert…',
  'availability.nowPaused': 'Ihre Teilnahme ist jetzt vorübergehend pausiert.',
  'availability.welcomeBack': 'Willkommen zurück! Sie nehmen wieder teil.',
  'availability.saved': 'Ihre Verfügbarkeit wurde gespeichert.',
  'availability.notSaved': (why) => `Ihre Änderung wurde nicht gespeichert. ${why}`,
  'availability.enrol': 'Melden Sie sich zum Mentoring-Programm an, um Ihre Verfügbarkeit festzulegen.',

  // <mentor-enrollment>
  'enrollment.title': 'Zum Mentoring-Programm anmelden',
  'enrollment.editTitle': 'Ihr Mentoring-Profil',

  'enrollment.roles': 'Ihre Rollen',
  'enrollment.role.mentor': 'Ich möchte Mentoring geben',
  'enrollment.role.mentee': 'Ich möchte Mentoring erhalten',

  'enrollment.profile': 'Ihr Profil',
  'enrollment.profile.name': 'Name',
  'enrollment.profile.headline': 'Kurzbeschreibung',
  'enrollment.profile.headline.hint': 'Eine Zeile, etwa Ihre Position und Ihre Organisation.',
  'enrollment.profile.bio': 'Über Sie',
  'enrollment.profile.photoUrl': 'Adresse Ihres Fotos (optional)',
  'enrollment.profile.photoUrl.hint': 'Ein Link zu einem Foto von Ihnen, beginnend mit https://',
  'enrollment.profile.email': 'E-Mail',
  'enrollment.profile.phone': 'Telefon (optional)',
  'enrollment.profile.industry': 'Branche',
  'enrollment.profile.careerStage': 'Karrierestufe',
  'enrollment.profile.country': 'Land',
  'enrollment.profile.city': 'Stadt',
  'enrollment.profile.timeZone': 'Zeitzone',
  'enrollment.profile.languages': 'Sprachen, die Sie sprechen',
  'enrollment.profile.textLanguage': 'Sprache Ihrer Profiltexte',
  'enrollment.profile.links': 'Links',
  'enrollment.profile.links.hint': 'Bis zu 5 Webadressen, etwa ein berufliches Profil oder Ihre Veröffentlichungen.',
  'enrollment.link': (n, f) => `Link ${f.number(n)}`,
  'enrollment.notSpecified': 'Keine Angabe',
  'enrollment.noneChosen': 'keine ausgewählt',

  'enrollment.mentor': 'Präferenzen als Mentor',
  'enrollment.mentor.topics': 'Themen, zu denen Sie beraten können',
  'enrollment.mentor.meetingModes': 'Wie Sie Ihre Mentees treffen können',
  'enrollment.mentor.statement': 'Was Sie als Mentor anbieten',
  'enrollment.mentee': 'Präferenzen als Mentee',
  'enrollment.mentee.topics': 'Themen, zu denen Sie Unterstützung suchen',
  'enrollment.mentee.meetingModes': 'Wie Sie Ihre Mentoren treffen können',
  'enrollment.mentee.statement': 'Was Sie sich erhoffen',

  'enrollment.visibility': 'Wer was sieht',
  'enrollment.visibility.note':
    'Ihre E-Mail-Adresse und Telefonnummer sehen nur Personen, mit denen Sie ein angenommenes Mentoring haben.',
  'enrollment.visibility.photo': 'Foto',
  'enrollment.visibility.headline': 'Kurzbeschreibung',
  'enrollment.visibility.bio': 'Über Sie',
  'enrollment.visibility.industry': 'Branche',
  'enrollment.visibility.careerStage': 'Karrierestufe',
  'enrollment.visibility.location': 'Land und Stadt',
  'enrollment.visibility.timeZone': 'Zeitzone',
  'enrollment.visibility.languages': 'Sprachen',
  'enrollment.visibility.links': 'Links',
  'enrollment.level.members': 'Alle Mitglieder',
  'enrollment.level.partners': 'Nur meine Mentoring-Partner',

  'enrollment.conduct': 'Verhaltenskodex',
  'enrollment.conduct.read': 'Verhaltenskodex lesen (öffnet in einem neuen Tab)',
  'enrollment.conduct.accept': 'Ich akzeptiere den Verhaltenskodex',
  'enrollment.conduct.accepted': (date) => `Sie haben den Verhaltenskodex am ${date} akzeptiert.`,

  'enrollment.save': 'Speichern',
  'enrollment.saving': 'Wird gespeichert…',
  'enrollment.discard': 'Änderungen verwerfen',
  'enrollment.saved': 'Ihr Mentoring-Profil wurde gespeichert',

  'enrollment.summary': (n, f) => f.plural(n, { one: 'Ein Problem ist zu beheben', other: '# Probleme sind zu beheben' }),
  'enrollment.error.roles': 'Wählen Sie mindestens eine Rolle: Mentor, Mentee oder beides.',
  'enrollment.error.profile.name': 'Geben Sie Ihren Namen ein.',
  'enrollment.error.profile.email': 'Geben Sie eine E-Mail-Adresse ein, etwa name@beispiel.org.',
  'enrollment.error.profile.photoUrl': 'Geben Sie eine Adresse ein, die mit https:// beginnt, oder lassen Sie das Feld leer.',
  'enrollment.error.profile.phone': 'Geben Sie eine Telefonnummer ein, oder lassen Sie das Feld leer.',
  'enrollment.error.profile.timeZone': 'Wählen Sie Ihre Zeitzone.',
  'enrollment.error.profile.links': 'Geben Sie eine Adresse ein, die mit https:// beginnt, oder lassen Sie das Feld leer.',
  'enrollment.error.mentor.topics': 'Wählen Sie mindestens ein Thema, zu dem Sie beraten können.',
  'enrollment.error.mentor.meetingModes': 'Wählen Sie mindestens eine Art, Ihre Mentees zu treffen.',
  'enrollment.error.mentee.topics': 'Wählen Sie mindestens ein Thema, zu dem Sie Unterstützung suchen.',
  'enrollment.error.mentee.meetingModes': 'Wählen Sie mindestens eine Art, Ihre Mentoren zu treffen.',
  'enrollment.error.acceptCodeOfConduct': 'Akzeptieren Sie den Verhaltenskodex, um teilzunehmen.',
  'enrollment.error.max': (n, f) => `Wählen Sie höchstens ${f.number(n)} aus.`,
  'enrollment.error.check': (label) => `Prüfen Sie „${label}“.`,
  'enrollment.error.leave.mentor':
    'Sie haben als Mentor noch offene oder laufende Mentorings. Schließen Sie sie ab, lehnen Sie sie ab oder ziehen Sie sie zurück, bevor Sie die Mentor-Rolle aufgeben.',
  'enrollment.error.leave.mentee':
    'Sie haben als Mentee noch offene oder laufende Mentorings. Schließen Sie sie ab oder ziehen Sie sie zurück, bevor Sie die Mentee-Rolle aufgeben.',
};
