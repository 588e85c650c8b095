import { describe, expect, it } from 'vitest';
import { bilingual } from './bilingual';
import { createKioskI18n } from './create-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "dotted.key" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('interface texts', () => {
  const zhLeaves = leaves(zhCN);
  const enLeaves = leaves(en);

  it('en.ts has exactly the keys of zh-CN.ts', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  it('has no empty text in either language', () => {
    for (const [key, text] of [...zhLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, text] of zhLeaves) expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('interpolates without HTML escaping (React escapes) and falls back to Chinese', () => {
    const i18n = createKioskI18n('en');
    expect(i18n.t('app.idle.body', { seconds: '<5>' })).toContain('In <5> s');
    expect(i18n.t('home.tiles.report', { lng: 'fr' })).toBe('我要反映问题');
  });

  it('bilingual() gives both languages of one message', () => {
    expect(bilingual((m) => m.common.home)).toEqual({ zh: '回到首页', en: 'Home' });
  });
});
