import { describe, expect, it } from 'vitest';
import { createConsoleI18n } from './console-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('console interface texts', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('en has exactly the keys of zh-CN, with the same placeholders and no empty text', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('speaks Chinese first', () => {
    expect(createConsoleI18n().t('app.title')).toBe('县级村务服务台');
    expect(createConsoleI18n('en').t('inbox.total', { count: 3 })).toBe('3 in all');
  });
});
