import * as assert from 'node:assert/strict';
import { escapeLatex, escapeMarkdown } from '../../../src/core/cite';

describe('cite: escaping', () => {
  it('escapes each LaTeX special character', () => {
    assert.equal(escapeLatex('$ % & # _ { } ~ ^ \\'), '\\$ \\% \\& \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });

  it('escapes in one pass: a backslash before a brace is not escaped twice', () => {
    assert.equal(escapeLatex('\\{'), '\\textbackslash{}\\{');
  });

  it('leaves Chinese text and full-width punctuation alone', () => {
    assert.equal(escapeLatex('混合云：“公有云+私有云”'), '混合云：“公有云+私有云”');
  });

  it('escapes Markdown inline markup but keeps $ literal', () => {
    assert.equal(escapeMarkdown('a*b_c`d[e]f<g>\\ $5'), 'a\\*b\\_c\\`d\\[e\\]f\\<g\\>\\\\ $5');
  });
});
