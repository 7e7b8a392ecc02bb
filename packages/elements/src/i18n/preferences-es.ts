// Spanish: <mentor-notification-preferences>'s strings (preferences-en.ts says why they are apart).
import type { PreferencesMessages } from './preferences-en.ts';

export const preferencesEs: PreferencesMessages = {
  'preferences.heading': 'Preferencias de correo',
  'preferences.intro': 'Todo lo que ocurre queda en sus notificaciones en este sitio. Elija con qué frecuencia se lo enviamos también por correo electrónico, y en qué idioma.',
  'preferences.loading': 'Cargando sus preferencias de correo…',
  'preferences.unsupported': 'Este programa no ofrece preferencias de correo.',
  'preferences.frequency': 'Con qué frecuencia escribirle',
  'preferences.immediately': 'En el momento',
  'preferences.immediatelyHint': 'Un correo por cada solicitud, respuesta, recordatorio y aviso.',
  'preferences.daily': 'Resumen diario',
  'preferences.dailyHint': 'Como mucho un correo al día, con lo que ha pasado.',
  'preferences.weekly': 'Resumen semanal',
  'preferences.weeklyHint': 'Como mucho un correo a la semana, con lo que ha pasado.',
  'preferences.never': 'Solo los correos esenciales',
  'preferences.neverHint': 'Nada más por correo: lo leerá en sus notificaciones aquí.',
  'preferences.essential': 'Siempre se envían al momento, elija lo que elija: las decisiones de la oficina del programa sobre su participación (aprobación como mentor, una pausa, una suspensión) y sus respuestas a los problemas que usted haya comunicado.',
  'preferences.language': 'Idioma de los correos',
  'preferences.languageHint': 'Sus correos y sus notificaciones en este sitio se escriben en este idioma. Automático: el idioma de su perfil si es uno de estos; si no, inglés.',
  'preferences.languageDefault': (language) => `Automático (${language})`,
  'preferences.unsubscribed': 'Se ha dado de baja de estos correos, así que solo recibe los esenciales. Para volver a recibir los demás, elija la frecuencia y guarde.',
  'preferences.save': 'Guardar preferencias',
  'preferences.saving': 'Guardando…',
  'preferences.saved': (choice, language) => `Guardado: ${choice}, en ${language}.`,
  'preferences.kept': 'Sus opciones siguen seleccionadas: guarde de nuevo cuando quiera.',
};
