// Arabic (Modern Standard Arabic, right to left): every element's strings, downloaded only when an element
// is shown in Arabic (the loader imports ar-register.ts). Typed as `Messages`, the English catalog's type:
// a key missing here, misspelt, or a function taking other arguments fails the type-check.
//
// Written by the mentor-match team, not yet reviewed by a native speaker. A native speaker may improve it:
// a pull request against this file, with the reason for each change, is welcome.
//
// Register and terms: Modern Standard Arabic in the formal register of institutional sites; requests to
// the member as «يُرجى» with a verbal noun rather than a gendered imperative, and nominal phrases where a
// verb would have to agree with the member's gender. مرشد (mentor), مسترشد (mentee), الإرشاد / علاقة
// إرشاد (mentoring / a mentorship), برنامج الإرشاد (the program), طلب (a request), «المشاركة متوقفة
// مؤقتًا» (temporarily not participating), عضو (a member of the society), مجالات الإرشاد (areas of guidance).
//
// Plural forms: Arabic has six (zero, one, two, few for 3–10, many for 11–99, other for 100 and up, by
// the last two digits); `f.plural` picks the one Intl.PluralRules gives, and each form below uses the case
// Arabic grammar wants after a number (مرشدين after 3–10, مرشدًا after 11–99, مرشد after 100).
// Durations whose unit Intl writes (`f.duration`: «ساعتان», «٣ أشهر») stand where the nominative fits.
//
// Digits, decided: numbers are whatever Intl gives the page's own language tag, never forced. Plain `ar`
// (and ar-MA, ar-DZ, ar-TN, ar-AE) gives Latin digits (1, 2, 3), which most pan-Arab professional and
// technical sites use and which members' own text (phone numbers, years) already holds; ar-EG, ar-SA and
// other Mashriq tags give Arabic-Indic digits (١، ٢، ٣), as pages in those countries expect. A page can
// choose either with a Unicode extension: lang="ar-u-nu-arab" or lang="ar-u-nu-latn". So that no digit
// here contradicts the page's choice, text in this catalog writes small numbers as words («خمسة»), and
// every number in a message goes through `f` (i18n/catalogs.test.ts checks both).
//
// Latin code and addresses inside Arabic sentences are isolated left to right (`ltr`), so their
// punctuation stays where it belongs.
import type { Messages } from './en.ts';

/** Latin text (code, an address) inside an Arabic sentence, isolated left to right (LRI … PDI). */
const ltr = (text: string) => `\u2066${text}\u2069`;
const RATINGS = ['ضعيف', 'مقبول', 'جيد', 'جيد جدًا', 'ممتاز'];

export const ar: Messages = {
  // shared by every element
  'error.no-program':
    `أداة الإرشاد هذه غير متصلة بعد. يُرجى وضعها داخل ${ltr('<mentor-program api="…">')} (أو ${ltr('<mentor-program demo>')})، أو تعيين ${ltr('.adapter')} من خلال سكربت.`,
  'program.loading': 'جارٍ تحميل برنامج الإرشاد…',
  'program.signIn': 'يُرجى تسجيل الدخول إلى موقع الأعضاء للمشاركة في الإرشاد.',

  'error.unauthenticated': 'يُرجى تسجيل الدخول إلى موقع الأعضاء للمتابعة.',
  'error.forbidden': 'ليست لديك صلاحية القيام بذلك.',
  'error.not-found': 'تعذّر العثور على المطلوب. ربما حُذف.',
  'error.conflict': 'حدث تغيير في الأثناء. تم تحديث القائمة.',
  'error.capacity-reached': 'تم بلوغ أحد الحدود المسموح بها، لذا لا يمكن المتابعة.',
  'error.unavailable': 'لا يستقبل هذا العضو طلبات في الوقت الحالي.',
  'error.expired': 'انتهت صلاحية هذا الطلب.',
  'error.validation': 'بعض المعلومات ناقصة أو غير صالحة. يُرجى مراجعة الحقول المميزة.',
  'error.network': 'تعذّر الاتصال بخدمة الإرشاد. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.',
  'error.invalid-response': 'أرسلت خدمة الإرشاد ردًّا تعذّرت قراءته. يُرجى المحاولة لاحقًا.',
  'reason.self': 'لا يمكنك إرسال طلب إلى نفسك.',
  'reason.not-enrolled': 'هذا العضو غير مسجّل في هذا الدور.',
  'reason.requester-not-enrolled': 'يُرجى التسجيل في برنامج الإرشاد أولًا لإرسال الطلبات.',
  'reason.paused': 'أوقف هذا العضو مشاركته مؤقتًا.',
  'reason.requester-paused': 'مشاركتك متوقفة مؤقتًا. يُرجى استئناف المشاركة لإرسال الطلبات.',
  'reason.mentor-full': 'لم تعد لدى هذا المرشد أماكن شاغرة.',
  'reason.mentors-per-mentee': 'لديك بالفعل العدد الأقصى من المرشدين الذي يسمح به البرنامج.',
  'reason.open-request-limit': 'بلغت الحد الأقصى للطلبات المفتوحة. يُرجى انتظار الردود أو سحب أحد الطلبات.',
  'reason.duplicate': 'لديك بالفعل طلب مفتوح أو علاقة إرشاد مع هذا العضو.',
  'reason.cooldown': 'رُفض طلبك الأخير إلى هذا العضو أو سُحب مؤخرًا. يمكنك أن تطلب منه مجددًا لاحقًا.',
  'reason.state': 'تم الرد على هذا أو إغلاقه مسبقًا.',
  'reason.stale': 'ردّ أحدهم في الأثناء. تم تحديث القائمة.',
  'reason.code-of-conduct': 'يُرجى الموافقة على مدونة السلوك للمتابعة.',
  'reason.feedback-given': 'سبق أن قدّمت تقييمك.',
  'reason.timeout': 'استغرقت خدمة الإرشاد وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
  'reason.aborted': 'أُلغيت العملية.',
  'reason.suspended': 'مشاركتك في البرنامج معلّقة. يُرجى التواصل مع فريق البرنامج.',
  'reason.awaiting-approval': 'لم يوافق فريق البرنامج بعد على مشاركتك بصفة مرشد.',
  'reason.staff-only': 'هذا القسم مخصص لفريق البرنامج فقط.',
  'reason.window-closed': 'لا يُقبل التقديم إلى هذه الدفعة حاليًا.',
  'reason.extension-limit': 'تاريخ الانتهاء هذا يتجاوز أطول تمديد يسمح به البرنامج.',
  'error.details': 'تفاصيل لفريق الموقع',
  'action.retry': 'إعادة المحاولة',
  'action.close': 'إغلاق',
  'action.cancel': 'إلغاء',
  'form.checkField': 'يُرجى مراجعة هذا الحقل.',

  'meetingMode.email': 'البريد الإلكتروني',
  'meetingMode.phone': 'الهاتف',
  'meetingMode.video': 'مكالمة فيديو',
  'meetingMode.in-person': 'لقاء حضوري',

  'role.mentor': 'مرشد',
  'role.mentee': 'مسترشد',
  'months': (n, f) => f.duration(n, 'month'),
  'hoursApart': (h, f) => (h === 0 ? 'المنطقة الزمنية نفسها' : `فارق التوقيت: ${f.duration(h, 'hour')}`),

  // <mentor-search>
  'search.findMentors': 'البحث عن مرشد',
  'search.findMentees': 'البحث عن مسترشد',

  'search.topics': 'الموضوعات',
  'search.topicsAny': 'الكل',
  'search.topicsSelected': (n, f) =>
    f.plural(n, {
      one: 'موضوع واحد محدد',
      two: 'موضوعان محددان',
      few: '# موضوعات محددة',
      many: '# موضوعًا محددًا',
      other: '# موضوع محدد',
    }),
  'search.industry': 'القطاع',
  'search.industryAny': 'كل القطاعات',
  'search.careerStage': 'المرحلة المهنية',
  'search.careerStageAny': 'كل المراحل المهنية',
  'search.language': 'اللغة',
  'search.languageAny': 'كل اللغات',
  'search.country': 'البلد',
  'search.countryAny': 'كل البلدان',
  'search.timeZone': 'فارق التوقيت',
  'search.timeZoneAny': 'أي فارق',
  'search.withinHours': (h, f) =>
    f.plural(h, {
      one: 'فارق ساعة واحدة على الأكثر',
      two: 'فارق ساعتين على الأكثر',
      few: 'فارق # ساعات على الأكثر',
      other: 'فارق # ساعة على الأكثر',
    }),
  'search.meetingMode': 'طريقة اللقاء',
  'search.meetingModeAny': 'أي طريقة',
  'search.text': 'كلمات مفتاحية',
  'search.textHint': 'يشمل البحث الأسماء والعناوين التعريفية والنبذ والموضوعات.',
  'search.submit': 'بحث',
  'search.clear': 'مسح',

  'search.searching': 'جارٍ البحث…',
  'search.count.mentors': (n, f) =>
    f.plural(n, {
      zero: 'لم يُعثر على أي مرشد',
      one: 'تم العثور على مرشد واحد',
      two: 'تم العثور على مرشدَين',
      few: 'تم العثور على # مرشدين',
      many: 'تم العثور على # مرشدًا',
      other: 'تم العثور على # مرشد',
    }),
  'search.count.mentees': (n, f) =>
    f.plural(n, {
      zero: 'لم يُعثر على أي مسترشد',
      one: 'تم العثور على مسترشد واحد',
      two: 'تم العثور على مسترشدَين',
      few: 'تم العثور على # مسترشدين',
      many: 'تم العثور على # مسترشدًا',
      other: 'تم العثور على # مسترشد',
    }),
  'search.empty.mentors':
    'لا يوجد مرشد يستوفي كل هذه المعايير. يمكنك تقليل الموضوعات أو توسيع فارق التوقيت أو تقليل الكلمات المفتاحية.',
  'search.empty.mentees':
    'لا يوجد مسترشد يستوفي كل هذه المعايير. يمكنك تقليل الموضوعات أو توسيع فارق التوقيت أو تقليل الكلمات المفتاحية.',
  'search.none.mentors': 'لا يوجد مرشدون متاحون حاليًا. يُرجى العودة لاحقًا.',
  'search.none.mentees': 'لا يوجد مسترشدون يبحثون عن مرشد حاليًا. يُرجى العودة لاحقًا.',
  'search.clearCriteria': 'مسح كل المعايير',
  'search.showing': (shown, total, f) => `عرض ${f.number(shown)} من أصل ${f.number(total)}`,
  'search.showMore': 'عرض المزيد',
  'search.loadingMore': 'جارٍ تحميل المزيد…',
  'search.notEnrolled.mentors': 'يمكنك التصفح الآن. لإرسال طلب، يُرجى التسجيل في برنامج الإرشاد بصفة مسترشد.',
  'search.notEnrolled.mentees': 'يمكنك التصفح الآن. لدعوة مسترشد، يُرجى التسجيل في برنامج الإرشاد بصفة مرشد.',

  // <mentor-profile-card>, its profile dialog and its request form
  'card.requestAsMentor': 'طلب الإرشاد',
  'card.inviteAsMentee': 'إرسال دعوة إرشاد',

  'card.loading': 'جارٍ تحميل الملف الشخصي…',
  'card.photoOf': (name) => `صورة ${name}`,
  'card.localTime': (time) => `${time} بالتوقيت المحلي`,
  'card.ahead': (hours, f) =>
    f.plural(hours, {
      one: 'يسبق توقيتك بساعة',
      two: 'يسبق توقيتك بساعتين',
      few: 'يسبق توقيتك بـ# ساعات',
      other: 'يسبق توقيتك بـ# ساعة',
    }),
  'card.behind': (hours, f) =>
    f.plural(hours, {
      one: 'يتأخر عن توقيتك بساعة',
      two: 'يتأخر عن توقيتك بساعتين',
      few: 'يتأخر عن توقيتك بـ# ساعات',
      other: 'يتأخر عن توقيتك بـ# ساعة',
    }),
  'card.topics': 'الموضوعات',
  'card.speaks': (languages) => `اللغات: ${languages}`,
  'card.places': (open, capacity, f) => `الأماكن الشاغرة: ${f.number(open)} من ${f.number(capacity)}`,

  'card.reasons': 'سبب الترشيح',
  'card.reason.topics': (count, topics, f) =>
    `${f.plural(count, {
      one: 'موضوع مشترك واحد',
      two: 'موضوعان مشتركان',
      few: '# موضوعات مشتركة',
      many: '# موضوعًا مشتركًا',
      other: '# موضوع مشترك',
    })}: ${topics}`,
  'card.reason.industry': 'القطاع نفسه',
  'card.reason.more-experienced': 'خبرة أكبر',
  'card.reason.same': 'المرحلة المهنية نفسها',
  'card.reason.less-experienced': 'في مرحلة مهنية أبكر',
  'card.reason.languages': (languages) => `يتحدث كلاكما ${languages}`,
  'card.reason.sameZone': 'المنطقة الزمنية نفسها',
  'card.reason.hoursApart': (hours, f) => `فارق التوقيت: ${f.duration(hours, 'hour')}`,
  'card.reason.meets': (ways) => `التواصل ${ways}`,
  'card.meet.email': 'عبر البريد الإلكتروني',
  'card.meet.phone': 'عبر الهاتف',
  'card.meet.video': 'عبر الفيديو',
  'card.meet.in-person': 'حضوريًا',

  'card.self': 'هذا أنت',
  'card.paused': 'المشاركة متوقفة مؤقتًا',
  'card.pausedUntil': (date) => `المشاركة متوقفة مؤقتًا · العودة في ${date}`,
  'card.full': 'لا توجد أماكن شاغرة',
  'card.viewerFull': 'جميع أماكنك بصفة مرشد مشغولة',
  'card.requestSent': (date) => `تم إرسال الطلب · ينتهي في ${date}`,
  'card.askAgainOn': (date) => `رُفض طلبك الأخير أو سُحب · يمكنك الطلب مجددًا في ${date}`,
  'card.requestReceived': (date) => `بانتظار ردّك · ينتهي في ${date}`,
  'card.yourMentor': 'مرشدك بالفعل',
  'card.yourMentee': 'مسترشدك بالفعل',
  'card.partners': 'تجمعكما علاقة إرشاد بالفعل',
  'card.enrolAsMentee': 'التسجيل بصفة مسترشد مطلوب لإرسال الطلبات',
  'card.enrolAsMentor': 'التسجيل بصفة مرشد مطلوب لدعوة المسترشدين',

  'card.profile.about': 'نبذة',
  'card.profile.offers': 'ما يقدّمه العضو بصفة مرشد',
  'card.profile.seeks': 'ما يبحث عنه العضو بصفة مسترشد',
  'card.profile.languages': 'اللغات',
  'card.profile.meetingModes': 'طرق اللقاء',
  'card.profile.links': 'روابط',
  'card.profile.contact': 'التواصل',

  'card.form.askMentor': (name) => `طلب الإرشاد من ${name}`,
  'card.form.inviteMentee': (name) => `دعوة ${name} إلى علاقة إرشاد`,
  'card.form.areas': 'مجالات الإرشاد',
  'card.form.goals': 'أهدافك',
  'card.form.term': 'المدة',
  'card.form.meetingMode': 'طريقة اللقاء المفضلة',
  'card.form.message': 'رسالة (اختياري)',
  'card.form.send': 'إرسال',
  'card.form.sending': 'جارٍ الإرسال…',
  'card.form.areasRequired': 'يُرجى اختيار مجال إرشاد واحد على الأقل.',
  'card.form.goalsRequired': 'يُرجى توضيح ما تأمل تحقيقه.',

  // <mentor-relationships-console>
  'console.title': 'الإرشاد الخاص بي',
  'console.loading': 'جارٍ تحميل علاقات الإرشاد…',
  'console.empty': 'لا توجد لديك علاقات إرشاد بعد. عند البحث عن مرشد (أو مسترشد) وإرسال طلب، سيظهر هنا.',
  'console.pending': (n, f) => `قيد الانتظار (${f.number(n)})`,
  'console.active': (n, f) => `النشطة (${f.number(n)})`,
  'console.ended': (n, f) => `المنتهية (${f.number(n)})`,
  'console.none.pending': 'لا توجد طلبات قيد الانتظار.',
  'console.none.active': 'لا توجد علاقات إرشاد نشطة.',
  'console.none.ended': 'لا توجد علاقات إرشاد سابقة بعد.',
  'console.older': (n, f) => `علاقات إرشاد أقدم (${f.number(n)})`,

  'console.asksMentor': 'طلب إرشاد موجّه إليك',
  'console.invitesMentee': 'دعوة لتلقّي الإرشاد موجّهة إليك',
  'console.askedMentor': 'طلب إرشاد أرسلته',
  'console.invitedMentee': 'دعوة إرشاد أرسلتها',
  'console.saved': 'محفوظ لوقت لاحق',
  'console.areas': 'مجالات الإرشاد',
  'console.goals': 'الأهداف',
  'console.term': 'المدة',
  'console.meetingMode': 'طريقة اللقاء',
  'console.message': 'الرسالة',
  'console.sent': (date) => `أُرسل في ${date}`,
  'console.expires': (date) => `ينتهي في ${date}`,
  'console.daysLeft': (n, f) =>
    n <= 1
      ? 'يتبقى أقل من يوم'
      : f.plural(n, {
        two: 'يتبقى يومان فقط',
        few: 'يتبقى # أيام فقط',
        many: 'يتبقى # يومًا فقط',
        other: 'يتبقى # يوم فقط',
      }),

  'console.youMentor': (name) => `أنت مرشد ${name}`,
  'console.yourMentor': 'مرشدك',
  'console.youMentored': (name) => `كنت مرشد ${name}`,
  'console.wasYourMentor': 'كان مرشدك',
  'console.dates': (start, end) => `بدأت في ${start} · تنتهي في ${end}`,
  'console.month': (n, of, f) => `الشهر ${f.number(n)} من ${f.number(of)}`,
  'console.termOver': (date) =>
    `انتهت المدة المتفق عليها في ${date}: يمكنك تحديد علاقة الإرشاد كمكتملة أو مواصلتها.`,

  'console.state.completed': (date) => `اكتملت في ${date}`,
  'console.state.ended': (date) => `أُنهيت مبكرًا في ${date}`,
  'console.state.declined': (date) => `رُفض في ${date}`,
  'console.state.withdrawn': (date) => `سُحب في ${date}`,
  'console.state.expired': (date) => `انتهت صلاحيته في ${date}`,
  'console.reason': (reason) => `السبب: ${reason}`,

  'console.action.accept': 'قبول',
  'console.action.decline': 'رفض',
  'console.action.save': 'حفظ لوقت لاحق',
  'console.action.withdraw': 'سحب',
  'console.action.complete': 'تحديد كمكتملة',
  'console.action.end': 'إنهاء مبكر',
  'console.busy': 'يُرجى الانتظار…',
  'console.done': 'تم.',
  'console.done.acceptMentee': (name) => `تم قبول الطلب. ${name} مسترشدك الآن.`,
  'console.done.acceptMentor': (name) => `تم قبول الطلب. ${name} مرشدك الآن.`,
  'console.done.decline': (name) => `تم رفض طلب ${name}.`,
  'console.done.save': (name) => `تم حفظ طلب ${name} لوقت لاحق.`,
  'console.done.withdraw': (name) => `تم سحب طلبك إلى ${name}.`,
  'console.done.complete': (name) => `تم تحديد علاقة الإرشاد مع ${name} كمكتملة.`,
  'console.done.end': (name) => `تم إنهاء علاقة الإرشاد مع ${name}.`,
  'console.done.feedback': 'شكرًا على تقييمك.',
  'console.mentorFull': 'لم تعد لديك أماكن شاغرة بصفة مرشد. يمكنك زيادة عدد الأماكن أو إنهاء علاقة إرشاد أولًا.',
  'console.menteeFull': 'لدى هذا المسترشد بالفعل العدد الأقصى من المرشدين الذي يسمح به البرنامج.',

  'console.confirm.decline': (name) => `رفض طلب ${name}؟`,
  'console.confirm.withdraw': (name) => `سحب طلبك إلى ${name}؟`,
  'console.confirm.complete': (name) => `تحديد علاقة الإرشاد مع ${name} كمكتملة؟`,
  'console.confirm.end': (name) => `إنهاء علاقة الإرشاد مع ${name} مبكرًا؟`,
  'console.explain.decline': 'سيُبلَّغ الطرف الآخر برفضك.',
  'console.explain.withdraw': 'سيُلغى الطلب وسيُبلَّغ الطرف الآخر بذلك.',
  'console.explain.complete': 'ستنتقل إلى علاقات الإرشاد السابقة، ويمكن لكلا الطرفين تقديم التقييم.',
  'console.explain.end': 'ستنتقل إلى علاقات الإرشاد السابقة. سيرى الطرف الآخر السبب.',
  'console.reasonOptional': 'السبب (اختياري)',
  'console.reasonRequired': 'السبب',
  'console.reasonMissing': 'يُرجى توضيح سبب إنهاء علاقة الإرشاد مبكرًا.',

  'console.feedback': (name) => `كيف كانت علاقة الإرشاد مع ${name}؟`,
  'console.rating': (n, f) => `${f.number(n)} – ${RATINGS[n - 1]}`,
  'console.ratingMissing': 'يُرجى اختيار تقييم من واحد إلى خمسة.',
  'console.comment': 'تعليق (اختياري)',
  'console.sendFeedback': 'إرسال التقييم',
  'console.thanks': 'شكرًا على تقييمك',

  // <mentor-availability-toggle>
  'console.report': 'الإبلاغ عن مشكلة',
  'console.workspace': 'مساحة العمل',
  'console.legacy': 'أرشيف',
  'console.followUp': 'متابعة',
  'console.reports': 'بلاغاتي إلى مكتب البرنامج',
  'concern.title': (name) => `الإبلاغ عن مشكلة: علاقة الإرشاد مع ${name}`,
  'concern.explain': 'لا يطّلع على البلاغ إلا مكتب البرنامج، ويأتي الرد هنا مع إشعار عبر البريد الإلكتروني.',
  'concern.text': 'ما المشكلة؟',
  'concern.missing': 'يُرجى وصف المشكلة.',
  'concern.send': 'إرسال إلى مكتب البرنامج',
  'concern.sent': 'وصل البلاغ إلى مكتب البرنامج.',
  'concern.loading': 'جارٍ تحميل البلاغات…',
  'concern.none': 'لا توجد بلاغات عن أي مشكلة.',
  'concern.about': (name, date) => `بشأن علاقة الإرشاد مع ${name}، ${date}`,
  'concern.status.new': 'مُرسَل',
  'concern.status.in-progress': 'قيد الدراسة',
  'concern.status.resolved': 'تمت المعالجة',
  'concern.reply': (date, text) => `مكتب البرنامج، ${date}: ${text}`,
  'conduct.title': 'مدونة السلوك الخاصة بالبرنامج',
  'conduct.explain': (version) => `يُرجى قراءة مدونة السلوك (الإصدار ${version}) وقبولها قبل الطلب التالي.`,
  'conduct.read': 'قراءة مدونة السلوك',
  'conduct.accept': 'أقبل مدونة السلوك',
  'conduct.accepted': 'شكرًا: تم قبول مدونة السلوك.',
  'availability.title': 'التوفر',
  'availability.switch': 'إيقاف مشاركتي مؤقتًا',
  'availability.participating': 'مشاركتك فعّالة: يمكن للأعضاء العثور عليك وإرسال الطلبات إليك.',
  'availability.pausedUntil': (date) => `مشاركتك متوقفة حتى ${date}.`,
  'availability.pausedOpen': 'مشاركتك متوقفة إلى أن تستأنفها.',
  'availability.effect': (paused, active, f) =>
    (paused
      ? 'لا تظهر في نتائج البحث ولا تصلك طلبات جديدة'
      : 'عند إيقاف المشاركة، لن تظهر في نتائج البحث ولن تصلك طلبات جديدة') +
    f.plural(active, {
      '=0': '.',
      one: '، وتستمر علاقة الإرشاد النشطة لديك.',
      two: '، وتستمر علاقتا الإرشاد النشطتان لديك.',
      other: '، وتستمر علاقات الإرشاد النشطة لديك (#).',
    }),
  'availability.awaiting': (n, f) =>
    f.plural(n, {
      one: 'لا يزال بإمكانك الرد على الطلب الذي ينتظرك.',
      two: 'لا يزال بإمكانك الرد على الطلبين اللذين ينتظرانك.',
      other: 'لا يزال بإمكانك الرد على الطلبات التي تنتظرك (#).',
    }),
  'availability.returnDate': 'تاريخ العودة (اختياري)',
  'availability.datePast': 'يُرجى اختيار تاريخ اليوم أو تاريخ لاحق، أو ترك الحقل فارغًا.',
  'availability.dateBad': 'يُرجى إدخال تاريخ كامل، أو ترك الحقل فارغًا.',
  'availability.capacity': 'عدد المسترشدين الذين تقبلهم',
  'availability.active': (n, f) => `النشطون حاليًا: ${f.number(n)}`,
  'availability.capacityBad': (max, f) => `يُرجى إدخال عدد صحيح من ${f.number(1)} إلى ${f.number(max)}.`,
  'availability.full': 'جميع أماكنك مشغولة: لا يمكن للمسترشدين إرسال طلبات إليك حتى يتوفر مكان.',
  'availability.saving': 'جارٍ الحفظ…',
  'availability.nowPaused': 'أُوقفت مشاركتك مؤقتًا.',
  'availability.welcomeBack': 'مرحبًا بعودتك! مشاركتك فعّالة من جديد.',
  'availability.saved': 'تم حفظ حالة التوفر.',
  'availability.notSaved': (why) => `لم يُحفظ التغيير. ${why}`,
  'availability.enrol': 'يُرجى التسجيل في برنامج الإرشاد لتحديد حالة التوفر.',

  // <mentor-enrollment>
  'enrollment.title': 'التسجيل في برنامج الإرشاد',
  'enrollment.editTitle': 'ملفك في برنامج الإرشاد',

  'enrollment.roles': 'أدوارك',
  'enrollment.role.mentor': 'أرغب في تقديم الإرشاد',
  'enrollment.role.mentee': 'أرغب في تلقّي الإرشاد',

  'enrollment.profile': 'ملفك الشخصي',
  'enrollment.profile.name': 'الاسم',
  'enrollment.profile.headline': 'العنوان التعريفي',
  'enrollment.profile.headline.hint': 'سطر واحد، مثل منصبك وجهة عملك.',
  'enrollment.profile.bio': 'نبذة عنك',
  'enrollment.profile.photoUrl': 'عنوان الصورة (اختياري)',
  'enrollment.profile.photoUrl.hint': `رابط إلى صورة لك يبدأ بـ${ltr('https://')}`,
  'enrollment.profile.email': 'البريد الإلكتروني',
  'enrollment.profile.phone': 'الهاتف (اختياري)',
  'enrollment.profile.industry': 'القطاع',
  'enrollment.profile.careerStage': 'المرحلة المهنية',
  'enrollment.profile.country': 'البلد',
  'enrollment.profile.city': 'المدينة',
  'enrollment.profile.timeZone': 'المنطقة الزمنية',
  'enrollment.profile.languages': 'اللغات التي تتحدثها',
  'enrollment.profile.textLanguage': 'لغة نصوص ملفك الشخصي',
  'enrollment.profile.links': 'روابط',
  'enrollment.profile.links.hint': 'حتى خمسة عناوين ويب، مثل ملف مهني أو منشوراتك.',
  'enrollment.link': (n, f) => `الرابط ${f.number(n)}`,
  'enrollment.notSpecified': 'غير محدد',
  'enrollment.noneChosen': 'لم يُحدَّد شيء',

  'enrollment.mentor': 'تفضيلات الإرشاد',
  'enrollment.mentor.topics': 'الموضوعات التي يمكنك الإرشاد فيها',
  'enrollment.mentor.meetingModes': 'طرق لقاء المسترشدين',
  'enrollment.mentor.statement': 'ما تقدّمه في الإرشاد',
  'enrollment.mentee': 'تفضيلات الاسترشاد',
  'enrollment.mentee.topics': 'الموضوعات التي تحتاج إلى إرشاد فيها',
  'enrollment.mentee.meetingModes': 'طرق لقاء المرشدين',
  'enrollment.mentee.statement': 'ما تأمل تحقيقه',

  'enrollment.visibility': 'من يرى ماذا',
  'enrollment.visibility.note': 'لا يظهر بريدك الإلكتروني ورقم هاتفك إلا للطرف الآخر في علاقة إرشاد مقبولة.',
  'enrollment.visibility.photo': 'الصورة',
  'enrollment.visibility.headline': 'العنوان التعريفي',
  'enrollment.visibility.bio': 'نبذة عنك',
  'enrollment.visibility.industry': 'القطاع',
  'enrollment.visibility.careerStage': 'المرحلة المهنية',
  'enrollment.visibility.location': 'البلد والمدينة',
  'enrollment.visibility.timeZone': 'المنطقة الزمنية',
  'enrollment.visibility.languages': 'اللغات',
  'enrollment.visibility.links': 'روابط',
  'enrollment.level.members': 'جميع الأعضاء',
  'enrollment.level.partners': 'شركائي في الإرشاد فقط',

  'enrollment.conduct': 'مدونة السلوك',
  'enrollment.conduct.read': 'قراءة مدونة السلوك (تُفتح في علامة تبويب جديدة)',
  'enrollment.conduct.accept': 'أوافق على مدونة السلوك',
  'enrollment.conduct.accepted': (date) => `وافقت على مدونة السلوك في ${date}.`,

  'enrollment.save': 'حفظ',
  'enrollment.saving': 'جارٍ الحفظ…',
  'enrollment.discard': 'تجاهل التغييرات',
  'enrollment.saved': 'تم حفظ ملفك في برنامج الإرشاد',

  'enrollment.summary': (n, f) =>
    f.plural(n, {
      one: 'توجد مشكلة واحدة يجب إصلاحها',
      two: 'توجد مشكلتان يجب إصلاحهما',
      few: 'توجد # مشكلات يجب إصلاحها',
      many: 'توجد # مشكلةً يجب إصلاحها',
      other: 'توجد # مشكلة يجب إصلاحها',
    }),
  'enrollment.error.roles': 'يُرجى اختيار دور واحد على الأقل: مرشد أو مسترشد أو كلاهما.',
  'enrollment.error.profile.name': 'يُرجى إدخال اسمك.',
  'enrollment.error.profile.email': `يُرجى إدخال عنوان بريد إلكتروني، مثل ${ltr('name@example.org')}.`,
  'enrollment.error.profile.photoUrl': `يُرجى إدخال عنوان يبدأ بـ${ltr('https://')}، أو ترك الحقل فارغًا.`,
  'enrollment.error.profile.phone': 'يُرجى إدخال رقم هاتف، أو ترك الحقل فارغًا.',
  'enrollment.error.profile.timeZone': 'يُرجى اختيار منطقتك الزمنية.',
  'enrollment.error.profile.links': `يُرجى إدخال عنوان يبدأ بـ${ltr('https://')}، أو ترك الحقل فارغًا.`,
  'enrollment.error.mentor.topics': 'يُرجى اختيار موضوع واحد على الأقل يمكنك الإرشاد فيه.',
  'enrollment.error.mentor.meetingModes': 'يُرجى اختيار طريقة واحدة على الأقل للقاء المسترشدين.',
  'enrollment.error.mentee.topics': 'يُرجى اختيار موضوع واحد على الأقل تحتاج إلى إرشاد فيه.',
  'enrollment.error.mentee.meetingModes': 'يُرجى اختيار طريقة واحدة على الأقل للقاء المرشدين.',
  'enrollment.error.acceptCodeOfConduct': 'يُرجى الموافقة على مدونة السلوك للمشاركة.',
  'enrollment.error.max': (n, f) => `يُرجى اختيار ${f.number(n)} كحد أقصى.`,
  'enrollment.error.photoOrigins': (origins) => `لا يمكن أن تأتي الصور إلا من ${origins}. استخدم صورة من هناك أو اترك هذا الحقل فارغًا.`,
  'enrollment.error.noPhotoOrigins': 'لا يقبل هذا البرنامج عناوين الصور. اترك هذا الحقل فارغًا.',
  'enrollment.error.check': (label) => `يُرجى مراجعة «${label}».`,
  'enrollment.error.leave.mentor':
    'لا تزال لديك علاقات إرشاد مفتوحة أو نشطة بصفة مرشد. يُرجى إكمالها أو رفضها أو سحبها قبل التوقف عن تقديم الإرشاد.',
  'enrollment.error.leave.mentee':
    'لا تزال لديك علاقات إرشاد مفتوحة أو نشطة بصفة مسترشد. يُرجى إكمالها أو سحبها قبل التوقف عن تلقّي الإرشاد.',
};
