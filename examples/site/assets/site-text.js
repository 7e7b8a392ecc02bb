// The example site's own words in each language the language menu offers, as a CMS theme keeps its
// translations (the mentor-match elements bring their own: they follow `lang` on the page). English is in
// the pages themselves; each key here names an element's `data-i18n` (its text) or `data-i18n-label` (its
// aria-label). Written by the mentor-match team, not yet reviewed by native speakers, like the elements'
// catalogs: a native speaker may improve them through a pull request against this file.
//
// Arabic writes numbers as words (ثلاثين يومًا) and keeps Latin names apart with a left-to-right isolate
// (LTR), so the punctuation around them stays in place.

/** The languages of the menu, and those written right to left. */
export const LANGUAGES = ['en', 'fr', 'es', 'de', 'ar'];
export const RIGHT_TO_LEFT = new Set(['ar']);

/** Latin text inside an Arabic sentence, isolated left to right (LRI … PDI). */
const LTR = (text) => `\u2066${text}\u2069`;
const SOCIETY = 'Northbridge Society of Engineers';

export const SITE_TEXT = {
  fr: {
    skip: 'Aller au contenu',
    signedInAs: 'Connecté en tant que',
    loadingMembers: 'Chargement des membres…',
    serverDown: 'Le serveur de démonstration n’a pas répondu',
    language: 'Langue',
    settings: 'Réglages de la démonstration',
    mainNav: 'Navigation principale',
    home: 'Accueil',
    findMentor: 'Trouver un mentor',
    findMentee: 'Trouver un mentoré',
    forWebTeams: 'Pour les équipes web',
    programOffice: 'Bureau du programme',
    programOfficeLede: 'L’équipe du programme voit ici le programme : chiffres, membres, mentorats, demandes en attente, signalements, évaluations, journal d’audit et réglages. Choisissez « Bureau du programme » sous « Connecté en tant que ».',
    myMentoring: 'Mon mentorat',
    enrol: 'Inscription',
    cohort: 'Candidater à une cohorte',
    cohortNav: 'Cohorte',
    cohortLede:
      'Une fois par an, l’équipe du programme forme les binômes de tous les candidats d’une cohorte : chaque mentoré avec un mentor, ' +
      'selon les sujets, le secteur et le lieu. Candidatez pendant la période ouverte ; vous pouvez modifier ou retirer votre candidature jusqu’à sa clôture.',
    cohortPlayTitle: 'Jouez l’équipe, puis les deux rôles',
    cohortPlay1: 'Sous « Connecté en tant que », choisissez « Bureau du programme ». Dans le Bureau du programme, ouvrez Cohortes, examinez la cohorte ouverte, proposez les binômes et publiez-les.',
    cohortPlay2: 'Choisissez un mentoré candidat : son binôme proposé l’attend dans Mon mentorat, avec les raisons. Acceptez-le.',
    cohortPlay3: 'Choisissez son mentor et acceptez aussi : vous voyez tous deux le mentorat en cours pour la durée de la cohorte.',
    cohortPlay4: 'Ou refusez en donnant une raison : l’équipe la lit, et le tour suivant propose quelqu’un d’autre.',
    footer:
      `${SOCIETY} · une association imaginaire qui montre mentor-match sur une page de CMS. ` +
      'Tous les membres sont inventés ; ce que vous faites reste sur ce serveur de démonstration.',
    homeTitle: 'Le mentorat à Northbridge',
    homeLede:
      'Chaque ingénieur se souvient de la personne qui lui a appris le métier. Notre programme de mentorat réunit ' +
      'des membres qui cherchent conseil et des membres passés par là avant eux : pour trois mois, un an, ou entre les deux.',
    howTitle: 'Comment ça marche',
    how1: 'Trouvez un mentor par thème, secteur, étape de carrière, langue ou fuseau horaire. Chaque résultat dit pourquoi il vous correspond.',
    how2: 'Envoyez une demande depuis son profil : les domaines d’accompagnement souhaités, vos objectifs, la durée et la façon de vous rencontrer.',
    how3: 'Votre mentor accepte, refuse ou met la demande de côté. Une demande sans réponse expire après 30 jours.',
    tryTitle: 'Essayez les deux rôles',
    tryText:
      'Ceci est une démonstration : choisissez n’importe quel membre sous « Connecté en tant que » en haut de la page. ' +
      'Envoyez une demande comme mentoré, puis connectez-vous comme le mentor pour la voir arriver.',
    findMentorLede:
      'Laissez les critères vides pour voir tous les mentors qui ont une place, les meilleurs d’abord, ou affinez la liste. ' +
      'Ouvrez un nom pour le profil complet ; « Demander un mentorat » envoie votre demande.',
    tipsTitle: 'Une bonne demande',
    tip1: 'Dites en une phrase ou deux ce que vous espérez atteindre pendant la durée choisie.',
    tip2: 'Choisissez les domaines d’accompagnement souhaités ; votre mentor les voit en premier.',
    tip3: 'Les mentors répondent sous 30 jours ; vous pouvez retirer une demande tant qu’elle attend.',
    findMenteeLede:
      'Les membres qui cherchent un mentor, les meilleurs d’abord. Invitez quelqu’un dont vous pouvez servir les objectifs : ' +
      'la personne accepte ou refuse, comme pour toute demande.',
    mentorTitle: 'Être mentor prend une heure par mois',
    mentorText:
      'La plupart des binômes se voient une ou deux fois par mois, en visio ou autour d’un café. Vous choisissez combien de mentorés vous accompagnez.',
    myMentoringLede:
      'Les demandes qui attendent votre réponse, celles que vous avez envoyées, vos mentorats en cours et votre historique. ' +
      'Une fois une demande acceptée, vous et votre binôme voyez les coordonnées l’un de l’autre.',
    playTitle: 'Jouez les deux rôles',
    play1: 'Comme mentoré, trouvez un mentor et envoyez une demande.',
    play2: 'Choisissez ce mentor sous « Connecté en tant que » : la demande attend ici. Acceptez-la.',
    play3: 'Revenez au mentoré : vous voyez tous deux le mentorat en cours, avec l’e-mail de l’autre.',
    play4: 'Absent quelque temps ? Suspendez votre participation : vous quittez les résultats de recherche, vos mentorats continuent.',
    play5: 'Marquez-le terminé, puis donnez votre avis, de chaque côté.',
    emailPreferences: 'Préférences d’e-mail',
    emailPreferencesLede:
      'À quelle fréquence le programme de mentorat vous écrit, et dans quelle langue. Quel que soit votre choix, tout reste dans ' +
      'vos notifications, sous la cloche de « Mon mentorat ».',
    emailPreferencesLink: 'À quelle fréquence nous vous écrivons : préférences d’e-mail',
    emailTipsTitle: 'Vous venez d’un e-mail ?',
    emailTips:
      'Le lien « Ne plus recevoir ces e-mails » en bas de chaque e-mail mène ici : il a choisi « Seulement les e-mails essentiels ». ' +
      'Pour recevoir à nouveau les autres, choisissez une fréquence et enregistrez.',
    enrolLede:
      'Rejoignez le programme comme mentor, mentoré ou les deux, ou modifiez votre profil : ce que vous proposez ou cherchez, ' +
      'comment vous aimez vous rencontrer, et qui voit quoi. Vos coordonnées ne sont montrées qu’aux binômes que vous acceptez.',
    enrolTipsTitle: 'Première visite ?',
    enrolTips:
      'Choisissez « Un nouveau membre (pas inscrit) » sous « Connecté en tant que » pour vous inscrire depuis le début, ' +
      'ou n’importe quel membre pour modifier son profil. Après votre inscription comme mentoré, trouvez un mentor.',
  },
  es: {
    skip: 'Saltar al contenido',
    signedInAs: 'Sesión iniciada como',
    loadingMembers: 'Cargando miembros…',
    serverDown: 'El servidor de demostración no ha respondido',
    language: 'Idioma',
    settings: 'Ajustes de la demostración',
    mainNav: 'Navegación principal',
    home: 'Inicio',
    findMentor: 'Buscar un mentor',
    findMentee: 'Buscar un mentorizado',
    forWebTeams: 'Para equipos web',
    programOffice: 'Oficina del programa',
    programOfficeLede: 'El equipo del programa ve aquí el programa: cifras, miembros, mentorías, solicitudes en espera, incidencias, evaluaciones, registro de auditoría y configuración. Elija «Oficina del programa» en «Sesión iniciada como».',
    myMentoring: 'Mis mentorías',
    enrol: 'Inscripción',
    cohort: 'Solicitar plaza en una cohorte',
    cohortNav: 'Cohorte',
    cohortLede:
      'Una vez al año, el equipo del programa empareja a todos los solicitantes de una cohorte: cada mentorado con un mentor, ' +
      'según temas, sector y lugar. Solicite plaza mientras el plazo esté abierto; puede cambiar o retirar su solicitud hasta el cierre.',
    cohortPlayTitle: 'Haga de equipo y luego de ambas partes',
    cohortPlay1: 'En «Sesión iniciada como», elija «Oficina del programa». En la Oficina del programa, abra Cohortes, revise la cohorte abierta, proponga las parejas y publíquelas.',
    cohortPlay2: 'Elija a un mentorado que haya solicitado plaza: su pareja propuesta le espera en Mis mentorías, con los motivos. Acéptela.',
    cohortPlay3: 'Elija a su mentor y acepte también: ambos ven la mentoría en curso durante el periodo de la cohorte.',
    cohortPlay4: 'O recházela con un motivo: el equipo lo lee y la siguiente ronda propone a otra persona.',
    footer:
      `${SOCIETY} · una asociación ficticia que muestra mentor-match en una página de un CMS. ` +
      'Todos los miembros son inventados; lo que haga se guarda en este servidor de demostración.',
    homeTitle: 'La mentoría en Northbridge',
    homeLede:
      'Todo ingeniero recuerda a la persona que le enseñó el oficio. Nuestro programa de mentoría une a miembros que buscan ' +
      'orientación con miembros que ya han recorrido ese camino: durante tres meses, un año o cualquier plazo intermedio.',
    howTitle: 'Cómo funciona',
    how1: 'Busque un mentor por tema, sector, etapa profesional, idioma o zona horaria. Cada resultado explica por qué encaja.',
    how2: 'Envíe una solicitud desde su perfil: en qué desea orientación, sus objetivos, la duración y cómo prefiere reunirse.',
    how3: 'Su mentor la acepta, la rechaza o la guarda para más tarde. Una solicitud sin respuesta caduca a los 30 días.',
    tryTitle: 'Pruebe los dos papeles',
    tryText:
      'Esto es una demostración: elija cualquier miembro en «Sesión iniciada como», en la parte superior de la página. ' +
      'Envíe una solicitud como mentorizado y luego inicie sesión como el mentor para verla llegar.',
    findMentorLede:
      'Deje los criterios en blanco para ver a todos los mentores con plazas libres, primero los que mejor encajan, o acote la lista. ' +
      'Abra un nombre para ver el perfil completo; «Solicitar mentoría» envía su solicitud.',
    tipsTitle: 'Una buena solicitud',
    tip1: 'Explique en una o dos frases qué espera conseguir durante la mentoría.',
    tip2: 'Elija las áreas en las que busca orientación; su mentor las verá primero.',
    tip3: 'Los mentores responden en un plazo de 30 días; puede retirar una solicitud mientras esté pendiente.',
    findMenteeLede:
      'Miembros que buscan mentor, primero los que mejor encajan. Invite a alguien a quien pueda ayudar con sus objetivos: ' +
      'aceptará o rechazará la invitación, como cualquier solicitud.',
    mentorTitle: 'Ser mentor lleva una hora al mes',
    mentorText:
      'La mayoría de las parejas se reúnen una o dos veces al mes, por videollamada o con un café. Usted decide cuántos mentorizados acepta.',
    myMentoringLede:
      'Las solicitudes que esperan su respuesta, las que ha enviado, sus mentorías en curso y su historial. ' +
      'Cuando se acepta una solicitud, cada parte ve los datos de contacto de la otra.',
    playTitle: 'Desde los dos lados',
    play1: 'Como mentorizado, busque un mentor y envíe una solicitud.',
    play2: 'Elija a ese mentor en «Sesión iniciada como»: la solicitud le espera aquí. Acéptela.',
    play3: 'Vuelva al mentorizado: ambos ven la mentoría activa, con el correo electrónico del otro.',
    play4: '¿Va a ausentarse un tiempo? Pause su participación: deja de aparecer en las búsquedas y sus mentorías continúan.',
    play5: 'Márquela como completada y luego deje su valoración, desde cada lado.',
    emailPreferences: 'Preferencias de correo',
    emailPreferencesLede:
      'Con qué frecuencia le escribe el programa de mentoría, y en qué idioma. Elija lo que elija, todo queda en ' +
      'sus notificaciones, bajo la campana de «Mis mentorías».',
    emailPreferencesLink: 'Con qué frecuencia le escribimos: preferencias de correo',
    emailTipsTitle: '¿Viene de un correo?',
    emailTips:
      'El enlace «Dejar de recibir estos correos» al pie de cada correo le trae aquí: eligió «Solo los correos esenciales». ' +
      'Para volver a recibir los demás, elija la frecuencia y guarde.',
    enrolLede:
      'Únase al programa como mentor, mentorizado o ambos, o modifique su perfil: lo que ofrece o busca, cómo prefiere reunirse ' +
      'y quién ve qué. Sus datos de contacto solo se muestran a las personas cuya solicitud acepte.',
    enrolTipsTitle: '¿Primera visita?',
    enrolTips:
      'Elija «Un miembro nuevo (sin inscribir)» en «Sesión iniciada como» para inscribirse desde cero, o cualquier miembro ' +
      'para modificar su perfil. Una vez hecha la inscripción como mentorizado, busque un mentor.',
  },
  de: {
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
  ar: {
    skip: 'الانتقال إلى المحتوى',
    signedInAs: 'تسجيل الدخول باسم',
    loadingMembers: 'جارٍ تحميل الأعضاء…',
    serverDown: 'لم يستجب خادم العرض التجريبي',
    language: 'اللغة',
    settings: 'إعدادات العرض التجريبي',
    mainNav: 'التنقل الرئيسي',
    home: 'الرئيسية',
    findMentor: 'البحث عن مرشد',
    findMentee: 'البحث عن مسترشد',
    forWebTeams: 'لفرق الويب',
    programOffice: 'مكتب البرنامج',
    programOfficeLede: 'يطّلع فريق البرنامج هنا على البرنامج: الأرقام والأعضاء وعلاقات الإرشاد والطلبات المنتظرة والبلاغات والتقييمات وسجل التدقيق والإعدادات. يُرجى اختيار «مكتب البرنامج» في قائمة تسجيل الدخول.',
    myMentoring: 'الإرشاد الخاص بي',
    enrol: 'التسجيل',
    cohort: 'التقدّم إلى دفعة',
    cohortNav: 'الدفعة',
    cohortLede:
      'مرة كل عام يكوّن فريق البرنامج ثنائيات جميع المتقدّمين إلى دفعة: كل مسترشد مع مرشد واحد، ' +
      'بحسب المجالات والقطاع والموقع. تقدّم ما دام التقديم مفتوحًا، ويمكنك تعديل طلبك أو سحبه حتى إغلاقه.',
    cohortPlayTitle: 'أدِّ دور الفريق ثم الطرفين',
    cohortPlay1: 'اختر «مكتب البرنامج» في قائمة تسجيل الدخول. في مكتب البرنامج افتح الدفعات، وراجع الدفعة المفتوحة، واقترح الثنائيات ثم انشرها.',
    cohortPlay2: 'اختر مسترشدًا تقدّم إلى الدفعة: ينتظره الثنائي المقترح في صفحة الإرشاد الخاص بي مع الأسباب. اقبله.',
    cohortPlay3: 'اختر مرشده واقبل أيضًا: يرى كلاكما الإرشاد جاريًا طوال مدة الدفعة.',
    cohortPlay4: 'أو ارفضه مع ذكر السبب: يقرؤه الفريق، وتقترح الجولة التالية شخصًا آخر.',
    footer:
      `${LTR(SOCIETY)} · جمعية خيالية تعرض ${LTR('mentor-match')} على صفحة من نظام لإدارة المحتوى. ` +
      'جميع الأعضاء هنا من نسج الخيال، وما تفعله يُحفظ على خادم العرض التجريبي هذا.',
    homeTitle: `الإرشاد في ${LTR('Northbridge')}`,
    homeLede:
      'يتذكر كل مهندس الشخص الذي علّمه أصول المهنة. يجمع برنامج الإرشاد لدينا بين أعضاء يبحثون عن التوجيه ' +
      'وأعضاء سبقوهم على الطريق نفسه: لثلاثة أشهر، أو لعام، أو لأي مدة بينهما.',
    howTitle: 'كيف يعمل البرنامج',
    how1: 'يمكنك البحث عن مرشد حسب الموضوع أو القطاع أو المرحلة المهنية أو اللغة أو المنطقة الزمنية، وتشرح كل نتيجة سبب ترشيحها.',
    how2: 'يُرسَل الطلب من الملف الشخصي للمرشد: مجالات الإرشاد التي تحتاجها، وأهدافك، والمدة، وطريقة اللقاء المفضلة.',
    how3: 'يقبل المرشد الطلب أو يرفضه أو يحفظه لوقت لاحق، وتنتهي صلاحية الطلب الذي لا يُرد عليه بعد ثلاثين يومًا.',
    tryTitle: 'تجربة الدورين',
    tryText:
      'هذا عرض تجريبي: يمكنك اختيار أي عضو من قائمة «تسجيل الدخول باسم» أعلى الصفحة، وإرسال طلب بصفة مسترشد، ' +
      'ثم تسجيل الدخول باسم المرشد لرؤية الطلب يصل.',
    findMentorLede:
      'عند ترك المعايير فارغة يظهر كل مرشد لديه مكان شاغر، الأنسب أولًا، ويمكنك تضييق القائمة. ' +
      'يمكنك فتح أي اسم لعرض الملف الكامل، ويُرسل زر «طلب الإرشاد» طلبك.',
    tipsTitle: 'مواصفات الطلب الجيد',
    tip1: 'توضيح ما تأمل تحقيقه خلال المدة في جملة أو جملتين.',
    tip2: 'اختيار المجالات التي تحتاج فيها إلى إرشاد، فهي أول ما يراه المرشد.',
    tip3: 'يرد المرشدون خلال ثلاثين يومًا، ويمكنك سحب الطلب ما دام قيد الانتظار.',
    findMenteeLede:
      'أعضاء يبحثون عن مرشد، الأنسب أولًا. يمكنك دعوة من تستطيع مساعدته في تحقيق أهدافه، ' +
      'فيقبل الدعوة أو يرفضها كأي طلب آخر.',
    mentorTitle: 'الإرشاد يستغرق ساعة في الشهر',
    mentorText:
      'يلتقي معظم الثنائيات مرة أو مرتين في الشهر، عبر الفيديو أو على فنجان قهوة. ولك أن تختار عدد المسترشدين الذين تقبلهم.',
    myMentoringLede:
      'الطلبات التي تنتظر ردّك، والطلبات التي أرسلتها، وعلاقات الإرشاد الجارية، وسجلّك. ' +
      'عند قبول طلب، يرى كل طرف بيانات التواصل الخاصة بالآخر.',
    playTitle: 'التجربة من الجانبين',
    play1: 'بصفة مسترشد: البحث عن مرشد وإرسال طلب.',
    play2: 'اختيار ذلك المرشد من «تسجيل الدخول باسم»: الطلب ينتظر هنا، ثم قبوله.',
    play3: 'العودة إلى المسترشد: يرى كلاكما علاقة الإرشاد النشطة، مع البريد الإلكتروني للطرف الآخر.',
    play4: 'غياب لبعض الوقت؟ يمكنك إيقاف المشاركة مؤقتًا: تختفي من نتائج البحث، وتستمر علاقات الإرشاد.',
    play5: 'تحديد العلاقة كمكتملة، ثم تقديم التقييم من كل جانب.',
    emailPreferences: 'تفضيلات البريد الإلكتروني',
    emailPreferencesLede:
      'عدد مرات مراسلة برنامج الإرشاد لك، وبأي لغة. مهما اخترت، يبقى كل شيء في ' +
      'إشعاراتك، تحت الجرس في صفحة «الإرشاد الخاص بي».',
    emailPreferencesLink: 'عدد مرات مراسلتك: تفضيلات البريد الإلكتروني',
    emailTipsTitle: 'هل جئت من رسالة بريد؟',
    emailTips:
      'رابط «إيقاف هذه الرسائل» في أسفل كل رسالة يوصلك إلى هنا: وقد اختار «الرسائل الأساسية فقط». ' +
      'لتلقي الرسائل الأخرى من جديد، اختر عدد المرات واحفظ.',
    enrolLede:
      'الانضمام إلى البرنامج بصفة مرشد أو مسترشد أو كليهما، أو تعديل ملفك: ما تقدّمه أو تبحث عنه، وطريقة اللقاء التي تفضّلها، ' +
      'ومن يرى ماذا. لا تظهر بيانات التواصل إلا للأطراف الذين تقبل طلباتهم.',
    enrolTipsTitle: 'أول زيارة؟',
    enrolTips:
      'يمكنك اختيار «عضو جديد (غير مسجّل)» من «تسجيل الدخول باسم» للتسجيل من البداية، أو أي عضو لتعديل ملفه. ' +
      'بعد التسجيل بصفة مسترشد، يمكنك البحث عن مرشد.',
  },
};

/** What the "Signed in as" list says of each member, per language. */
export const ROLE_WORDS = {
  en: { mentor: 'mentor', mentee: 'mentee', both: 'mentor and mentee', paused: 'not participating', newMember: 'A new member (not enrolled)', office: 'Program office (staff)' },
  fr: { mentor: 'mentor', mentee: 'mentoré', both: 'mentor et mentoré', paused: 'participation suspendue', newMember: 'Un nouveau membre (pas inscrit)', office: 'Bureau du programme (équipe)' },
  es: { mentor: 'mentor', mentee: 'mentorizado', both: 'mentor y mentorizado', paused: 'participación en pausa', newMember: 'Un miembro nuevo (sin inscribir)', office: 'Oficina del programa (equipo)' },
  de: { mentor: 'Mentor', mentee: 'Mentee', both: 'Mentor und Mentee', paused: 'Teilnahme pausiert', newMember: 'Ein neues Mitglied (nicht angemeldet)', office: 'Programmbüro (Team)' },
  ar: { mentor: 'مرشد', mentee: 'مسترشد', both: 'مرشد ومسترشد', paused: 'المشاركة متوقفة', newMember: 'عضو جديد (غير مسجّل)', office: 'مكتب البرنامج (الفريق)' },
};

/**
 * The "My mentoring" link's description when requests wait: the count in words, in the plural form
 * Intl.PluralRules chooses (`#` is the count, formatted by Intl).
 */
const WAITING = {
  en: { one: '# request waiting', other: '# requests waiting' },
  fr: { one: '# demande en attente', other: '# demandes en attente' },
  es: { one: '# solicitud pendiente', other: '# solicitudes pendientes' },
  de: { one: '# Anfrage wartet', other: '# Anfragen warten' },
  ar: {
    one: 'طلب واحد بانتظار الرد',
    two: 'طلبان بانتظار الرد',
    few: '# طلبات بانتظار الرد',
    many: '# طلبًا بانتظار الرد',
    other: '# طلب بانتظار الرد',
  },
};

export function waitingLabel(lang, count) {
  const forms = WAITING[lang] ?? WAITING.en;
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return form.replaceAll('#', new Intl.NumberFormat(lang).format(count));
}
