import type { Messages } from './messages.js';

/**
 * "N events" in Arabic: one, two, 3-10 (plural), 11-99 (singular, accusative), 100 and up
 * (singular): CLDR's one, two, few, many and other. Sentences that would need the count to
 * agree in case say it after the noun instead ("الأحداث المعروضة: 5 من 10").
 */
function events(n: number): string {
  const r = n % 100;
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  return `${n} ${r >= 3 && r <= 10 ? 'أحداث' : r >= 11 ? 'حدثًا' : 'حدث'}`;
}

/** The element's own words in Arabic; loaded on demand (parts/words.ts) when the locale is Arabic. */
export const ar: Messages = {
  timeline: 'خط زمني',
  loading: 'جارٍ تحميل الأحداث…',
  empty: 'لا توجد أحداث لعرضها.',
  details: 'تفاصيل الحدث',
  close: 'إغلاق التفاصيل',
  sources: 'المصادر',
  place: 'المكان',
  group: 'المجموعة',
  zoomControls: 'التكبير والتصغير',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض كل الأحداث',
  selected: (what) => `المحدد: ${what}`,
  cluster: (n, range) => (n === 1 ? `حدث آخر، ${range}` : `أحداث أخرى: ${n}، ${range}`),
  clusterList: (n, range) => `${events(n)}، ${range}`,
  andMore: (n) => `و${n} غيرها`,
  skipped: (n) => (n === 1 ? 'تم تخطي الحدث التالي:' : `تم تخطي الأحداث التالية (${n}):`),
  incomplete: (n) => (n === 1 ? 'يُعرض الحدث التالي دون جزء من بياناته:' : `تُعرض الأحداث التالية (${n}) دون جزء من بياناتها:`),
  credit: 'حقوق الصورة',
  leftOut: 'تم حذف بعض الفترات والتواريخ:',
  problem: (i, id, m) => (i < 0 ? m : `الحدث ${i + 1}${id ? ` («${id}»)` : ''}: ${m}`),
  loadFailed: (r) => `تعذر تحميل الأحداث. ${r}`,
  copyLink: 'نسخ الرابط',
  periods: 'الفترات والتواريخ',
  today: 'اليوم',
  legend: 'المجموعات',
  search: 'البحث في الأحداث',
  shownOf: (shown, total) => `الأحداث المعروضة: ${shown} من ${total}`,
  added: (n) => (n === 1 ? 'حدث جديد' : `أحداث جديدة: ${n}`),
  showing: (range) => `المعروض: ${range}`,
  linkCopied: 'تم نسخ الرابط.',
  linkNotCopied: (link) => `تعذر نسخ الرابط: ${link}`,
  download: (type) => `تنزيل بصيغة ${type}`,
};
