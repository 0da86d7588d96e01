/**
 * Generators for the fuzz suite: random Unicode, CJK-heavy strings, and report-like text built
 * from the pieces real Chinese meeting reports are made of (photo captions, speech verbs and
 * their commas, “…” and 「」 quotes, ## headings, front matter, block quotes, panel turns),
 * mixed with what breaks parsers: every line ending (\n, \r\n, lone \r), NUL and control
 * characters, lone surrogates, and the names on Object.prototype.
 */
import fc from 'fast-check';

/** constructor, toString, __proto__, hasOwnProperty, … */
export const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const PUNCT = ['，', '。', '！', '？', '、', '：', '；', '“', '”', '「', '」', '（', '）', '…', '——', '·', '《', '》'];
const BREAKS = ['\n', '\r\n', '\r'];
const NASTY = ['\0', '\uD800', '\uDFFF', '\uFEFF', '\u200B', '\u2028', '\t', '\x1b[31m', '\uFFFD', '𠮷', '🙂', 'é', 'ﬁ'];
const NAMES = ['谢桦', '黄虹', '王力华', '张明', '李华', '王芳', '赵伟', '钱芳', '欧阳', '司马相如', '王主任', '他', '她'];
const TITLES = ['信息中心主任', '副院长', '首席技术官', '总监', '信息科科长', '主持人'];
const ORGS = ['上海华山医院', '某某大学附属医院', '中国电信', '戴尔', '温医一院', '某某市人民医院'];
const VERBS = ['表示', '说道', '指出', '强调', '认为', '介绍', '分享到', '谈到', '称', '介绍到', '这样说道'];
const WORDS = ['混合云', '云计算', '私有云', '公有云', '容灾', '数据安全', '基因测序', '人工智能', '三云三服务', '1700+', '30多个省市', '2017年4月22日', 'hybrid cloud', 'AI'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Any code points, lone surrogates and control characters included. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'large' }),
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), pick(NASTY), pick(BREAKS)), { maxLength: 60, size: 'large' }).map((xs) => xs.join('')),
);

/** Mostly Han characters with Chinese punctuation and line breaks. */
export const cjkText = fc.array(fc.oneof(
  { weight: 8, arbitrary: cjk },
  { weight: 2, arbitrary: pick(PUNCT) },
  { weight: 1, arbitrary: pick(BREAKS) },
  { weight: 1, arbitrary: pick(WORDS) },
), { maxLength: 400, size: 'large' }).map((xs) => xs.join(''));

const name = fc.oneof({ weight: 5, arbitrary: pick(NAMES) }, { weight: 1, arbitrary: pick(PROTO_NAMES) }, { weight: 1, arbitrary: fc.string({ unit: cjk, minLength: 1, maxLength: 4 }) });
const phrase = fc.array(fc.oneof({ weight: 4, arbitrary: cjk }, { weight: 2, arbitrary: pick(WORDS) }, { weight: 1, arbitrary: pick(PUNCT) }, { weight: 1, arbitrary: pick(NASTY) }, { weight: 1, arbitrary: pick(PROTO_NAMES) }), { maxLength: 40, size: 'medium' }).map((xs) => xs.join(''));
const caption = fc.tuple(pick(ORGS), pick(TITLES), fc.constantFrom(' ', '  ', ''), name).map(([o, t, sp, n]) => `${o}${t}${sp}${n}`);
const quoted = fc.tuple(phrase, fc.constantFrom(['“', '”'], ['「', '」'], ['“', ''], ['', '”'], ['“““', '”']), fc.nat(3)).map(([p, [open, close], depth]) => open.repeat(depth + 1) + p + close.repeat(depth + 1));
const speech = fc.tuple(name, pick(VERBS), fc.constantFrom('：', '，', '', ':'), fc.oneof(quoted, phrase)).map(([n, v, c, q]) => `${n}${v}${c}${q}`);

/** One line of a transcript in any of the three formats, or of something that only looks like one. */
const line = fc.oneof(
  caption.chain((c) => speech.map((s) => `${c}${s}`)),
  fc.tuple(fc.constant('主持人：'), caption, speech).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('## ', '##', '# ', '### '), name, fc.constantFrom('｜', '|', ''), pick(TITLES), fc.constantFrom('，', ',', ''), pick(ORGS)).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('## 圆桌', '## 主持人：', '## 开幕致辞', '## ｜主任，某医院'), fc.constantFrom('', '｜谢桦、黄虹', '（主持人）')).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('> ', '**', ''), name, fc.constantFrom('**：', '：', ''), phrase).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('title', 'date', 'venue', 'city', 'organisers', 'language', 'publisher', ...PROTO_NAMES), fc.constantFrom(': ', ':', '：'), fc.oneof(phrase, fc.constantFrom('2024-05-18', '2024年5月18日', '[a, b]', '- a', '2024-13-45'))).map((xs) => xs.join('')),
  fc.constantFrom('---', '#', '', '   '),
  // turns of interviews and press conferences: name + 答 + aside, a post before the name, who asks, a speech given in full, padded guest rows, a header's venue
  fc.tuple(name, fc.constantFrom('答', '回答', ''), fc.constantFrom('（以下简称', '(以下簡稱', '（', ''), fc.string({ unit: cjk, maxLength: 3 }), fc.constantFrom('）', ')', ''), fc.constantFrom('：', ':', ''), phrase).map((xs) => xs.join('')),
  fc.tuple(caption, fc.constantFrom('：', ':', ''), fc.constantFrom('', '谢谢。', '\n')).map((xs) => xs.join('')),
  fc.constantFrom('新华社记者：', '记者', '问：', '本刊问（以下简称问）：', '顾问：', '主持人', '嘉  宾：', '地  点：某会堂', '会场:', '以下是局长王明今日的发言全文：', '以下为', '各位媒体朋友：'),
  fc.tuple(fc.constantFrom('', '嘉  宾：', '        '), fc.constantFrom('许  伟', '王 明', '张　三', '李'), fc.constantFrom('   ', ' ', ''), caption).map((xs) => xs.join('')),
  // minutes and Q/A interviews: header fields with posts in brackets, the meeting's decisions and their items, unnamed answers, a column bar, lists closed by 等, keyword tags
  fc.tuple(fc.constantFrom('主持人：', '出席人：', '记录人：', '列 席 人:', ''), name, fc.constantFrom('（', '(', ''), pick(TITLES), fc.constantFrom('）', ')', ''), fc.constantFrom('、', '')).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('会议决定：', '会议指出，', '大会还强调', '一、', '（二）', '3.', '①'), phrase).map((xs) => xs.join('')),
  fc.tuple(fc.constantFrom('Q：', 'A：', '答：', 'A:', '专访｜'), phrase).map((xs) => xs.join('')),
  fc.tuple(name, fc.constantFrom('、', '和'), name, fc.constantFrom('等院领导', '等10余位', '等', '常强调，'), phrase).map((xs) => xs.join('')),
  fc.tuple(pick(ORGS), pick(TITLES), fc.constantFrom('、原', '、前任', '、'), pick(ORGS), pick(TITLES), name).map((xs) => xs.join('')),
  fc.constantFrom('信息化', '院长', '工作', '（图文：王明　审核：李强）'),
  // government transcripts and Hong Kong news: heads that are only a post or a name and a title, the surname alone before a verb
  fc.tuple(fc.constantFrom('卫生局局长：', '衞生局局長:', '行政總裁︰', '王力华医生：', '记者：', '王表示，', '王又指，', '黄', '本月', '行政长官林郑月娥', '各位院长：', ''), phrase).map((xs) => xs.join('')),
  // press conferences: a host's label in a chain, journalists quoted, manner phrases before the verb, credits glued to captions
  fc.tuple(fc.constantFrom('', '新闻发布会', '央视', '本次论坛'), fc.constantFrom('主持人', '主持嘉宾', '记者', '主任记者', '晚报记者'), name, fc.constantFrom('开门见山地', '笑着', '先是言辞坚定地', '激动', '地', ''), fc.constantFrom('宣布：', '声明：', '笑称，', '摄', '报道', ''), phrase).map((xs) => xs.join('')),
  speech,
  phrase,
);

/** Report-like text: lines from the pieces above, joined by any mix of line endings, sometimes opened by front matter or a BOM. */
export const reportLike = fc.tuple(
  fc.constantFrom('', '\uFEFF', '---\ntitle: 论坛\ndate: 2019-09-14\n---\n', '---\r\ntitle: x\r\n', '2019智慧医院建设研讨会\n'),
  fc.array(fc.tuple(line, pick(BREAKS)), { maxLength: 40, size: 'large' }),
).map(([head, lines]) => head + lines.map(([l, br]) => l + br).join(''));

/** Queries and questions: short, CJK, English, Object.prototype names, operators, huge. */
export const query = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(cjk, pick(WORDS), pick(PUNCT), pick(NAMES)), { maxLength: 12 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: pick(PROTO_NAMES) },
  { weight: 1, arbitrary: fc.tuple(pick(['谁', '什么', '多少', '哪里', '几', '为什么', '哪家']), pick(WORDS), fc.constantFrom('？', '?', '')).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('*', '"', 'AND', 'OR', '-', '~', '^', '\\', '(', ')', ' ', '\0', '\uD800'), { maxLength: 10 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(pick(WORDS), fc.integer({ min: 100, max: 3000 })).map(([w, n]) => w.repeat(n)) },
);

/** Questions: the query shapes, plus question frames around names and Object.prototype names. */
export const question = fc.oneof(
  { weight: 3, arbitrary: query },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('谁提出了', '', '哪位'), fc.oneof(pick(WORDS), pick(PROTO_NAMES), phrase), fc.constantFrom('？', '是什么？', '了什么', '有几方？', '从哪里起航？', '最初是什么？')).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(pick(NAMES), fc.constantFrom('说了什么？', '在哪家医院工作？', '的职务是什么？', '提到了多少家医疗机构？', '是谁？', '要求什么？', '在哪里工作？')).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('谁是', '记录人', '出席人有哪些', ''), fc.oneof(pick(NAMES), pick(PROTO_NAMES), phrase), fc.constantFrom('是谁？', '？', '')).map((xs) => xs.join('')) },
);
