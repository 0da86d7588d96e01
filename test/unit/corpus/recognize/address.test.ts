import * as assert from 'node:assert/strict';
import { addressedTitles } from '../../../../src/core/corpus/recognize/address';
import { parseTranscript } from '../../../../src/core/corpus/parseTranscript';

const speakers = (...names: Array<[string, string]>) => names.map(([name, title]) => ({ name, title }));

describe('titles from how the host addresses a speaker (请司马教授…)', () => {
  it('a floor-giving word, the surname (compound ones too) or the full name, and a title', () => {
    const text = '主持人：请司马教授先谈谈风险。感谢欧阳院长的分享。下面有请卢明远主任。';
    const found = addressedTitles(text, speakers(['司马悦', ''], ['欧阳明哲', ''], ['卢明远', ''], ['甄永康', '主编']));
    assert.deepEqual([...found].sort(), [['卢明远', '主任'], ['司马悦', '教授'], ['欧阳明哲', '院长']]);
  });

  it('none for a speaker who has a title, a surname two speakers share, two different titles, or a form of address that tells no post', () => {
    assert.equal(addressedTitles('请甄主任补充。', speakers(['甄永康', '主编'])).size, 0, 'a title already given');
    assert.equal(addressedTitles('请王教授补充。', speakers(['王立新', ''], ['王芳', ''])).size, 0, 'a shared surname');
    assert.equal(addressedTitles('请柳主任补充。谢谢柳院长。', speakers(['柳青岚', ''])).size, 0, 'two titles');
    assert.equal(addressedTitles('请阙总说说。谢谢阙老师。', speakers(['阙志文', ''])).size, 0, '总 and 老师');
    assert.equal(addressedTitles('司马教授认为风险很大。', speakers(['司马悦', ''])).size, 0, 'not after a floor-giving word');
  });

  it('a Markdown round table: the untitled panelist takes the title and its short form; Traditional too', () => {
    for (const [ask, name, title] of [['請司馬教授先說說。', '司馬悅', '教授'], ['请司马教授先说说。', '司马悦', '教授']]) {
      const md = `---\nevent: 圆桌\n---\n\n# 圆桌\n\n## 圆桌｜甄永康、${name}\n\n**甄永康**：${ask}\n\n**${name}**：我认为风险在于错误更难被发现。\n`;
      const out = parseTranscript(md, { id: 't', file: 't.md' });
      const s = out.corpus?.speakers.find((x) => x.name === name);
      assert.equal(s?.title, title, ask);
      assert.ok(s?.aliases.some((a) => a.endsWith(title)), `${ask}: a short form with the title`);
    }
  });
});
