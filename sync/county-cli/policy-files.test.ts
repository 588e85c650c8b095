import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listPolicyFiles, readPolicyFile } from './policy-files';

const NOW = new Date('2025-06-01T00:00:00Z');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-files-'));
  dirs.push(dir);
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

describe('policy files', () => {
  it('turns Markdown with front matter into a policy document, id from the file name, English after <!-- en -->', () => {
    const md = file('policy-wages.md', '---\ntitle: 欠薪求助\ntitle_en: Unpaid wages\ncategory: wages\ntags: 工资\n---\n拨打12333。\n<!-- en -->\nCall 12333.\n');
    expect(readPolicyFile(md, NOW)).toEqual({
      file: md,
      problems: [],
      docs: [
        {
          _id: 'policy-wages',
          type: 'policy',
          title: { zh: '欠薪求助', en: 'Unpaid wages' },
          body: { zh: '拨打12333。', en: 'Call 12333.' },
          // No summary in the file: the first paragraph of the body stands in.
          summary: { zh: '拨打12333。', en: 'Call 12333.' },
          category: 'wages',
          tags: ['工资'],
          updatedAt: '2025-06-01T00:00:00.000Z',
        },
      ],
    });
  });

  it('reads summary, issuer and link from the front matter, each text with its _en twin', () => {
    const md = file(
      'dibao.md',
      '---\ntitle: 低保\nsummary: 人均收入低于标准可申请。\nsummary_en: Apply if income is below the standard.\nissuer: 县民政局\ncategory: assistance\nlink: https://mz.example.gov.cn/dibao\n---\n# 低保\n\n正文。\n',
    );
    const [doc] = readPolicyFile(md, NOW).docs;
    expect(doc).toMatchObject({
      summary: { zh: '人均收入低于标准可申请。', en: 'Apply if income is below the standard.' },
      issuer: { zh: '县民政局' },
      link: 'https://mz.example.gov.cn/dibao',
    });
  });

  it('refuses a link that is not a web address (kiosks would show it as a QR code)', () => {
    const md = file('bad-link.md', '---\ntitle: 低保\ncategory: assistance\nlink: javascript:alert(1)\n---\n正文\n');
    expect(readPolicyFile(md, NOW).problems.join('\n')).toMatch(/link: has the wrong format/);
  });

  it('reads a JSON list, normalising plain strings to { zh }', () => {
    const json = file('list.json', JSON.stringify([{ id: 'p1', title: '标题', body: '正文', category: 'land' }, { id: 'p2', title: { zh: '二' }, body: { zh: '二' }, category: 'land', tags: ['x'] }]));
    const result = readPolicyFile(json, NOW);
    expect(result.problems).toEqual([]);
    expect(result.docs.map((doc) => [doc._id, doc.title, doc.tags])).toEqual([
      ['p1', { zh: '标题' }, []],
      ['p2', { zh: '二' }, ['x']],
    ]);
  });

  it('reports problems with the file (and entry) and the field, checked by the kiosk’s own validator', () => {
    const json = file('bad.json', JSON.stringify([{ id: 'ok-1', title: 'a', body: 'b', category: 'land' }, { id: 'p2', title: { zh: '' }, body: 'b', category: 'land', colour: 'red' }]));
    const { problems, docs } = readPolicyFile(json, NOW);
    expect(docs.map((doc) => doc._id)).toEqual(['ok-1']);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad\.json \[1\]: title\.zh: must not be empty/),
        expect.stringMatching(/bad\.json \[1\]: colour: is not a known field/),
      ]),
    );
    const designId = file('design.json', JSON.stringify({ id: '_design/x', title: 'a', body: 'b', category: 'land' }));
    expect(readPolicyFile(designId, NOW).problems).toEqual([expect.stringMatching(/design\.json: id: must be 1–64/) as unknown as string]);
    expect(readPolicyFile(file('broken.json', '{ "id": '), NOW).problems[0]).toMatch(/broken\.json: .*JSON/);
    expect(readPolicyFile(file('nofm.md', '# 标题'), NOW).problems[0]).toMatch(/nofm\.md: line 1/);
  });

  it('imports the .json and .md files of a directory in name order', () => {
    const first = file('b.md', '');
    const dir = path.dirname(first);
    writeFileSync(path.join(dir, 'a.json'), '{}');
    writeFileSync(path.join(dir, 'notes.txt'), '');
    expect(listPolicyFiles(dir).map((f) => path.basename(f))).toEqual(['a.json', 'b.md']);
  });
});
