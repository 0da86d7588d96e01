/**
 * Property test over generated reports: random people (surname + given-name characters), titles,
 * organisations and layouts (title+name statements, 据…介绍, captions on their own line, quotes,
 * 、-lists of guests, bylines), in Simplified or Traditional. Every person, quote and statement the
 * parser finds slices its text exactly, and every generated person is found.
 */
import * as assert from 'node:assert';
import fc from 'fast-check';
import { parseTranscript } from '../../../src/core/corpus/parseTranscript';
import { traditionalVariants } from '../../../src/core/lang/zh';

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾毛郝龚邵钱严覃戴莫孔汤訾禚隗宓羿仝郜佘冼'].concat(['欧阳', '司马', '诸葛']);
const GIVEN = [...'明华建军芳丽伟敏静磊洋勇艳杰娟涛超秀霞刚桂英红玉兰峰波宇浩晨欣怡嘉琪轩雨梓睿博思远鹏燕凯瑞婷颖琳慧宏亮晓丹晶'];
const PLACES = ['北京市', '浙江省', '长沙市', '四川省', '广州市', '江苏省'];
const KINDS = ['人民医院', '卫生健康委员会', '医院协会', '大学附属第一医院', '数智科技有限公司', '医学会'];
const TITLES = ['院长', '副院长', '信息中心主任', '信息科科长', '秘书长', '主任委员', '首席信息官', '总经理', '常务副主任'];
const CONTENT = ['数据要先通起来，再谈智能', '医院上云之后，容灾演练成了常态', '区域平台已经覆盖所有地市', '互联网医院的复诊量持续增长', '基层的网络安全仍是短板'];

interface Person { name: string; org: string; title: string }

const person = fc.record({
  surname: fc.constantFrom(...SURNAMES),
  given: fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }).map((a) => a.join('')),
  org: fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...KINDS)).map(([p, k]) => p + k),
  title: fc.constantFrom(...TITLES),
}).map((r): Person => ({ name: r.surname + r.given, org: r.org, title: r.title }));

/** No generated name may contain another (李明 / 李明华 would be one person's repetition). */
const people = fc.uniqueArray(person, { minLength: 2, maxLength: 5, selector: (p) => p.name })
  .filter((ps) => ps.every((a) => ps.every((b) => a === b || !b.name.includes(a.name))));

const LAYOUTS: Array<(p: Person, c: string) => string> = [
  (p, c) => `${p.org}${p.title}${p.name}表示，${c}。`,
  (p, c) => `据${p.org}${p.title}${p.name}介绍，${c}。`,
  (p, c) => `${p.org}${p.title} ${p.name}\n${p.name}在致辞中指出，${c}。`,
  (p, c) => `${p.org}${p.title}${p.name}说：“${c}。”`,
  (p, c) => `会上，${p.org}${p.title}${p.name}强调，${c}。他认为，${c}。`,
];

function report(ps: Person[], layouts: number[], contents: number[], byline: boolean): string {
  const intro = `2023年5月20日，医疗信息化论坛在杭州召开。${ps.map((p) => p.org + p.title + p.name).join('、')}等出席会议。`;
  const body = ps.map((p, i) => LAYOUTS[layouts[i % layouts.length]](p, CONTENT[contents[i % contents.length]]));
  return ['医疗信息化论坛在杭州召开', intro, ...body, ...(byline ? ['（记者 方晓 通讯员 丁一凡）'] : [])].join('\n') + '\n';
}

function traditional(s: string): string {
  return [...s].map((ch) => traditionalVariants(ch)[0] ?? ch).join('');
}

const slices = (text: string, loc: { offset: number; length: number }, want: string) => text.slice(loc.offset, loc.offset + loc.length) === want;

describe('generated reports (property test)', () => {
  it('every found span slices the text, and every generated person is found', () => {
    fc.assert(fc.property(
      people, fc.array(fc.integer({ min: 0, max: LAYOUTS.length - 1 }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: CONTENT.length - 1 }), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(),
      (ps, layouts, contents, byline, trad) => {
        const simp = report(ps, layouts, contents, byline);
        const text = trad ? traditional(simp) : simp;
        const r = parseTranscript(text, { id: 'gen', file: 'gen.txt' });
        const c = r.corpus!;
        for (const p of c.passages) assert.ok(slices(text, p.location, p.text), `passage ${p.id}`);
        for (const q of c.quotes) assert.ok(slices(text, q.location, q.text), `quote ${q.id}`);
        for (const s of c.statements) assert.ok(slices(text, s.location, s.text), `statement ${s.id}`);
        for (const s of c.speakers) assert.ok(text.includes(s.name), `speaker ${s.name} is in the text`);
        const found = new Set(c.speakers.map((s) => s.name));
        for (const p of ps) {
          const name = trad ? traditional(p.name) : p.name;
          assert.ok(found.has(name), `${name} found among ${[...found].join(' ')}\n${text}`);
        }
        if (byline) for (const n of ['方晓', '丁一凡']) assert.strictEqual(c.speakers.find((s) => s.name === (trad ? traditional(n) : n))?.role, 'reporter');
      },
    ), { seed: 42, numRuns: 300 });
  });
});
