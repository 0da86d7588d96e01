/** Roles the general recogniser gives (readReport's finalRole), on hand-written texts of the genre. */
import * as assert from 'node:assert';
import { readReport } from '../../../../src/core/corpus/recognize';

const roles = (text: string) => Object.fromEntries(readReport(text).people.map((p) => [p.name, p.finalRole]));

describe('recogniser roles', () => {
  it('由 + name + the post written after it + 主持 makes the host, as a form of address does', () => {
    const r = roles('交流会由任嘉禾副院长主持。院长包慧中表示，两院将在远程会诊上深化合作。');
    assert.strictEqual(r['任嘉禾'], 'host');
    assert.strictEqual(r['包慧中'], 'speaker');
    // a post after the name and no 主持: no host
    assert.notStrictEqual(roles('任嘉禾副院长介绍了医院概况。院长包慧中表示，合作要落到实处。')['任嘉禾'], 'host');
  });

  it('a label alone on its line gives its part to the rows under it, one person per row', () => {
    const text = [
      '主持人：',
      '卢思雨  健康报记者',
      '',
      '对话嘉宾：',
      '伍启明  珠江医院信息科科长',
      '顾雪晴  岭南大学公共卫生学院教授',
      '',
      '卢思雨：请两位谈谈数据治理。',
      '伍启明：我们先从主数据做起。',
      '顾雪晴：我认为标准比工具更重要。',
    ].join('\n');
    const r = roles(text);
    assert.strictEqual(r['伍启明'], 'panelist');
    assert.strictEqual(r['顾雪晴'], 'panelist');
    assert.strictEqual(r['卢思雨'], 'host');
  });

  it('a label line does not reach past a sentence or a blank line', () => {
    const text = ['对话嘉宾：', '', '伍启明  珠江医院信息科科长', '伍启明表示，主数据要先治理。'].join('\n');
    assert.notStrictEqual(roles(text)['伍启明'], 'panelist');
  });
});
