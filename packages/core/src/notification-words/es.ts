// Spanish: the built-in wording of every notification (notification-templates.ts).
import type { LanguageWords } from './types.ts';

const asks = '{{#asMentor}}le pide que sea su mentor{{/asMentor}}{{#asMentee}}le invita a ser su mentorado{{/asMentee}}';
const details = 'Áreas: {{areas}}\nDuración: {{term}} meses\nObjetivos: {{goals}}';
const reason = '{{#reason}}\nMotivo: {{reason}}{{/reason}}';

export const es: LanguageWords = {
  frame: {
    greeting: 'Estimado/a {{member}}:',
    signature: '— {{program}}',
    act: 'Ábralo en el sitio:',
    contact: '¿Preguntas? Escriba a la oficina del programa:',
    preferences: 'Elija qué correos recibe y con qué frecuencia:',
    unsubscribe: 'Dejar de recibir estos correos:',
  },
  kinds: {
    request: { subject: `{{other}} ${asks}`, body: `{{other}} ${asks}.\n${details}{{#message}}\n\n{{message}}{{/message}}\n\nResponda antes del {{expires}}.` },
    reminder: { subject: 'Recordatorio: la solicitud de mentoría de {{other}} vence el {{expires}}', body: `{{other}} ${asks} y espera su respuesta.\n${details}\n\nLa solicitud vence el {{expires}}.` },
    accepted: { subject: '{{other}} aceptó su solicitud de mentoría', body: `{{other}} aceptó. Su mentoría dura hasta el {{ends}}.\n${details}` },
    declined: { subject: '{{other}} rechazó su solicitud de mentoría', body: `{{other}} rechazó su solicitud.${reason}` },
    withdrawn: { subject: '{{other}} retiró su solicitud de mentoría', body: '{{other}} retiró su solicitud.' },
    expired: { subject: 'Su solicitud de mentoría a {{other}} ha vencido', body: '{{other}} no respondió a su solicitud antes del {{expires}}, por lo que ha vencido. Puede buscar a otro miembro.' },
    completed: { subject: '{{other}} marcó su mentoría como completada', body: '{{other}} marcó su mentoría como completada. Ya puede dejar su valoración.' },
    ended: { subject: '{{other}} terminó su mentoría', body: `{{other}} terminó su mentoría antes de tiempo.${reason}\nPuede dejar su valoración.` },
    digest: { subject: 'Su resumen de mentoría: {{count}} novedades', body: 'Esto es lo que ha pasado desde su último correo:\n\n{{items}}' },
    paired: { subject: 'La oficina del programa le emparejó con {{other}}', body: `La oficina del programa le ha emparejado con {{other}}, que ahora es su {{#asMentor}}mentorado{{/asMentor}}{{#asMentee}}mentor{{/asMentee}}.\nÁreas: {{areas}}\nDuración: {{term}} meses, hasta el {{ends}}${reason}` },
    'ended-by-staff': { subject: 'La oficina del programa terminó su mentoría con {{other}}', body: `La oficina del programa terminó su mentoría con {{other}}.${reason}\nPuede dejar su valoración.` },
    'withdrawn-by-staff': { subject: 'La oficina del programa retiró la solicitud de mentoría entre usted y {{other}}', body: `La oficina del programa retiró la solicitud de mentoría entre usted y {{other}}.${reason}` },
    'paused-by-staff': { subject: 'La oficina del programa pausó su participación', body: `Ya no aparece en las búsquedas ni recibe solicitudes nuevas; sus mentorías continúan.${reason}` },
    'resumed-by-staff': { subject: 'Vuelve a participar en el programa de mentoría', body: `La oficina del programa reanudó su participación: los miembros pueden encontrarle y enviarle solicitudes de nuevo.${reason}` },
    approved: { subject: 'Ha sido aprobado como mentor', body: `La oficina del programa le aprobó como mentor: los mentorados ya pueden encontrarle y enviarle solicitudes.${reason}` },
    'approval-declined': { subject: 'Su solicitud como mentor no fue aprobada', body: `La oficina del programa no le aprobó como mentor.${reason}` },
    suspended: { subject: 'Su participación en el programa de mentoría está suspendida', body: `Ya no aparece en las búsquedas y no puede enviar ni aceptar solicitudes; sus mentorías continúan.${reason}` },
    'suspension-lifted': { subject: 'Se levantó su suspensión del programa de mentoría', body: `Puede volver a participar en el programa.${reason}` },
    'concern-reply': { subject: 'La oficina del programa respondió a su aviso', body: 'La oficina del programa respondió al aviso que usted envió:\n\n{{reason}}' },
  },
};
