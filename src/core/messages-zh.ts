import type { Messages } from './messages.js';

/**
 * The element's own words in Chinese, in simplified characters (no plural forms: a count takes
 * the measure word 个); loaded on demand (parts/words.ts) when the locale is Chinese and not
 * written in traditional characters (messages-zh-hant.ts).
 */
export const zh: Messages = {
  timeline: '时间线',
  loading: '正在加载事件…',
  empty: '没有可显示的事件。',
  details: '事件详情',
  close: '关闭详情',
  sources: '来源',
  place: '地点',
  group: '分组',
  zoomControls: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示所有事件',
  selected: (what) => `已选择：${what}`,
  cluster: (n, range) => `另外${n}个事件，${range}`,
  clusterList: (n, range) => `${n}个事件，${range}`,
  andMore: (n) => `另外${n}个`,
  skipped: (n) => `已跳过${n}个事件：`,
  incomplete: (n) => `${n}个事件已显示，但缺少部分数据：`,
  credit: '图片来源',
  leftOut: '部分时期和日期已省略：',
  problem: (i, id, m) => (i < 0 ? m : `事件${i + 1}${id ? `（“${id}”）` : ''}：${m}`),
  loadFailed: (r) => `无法加载事件。${r}`,
  copyLink: '复制链接',
  periods: '时期和日期',
  today: '今天',
  legend: '分组',
  search: '搜索事件',
  shownOf: (shown, total) => `${total}个事件中的${shown}个`,
  added: (n) => `${n}个新事件`,
  showing: (range) => `正在显示：${range}`,
  linkCopied: '链接已复制。',
  linkNotCopied: (link) => `无法复制链接：${link}`,
  download: (type) => `下载为${type}`,
};
