// The demo program's words in French, Spanish, German and Arabic: the labels of its topics, industries and
// career stages, and its name, by id (the program is written in English). Written by the mentor-match team,
// not yet reviewed by native speakers; staff change them in the program office's settings. Seed data: the
// in-page demo downloads it with the roster (in-page.ts), never with a member page's code.
import type { Translations } from '@mentor-match/core';

type Words = Readonly<Record<string, Translations>>;

export const DEMO_NAMES: Translations = {
  fr: 'Programme de mentorat de la Northbridge Society of Engineers',
  es: 'Programa de mentoría de la Northbridge Society of Engineers',
  de: 'Mentoring-Programm der Northbridge Society of Engineers',
  ar: 'برنامج الإرشاد في جمعية نورثبريدج للمهندسين',
};

export const DEMO_TOPIC_LABELS: Words = {
  'career-planning': { fr: 'Plan de carrière', es: 'Planificación profesional', de: 'Karriereplanung', ar: 'التخطيط المهني' },
  leadership: { fr: 'Leadership', es: 'Liderazgo', de: 'Führung', ar: 'القيادة' },
  management: { fr: 'Management d’équipe', es: 'Gestión de personas', de: 'Personalführung', ar: 'إدارة الأفراد' },
  'research-methods': { fr: 'Méthodes de recherche', es: 'Métodos de investigación', de: 'Forschungsmethoden', ar: 'مناهج البحث' },
  statistics: { fr: 'Statistiques', es: 'Estadística', de: 'Statistik', ar: 'الإحصاء' },
  'data-science': { fr: 'Science des données', es: 'Ciencia de datos', de: 'Data Science', ar: 'علم البيانات' },
  publishing: { fr: 'Publication et relecture par les pairs', es: 'Publicación y revisión por pares', de: 'Publizieren und Peer-Review', ar: 'النشر ومراجعة الأقران' },
  'grant-writing': { fr: 'Demandes de financement', es: 'Redacción de solicitudes de financiación', de: 'Förderanträge schreiben', ar: 'كتابة طلبات المنح' },
  'public-speaking': { fr: 'Prise de parole en public', es: 'Hablar en público', de: 'Öffentliches Sprechen', ar: 'الخطابة' },
  networking: { fr: 'Réseautage', es: 'Networking', de: 'Netzwerken', ar: 'بناء العلاقات المهنية' },
  'job-search': { fr: 'Recherche d’emploi', es: 'Búsqueda de empleo', de: 'Stellensuche', ar: 'البحث عن عمل' },
  negotiation: { fr: 'Négociation', es: 'Negociación', de: 'Verhandlung', ar: 'التفاوض' },
  'work-life': { fr: 'Équilibre vie professionnelle et personnelle', es: 'Conciliación de la vida laboral y personal', de: 'Vereinbarkeit von Beruf und Privatleben', ar: 'التوازن بين العمل والحياة' },
  entrepreneurship: { fr: 'Entrepreneuriat', es: 'Emprendimiento', de: 'Unternehmertum', ar: 'ريادة الأعمال' },
  regulatory: { fr: 'Affaires réglementaires', es: 'Asuntos regulatorios', de: 'Regulatorische Angelegenheiten', ar: 'الشؤون التنظيمية' },
  teaching: { fr: 'Enseignement', es: 'Docencia', de: 'Lehre', ar: 'التدريس' },
  'industry-transition': { fr: 'Passer du monde académique à l’industrie', es: 'Pasar de la academia a la industria', de: 'Wechsel zwischen Wissenschaft und Industrie', ar: 'الانتقال بين الأوساط الأكاديمية والصناعة' },
  'international-careers': { fr: 'Travailler à l’étranger', es: 'Trabajar en el extranjero', de: 'Arbeiten im Ausland', ar: 'العمل في الخارج' },
};

export const DEMO_INDUSTRY_LABELS: Words = {
  academia: { fr: 'Enseignement supérieur et recherche', es: 'Mundo académico', de: 'Wissenschaft', ar: 'الأوساط الأكاديمية' },
  healthcare: { fr: 'Santé', es: 'Sanidad', de: 'Gesundheitswesen', ar: 'الرعاية الصحية' },
  pharma: { fr: 'Industrie pharmaceutique', es: 'Industria farmacéutica', de: 'Pharmaindustrie', ar: 'الصناعات الدوائية' },
  government: { fr: 'Administration publique', es: 'Administración pública', de: 'Öffentliche Verwaltung', ar: 'القطاع الحكومي' },
  consulting: { fr: 'Conseil', es: 'Consultoría', de: 'Beratung', ar: 'الاستشارات' },
  technology: { fr: 'Technologies', es: 'Tecnología', de: 'Technologie', ar: 'التكنولوجيا' },
  finance: { fr: 'Finance', es: 'Finanzas', de: 'Finanzwesen', ar: 'المالية' },
  nonprofit: { fr: 'Secteur associatif', es: 'Sector sin ánimo de lucro', de: 'Gemeinnütziger Sektor', ar: 'القطاع غير الربحي' },
  manufacturing: { fr: 'Industrie manufacturière', es: 'Industria manufacturera', de: 'Fertigung', ar: 'التصنيع' },
  energy: { fr: 'Énergie', es: 'Energía', de: 'Energie', ar: 'الطاقة' },
};

export const DEMO_STAGE_LABELS: Words = {
  student: { fr: 'Étudiant·e', es: 'Estudiante', de: 'Studium', ar: 'طالب' },
  early: { fr: 'Début de carrière', es: 'Inicio de carrera', de: 'Berufseinstieg', ar: 'بداية المسار المهني' },
  mid: { fr: 'Milieu de carrière', es: 'Mitad de carrera', de: 'Berufserfahren', ar: 'منتصف المسار المهني' },
  senior: { fr: 'Confirmé·e', es: 'Sénior', de: 'Senior', ar: 'خبير' },
  executive: { fr: 'Dirigeant·e', es: 'Alta dirección', de: 'Führungsebene', ar: 'إدارة عليا' },
  retired: { fr: 'Retraité·e', es: 'Jubilado/a', de: 'Im Ruhestand', ar: 'متقاعد' },
};
