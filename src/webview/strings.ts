/**
 * The sidebar's own words, in English and Simplified Chinese. The host tells the
 * webview the UI language in its `init` message; until then English is used.
 */
import { store } from './app/store';

const en = {
  placeholder: 'Search the summit or ask a question',
  searchLabel: 'Search the summit transcript',
  filter: 'Filters',
  clear: 'Clear',
  anySpeaker: 'Filter by speaker',
  anyTopic: 'Filter by topic',
  speakerOption: 'Speaker…',
  topicOption: 'Topic…',
  removeFilter: 'Remove filter {0}',
  quotes: 'Quotes',
  statements: 'Statements',
  passages: 'Passages',
  speakers: 'Speakers',
  topics: 'Topics',
  noResults: 'No results for “{0}”.',
  noResultsHint: 'Try fewer words, another spelling, or remove a filter.',
  resultCount: '{0} results',
  oneResult: '1 result',
  searching: 'Searching…',
  loading: 'Loading the transcript…',
  answer: 'Answer',
  notInRecord: 'Not in the record',
  notInRecordHint: 'The transcript does not answer this question. The closest passages follow.',
  confidence: 'Confidence {0}%',
  evidence: 'Evidence',
  alternatives: 'Other candidates',
  open: 'Open at location (Enter)',
  copy: 'Copy citation (C)',
  insert: 'Insert citation at cursor (I)',
  speakerCard: 'Show speaker card (S)',
  back: 'Back to results',
  quoteCount: '{0} quotes',
  oneQuote: '1 quote',
  aliases: 'Also called',
  roleSpeaker: 'Speaker',
  roleHost: 'Host',
  rolePanelist: 'Panelist',
  roleMentioned: 'Mentioned',
  roleReporter: 'Reporter',
  topicPassages: '{0} passages tagged with this topic',
  browse: 'Browse the summit',
  emptyHint: 'Type a word such as 混合云, or a question such as 谁提出了“三云三服务”？',
  results: 'Results',
  error: 'Something went wrong: {0}',
  partial: 'Not every word matched',
  line: 'Line {0}',
  queryTruncated: 'only the first {0} characters were searched',
  thinking: 'Looking for the answer…',
  keyResults: 'results',
  keyOpen: 'open',
  keyInsert: 'insert citation',
  keyCopy: 'copy citation',
  keySpeaker: 'speaker card',
  keyBack: 'back to the box',
  unreadable: 'the extension sent a message the sidebar cannot read (see the Summit Search log)',
};

export type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
  placeholder: '搜索峰会内容或提问',
  searchLabel: '搜索峰会记录',
  filter: '筛选',
  clear: '清除',
  anySpeaker: '按发言人筛选',
  anyTopic: '按主题筛选',
  speakerOption: '发言人…',
  topicOption: '主题…',
  removeFilter: '移除筛选 {0}',
  quotes: '引语',
  statements: '表态',
  passages: '段落',
  speakers: '发言人',
  topics: '主题',
  noResults: '没有找到“{0}”。',
  noResultsHint: '试试更少的词、其他写法，或移除筛选条件。',
  resultCount: '{0} 条结果',
  oneResult: '1 条结果',
  searching: '正在搜索…',
  loading: '正在加载记录…',
  answer: '答案',
  notInRecord: '记录中没有答案',
  notInRecordHint: '峰会记录没有回答这个问题。以下是最接近的段落。',
  confidence: '置信度 {0}%',
  evidence: '依据',
  alternatives: '其他候选',
  open: '在原文中打开 (Enter)',
  copy: '复制引用 (C)',
  insert: '在光标处插入引用 (I)',
  speakerCard: '查看发言人名片 (S)',
  back: '返回结果',
  quoteCount: '{0} 条引语',
  oneQuote: '1 条引语',
  aliases: '又称',
  roleSpeaker: '演讲嘉宾',
  roleHost: '主持人',
  rolePanelist: '圆桌嘉宾',
  roleMentioned: '提及',
  roleReporter: '记者/编辑',
  topicPassages: '{0} 个段落标注了此主题',
  browse: '浏览峰会',
  emptyHint: '输入词语，如 混合云；或提问，如 谁提出了“三云三服务”？',
  results: '结果',
  error: '出错了：{0}',
  partial: '并非所有词都匹配',
  line: '第 {0} 行',
  queryTruncated: '只搜索了前 {0} 个字符',
  thinking: '正在查找答案…',
  keyResults: '结果',
  keyOpen: '打开',
  keyInsert: '插入引用',
  keyCopy: '复制引用',
  keySpeaker: '发言人名片',
  keyBack: '回到搜索框',
  unreadable: '扩展发来的消息无法读取（详见 Summit Search 日志）',
};

/** Chooses the table for a VS Code language id (zh-cn, zh-tw, en, …). */
export function setLanguage(language: string): void {
  store.lang = /^zh/i.test(language) ? 'zh' : 'en';
}

/** True when the UI is Chinese (topic labels then use their zh form). */
export function isChinese(): boolean {
  return store.lang === 'zh';
}

/** The string for `key` with {0}, {1}, … replaced by `args`. */
export function t(key: StringKey, ...args: Array<string | number>): string {
  return (store.lang === 'zh' ? zh : en)[key].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
