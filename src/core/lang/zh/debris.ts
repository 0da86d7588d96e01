/**
 * What a scraped news page leaves around the report: share and font buttons, comment counters,
 * image markers, and the byline of reporters, editors, photographers and sources. Debris lines
 * are not passages; bylines name people with the role `reporter` (a 来源 names an organisation).
 */
import { longestFirst } from './match';
import { bothScripts } from './script';

/** Words that make up a page-debris line on their own (字体大小, 分享到, 评论 …). */
const DEBRIS_WORDS = [
  '字体大小', '字体', '字号', '大', '中', '小', '分享到', '分享', '评论', '打印', '收藏', '关闭', '关闭窗口', '返回', '返回顶部', '顶部', '点赞', '转发',
  '阅读', '阅读量', '浏览', '浏览次数', '次', '微信', '微博', '朋友圈', 'QQ空间', '扫一扫', '二维码', '上一篇', '下一篇', '相关阅读', '相关新闻', '推荐阅读',
  '发布时间', '发布日期', '时间', '日期', '作者', '点击', '次数', '人', '已有', '参与', '我要评论', '举报', '【', '】', '打印本页', '纠错', '责任编辑', '编辑',
];

/** Byline markers that name the people who made the report (they are not speakers). */
const REPORTER_MARKERS = ['本报记者', '特约记者', '见习记者', '记者', '通讯员', '特约通讯员', '实习生', '责任编辑', '责编', '编辑', '摄影', '摄像', '图片', '撰文', '文字', '图文', '文图', '文', '图', '审核', '审校', '校对', '初审', '复审', '终审', '监制', '制作', '作者', '供稿', '整理', '采写',
  // minutes: 记录人：唐某; 记录：唐某
  '记录人', '记录'];
/** Byline markers that name an organisation (source, publisher), never a person. */
const SOURCE_MARKERS = ['来源', '稿件来源', '信息来源', '出处', '转载自', '供图'];

/** Debris words, both scripts. */
export const DEBRIS_WORD_SET: ReadonlySet<string> = bothScripts(DEBRIS_WORDS);
/** Reporter markers, both scripts, longest first. */
export const REPORTER_MARKER_LIST: readonly string[] = longestFirst(bothScripts(REPORTER_MARKERS));
/** Source markers, both scripts, longest first. */
export const SOURCE_MARKER_LIST: readonly string[] = longestFirst(bothScripts(SOURCE_MARKERS));

/** An image marker in a line: (图1), （圖2）, [图], 图为…. */
export const IMAGE_MARKER = /[（(［[]\s*[图圖]\s*\d*\s*[）)］\]]/;

/** A photo or report credit right after a name (张某摄, 李某报道, 王某拍摄), both scripts' 报道. */
export const CREDIT_WORDS: readonly string[] = ['报道', '報導', '报导', '拍摄', '摄'];

/** What ends a credit line's text (图片由某某提供, 某某摄, 某某报道): unlike CREDIT_WORDS it holds 提供 and not 報導. */
export const CREDIT_LINE_ENDINGS: readonly string[] = ['提供', '摄', '拍摄', '报道', '报导'];

/** Labels of a page's publication lines besides the byline and source markers (发布时间：…, 作者：…). */
export const PAGE_META_LABELS: readonly string[] = ['发布时间', '发布日期', '作者'];
