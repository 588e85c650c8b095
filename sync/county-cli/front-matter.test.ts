import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter';

describe('front matter', () => {
  it('reads the YAML subset policy files use', () => {
    const doc = parseFrontMatter(
      [
        '\uFEFF---',
        'id: policy-pension-2025',
        '# a comment',
        'title:',
        '  zh: 城乡居民基本养老保险',
        '  en: "Pension: residents"',
        'tags: [养老，社保, "a, b"]',
        'extra:',
        '  - one',
        "  - 'it''s'",
        'category: pension # trailing comment',
        '---',
        '',
        '## 正文',
      ].join('\n'),
    );
    expect(doc.data).toEqual({
      id: 'policy-pension-2025',
      title: { zh: '城乡居民基本养老保险', en: 'Pension: residents' },
      tags: ['养老', '社保', 'a, b'],
      extra: ['one', "it's"],
      category: 'pension',
    });
    expect(doc.body).toBe('## 正文');
  });

  it('names the line of what it cannot read', () => {
    expect(() => parseFrontMatter('# no front matter')).toThrow('line 1: expected the file to start with a "---" line');
    expect(() => parseFrontMatter('---\nid: a\n')).toThrow(/no closing "---"/);
    expect(() => parseFrontMatter('---\nid: a\nnot a pair\n---\n')).toThrow('line 3: expected "key: value"');
    expect(() => parseFrontMatter('---\nid: a\nid: b\n---\n')).toThrow('line 3: "id" is given twice');
    expect(() => parseFrontMatter('---\ntitle: "open\n---\n')).toThrow(/line 2: unterminated/);
  });
});
