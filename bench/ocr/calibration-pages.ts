import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OcrBlock, OcrFixturePage } from '#test-fixtures/ocr/ocr-pages';

/**
 * The pages the int8 recogniser is calibrated on (bench/ocr/calibrate-int8.ts). None of their
 * text is in the benchmark's fixture set (tests/fixtures/ocr/ocr-pages.ts), so the benchmark's
 * CER of the int8 recogniser is measured on pages it was not tuned on:
 * - notices from the kiosk's sample policies (kiosk-config/policies/*.md): heading and body;
 * - forms and a table with made-up names and numbers (a different generator from the fixtures').
 * Rendered and degraded like the fixtures (tests/support/ocr-fixtures): clean and two camera takes.
 */
export function calibrationPages(): OcrFixturePage[] {
  const dir = path.resolve(import.meta.dirname, '../../kiosk-config/policies');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  // Every fourth policy: 9 notices, a spread over the categories.
  const notices = files.filter((_, i) => i % 4 === 1).map((file) => policyNotice(file.replace(/\.md$/, ''), readFileSync(path.join(dir, file), 'utf8')));
  return [...notices, form('calib-form-1', 0), form('calib-form-2', 1), table('calib-table')];
}

function policyNotice(id: string, markdown: string): OcrFixturePage {
  const body = markdown.replace(/^---[\s\S]*?---\s*/u, '');
  const blocks: OcrBlock[] = [];
  for (const raw of body.split(/\n\s*\n/u)) {
    const text = raw.replace(/^#+\s*/u, '').replace(/^[-*]\s+/gmu, '').replace(/[*_`>|]/gu, '').replace(/\s*\n\s*/gu, '').trim();
    if (text === '') continue;
    blocks.push(raw.startsWith('# ') ? { kind: 'heading', text } : { kind: 'paragraph', text });
  }
  return { id: `calib-${id}`, kind: 'notice', blocks: blocks.slice(0, 8) };
}

const SURNAMES = ['黄', '马', '罗', '梁', '宋', '唐', '许', '韩', '冯', '邓'];
const GIVEN = ['丽华', '志刚', '淑珍', '建军', '海燕', '永福', '春梅', '德胜', '翠英', '明辉'];

/** A made-up resident ID with a valid GB 11643 check digit (Sichuan area code, as the fixtures). */
function residentId(seed: number): string {
  const birth = `19${50 + (seed % 40)}${String(1 + (seed % 12)).padStart(2, '0')}${String(1 + ((seed * 7) % 28)).padStart(2, '0')}`;
  const body = `510623${birth}${String(100 + ((seed * 37) % 900))}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

function phone(seed: number): string {
  return `1${[3, 5, 7, 8, 9][seed % 5]}${String(100000000 + ((seed * 7919 * 104729) % 900000000)).slice(0, 9)}`;
}

function name(seed: number): string {
  return SURNAMES[seed % SURNAMES.length]! + GIVEN[(seed * 3) % GIVEN.length]!;
}

function form(id: string, variant: number): OcrFixturePage {
  const s = 11 + variant * 5;
  return {
    id,
    kind: 'form',
    blocks: [
      { kind: 'heading', text: variant === 0 ? '农村危房改造补助申请表' : '高龄津贴领取人员登记表' },
      { kind: 'field', label: '姓名', value: name(s) },
      { kind: 'field', label: '公民身份号码', value: residentId(s) },
      { kind: 'field', label: '联系电话', value: phone(s) },
      { kind: 'field', label: '家庭住址', value: `红岩村第${['一', '四'][variant]}村民小组${23 + variant * 9}号` },
      { kind: 'field', label: '代办人', value: name(s + 1) },
      { kind: 'field', label: '代办人身份证号', value: residentId(s + 2) },
      { kind: 'field', label: '代办人电话', value: phone(s + 3) },
      { kind: 'field', label: '情况说明', value: variant === 0 ? '房屋墙体开裂，雨季漏雨严重，经鉴定为C级危房。' : '本人年满八十周岁，行动不便，委托子女代为办理。' },
      { kind: 'signature', text: `经办人：${name(s + 4)}  2026年${5 + variant}月${8 + variant * 3}日` },
    ],
  };
}

function table(id: string): OcrFixturePage {
  const rows = [['编号', '姓名', '小组', '金额（元）', '备注']];
  for (let i = 0; i < 7; i++) rows.push([String(i + 1), name(40 + i), `第${'一二三四五六七'[i % 7]}组`, String(120 + i * 35), i % 2 === 0 ? '已领' : '代领']);
  return { id, kind: 'table', blocks: [{ kind: 'heading', text: '2026年冬季取暖补贴发放花名册' }, { kind: 'table', rows }, { kind: 'paragraph', text: `合计：${rows.length - 1}户。制表人：${name(60)}，电话：${phone(61)}。` }] };
}
