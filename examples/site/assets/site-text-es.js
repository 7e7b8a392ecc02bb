// The example site's own words in Spanish, loaded only when a visitor picks Spanish (site-text.js's
// `siteWords`): an English page downloads no other language. Written by the mentor-match team, not yet reviewed
// by native speakers, like the elements' catalogs: a native speaker may improve them through a pull request.
import { SOCIETY } from './site-text.js';

export const WORDS = {
  /** Each key names an element's `data-i18n` (its text) or `data-i18n-label` (its aria-label). */
  text: {
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
  /** What the "Signed in as" list says of each member. */
  roles: { mentor: 'mentor', mentee: 'mentorizado', both: 'mentor y mentorizado', paused: 'participación en pausa', newMember: 'Un miembro nuevo (sin inscribir)', office: 'Oficina del programa (equipo)' },
  /** The "My mentoring" link's description when requests wait, per plural form (`#` is the count). */
  waiting: { one: '# solicitud pendiente', other: '# solicitudes pendientes' },
};
