/**
 * The parts of the element loaded on demand (element/parts/, support/on-demand.ts), one loader
 * each: every user of a part names the same loader, so that a page loads each part once.
 */
export const loadDetails = () => import('../parts/details.js');
export const loadFilters = () => import('../parts/filters.js');
export const loadBackdrop = () => import('../parts/backdrop.js');
export const loadArticle = () => import('../parts/article.js');
export const loadMotion = () => import('../parts/motion.js');
export const loadHash = () => import('../parts/hash.js');
export const loadWords = () => import('../parts/words.js');
export const loadDates = () => import('../parts/dates.js');

export type DetailsPart = Awaited<ReturnType<typeof loadDetails>>;
export type FiltersPart = Awaited<ReturnType<typeof loadFilters>>;
export type BackdropPart = Awaited<ReturnType<typeof loadBackdrop>>;
export type ArticlePart = Awaited<ReturnType<typeof loadArticle>>;
export type MotionPart = Awaited<ReturnType<typeof loadMotion>>;
export type HashPart = Awaited<ReturnType<typeof loadHash>>;
export type WordsPart = Awaited<ReturnType<typeof loadWords>>;
export type DatesPart = Awaited<ReturnType<typeof loadDates>>;
