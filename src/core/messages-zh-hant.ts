import type { Messages } from './messages.js';

/**
 * The element's own words in Chinese, in traditional characters as Taiwan writes them (no plural
 * forms: a count takes the measure word 個); loaded on demand (parts/words.ts) for zh-Hant and
 * for Taiwan's, Hong Kong's and Macao's Chinese.
 */
export const zhHant: Messages = {
  timeline: '時間軸',
  loading: '正在載入事件…',
  empty: '沒有可顯示的事件。',
  details: '事件詳細資料',
  close: '關閉詳細資料',
  sources: '來源',
  place: '地點',
  group: '群組',
  zoomControls: '縮放',
  zoomIn: '放大',
  zoomOut: '縮小',
  fit: '顯示所有事件',
  selected: (what) => `已選取：${what}`,
  cluster: (n, range) => `另外${n}個事件，${range}`,
  clusterList: (n, range) => `${n}個事件，${range}`,
  andMore: (n) => `另外${n}個`,
  skipped: (n) => `已略過${n}個事件：`,
  incomplete: (n) => `${n}個事件已顯示，但缺少部分資料：`,
  credit: '圖片來源',
  leftOut: '部分時期和日期已省略：',
  problem: (i, id, m) => (i < 0 ? m : `事件${i + 1}${id ? `（「${id}」）` : ''}：${m}`),
  loadFailed: (r) => `無法載入事件。${r}`,
  copyLink: '複製連結',
  periods: '時期和日期',
  today: '今天',
  legend: '群組',
  search: '搜尋事件',
  shownOf: (shown, total) => `${total}個事件中的${shown}個`,
  added: (n) => `${n}個新事件`,
  showing: (range) => `正在顯示：${range}`,
  linkCopied: '已複製連結。',
  linkNotCopied: (link) => `無法複製連結：${link}`,
  download: (type) => `下載為${type}`,
};
