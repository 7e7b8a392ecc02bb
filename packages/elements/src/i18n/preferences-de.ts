// German: <mentor-notification-preferences>'s strings (preferences-en.ts says why they are apart).
import type { PreferencesMessages } from './preferences-en.ts';

export const preferencesDe: PreferencesMessages = {
  'preferences.heading': 'E-Mail-Einstellungen',
  'preferences.intro': 'Alles, was passiert, bleibt in Ihren Benachrichtigungen auf dieser Website. Wählen Sie, wie oft wir Ihnen zusätzlich eine E-Mail schicken und in welcher Sprache.',
  'preferences.loading': 'Ihre E-Mail-Einstellungen werden geladen…',
  'preferences.unsupported': 'Dieses Programm bietet keine E-Mail-Einstellungen an.',
  'preferences.frequency': 'Wie oft wir Ihnen schreiben',
  'preferences.immediately': 'Sofort',
  'preferences.immediatelyHint': 'Eine E-Mail für jede Anfrage, Antwort, Erinnerung und jeden Hinweis.',
  'preferences.daily': 'Tägliche Zusammenfassung',
  'preferences.dailyHint': 'Höchstens eine E-Mail am Tag mit allem, was passiert ist.',
  'preferences.weekly': 'Wöchentliche Zusammenfassung',
  'preferences.weeklyHint': 'Höchstens eine E-Mail pro Woche mit allem, was passiert ist.',
  'preferences.never': 'Nur wichtige E-Mails',
  'preferences.neverHint': 'Sonst nichts per E-Mail: Sie lesen es in Ihren Benachrichtigungen hier.',
  'preferences.essential': 'Immer sofort verschickt, egal was Sie wählen: die Entscheidungen des Programmbüros über Ihre Teilnahme (Freigabe als Mentor, eine Pause, eine Sperre) und seine Antworten auf Anliegen, die Sie gemeldet haben.',
  'preferences.language': 'Sprache der E-Mails',
  'preferences.languageHint': 'Ihre E-Mails und Ihre Benachrichtigungen auf dieser Website sind in dieser Sprache verfasst. Automatisch: die Sprache Ihres Profils, wenn sie dabei ist, sonst Englisch.',
  'preferences.languageDefault': (language) => `Automatisch (${language})`,
  'preferences.unsubscribed': 'Sie haben diese E-Mails abbestellt, daher erhalten Sie nur noch wichtige. Um die anderen wieder zu erhalten, wählen Sie, wie oft, und speichern Sie.',
  'preferences.save': 'Einstellungen speichern',
  'preferences.saving': 'Wird gespeichert…',
  'preferences.saved': (choice, language) => `Gespeichert: ${choice}, auf ${language}.`,
  'preferences.kept': 'Ihre Auswahl bleibt bestehen: Speichern Sie erneut, wann Sie möchten.',
};
