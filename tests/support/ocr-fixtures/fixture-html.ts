import type { OcrBlock, OcrFixturePage } from '#test-fixtures/ocr/ocr-pages';

/** The page's CSS width: an A4 sheet at 150 dpi. Rendered at 1.25× so body text is ~35 px high. */
export const PAGE_CSS_WIDTH = 1240;
export const PAGE_SCALE = 1.25;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function blockHtml(block: OcrBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'signature':
      return `<p class="signature">${escapeHtml(block.text)}</p>`;
    case 'field':
      return `<div class="field"><span class="label">${escapeHtml(block.label)}：</span><span class="value">${escapeHtml(block.value)}</span></div>`;
    case 'table':
      return `<table>${block.rows.map((row, i) => `<tr>${row.map((cell) => (i === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('')}</table>`;
  }
}

/**
 * One printed sheet as HTML: Noto CJK (fonts-noto-cjk), black on white, the layout a village
 * office prints (centred title, indented paragraphs, label/value form lines, a ruled table).
 */
export function fixtureHtml(page: OcrFixturePage): string {
  const serif = page.kind === 'notice';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html, body { margin: 0; background: #fff; color: #111; }
    body { width: ${PAGE_CSS_WIDTH}px; padding: 90px 110px 110px; box-sizing: border-box;
      font-family: ${serif ? "'Noto Serif CJK SC'" : "'Noto Sans CJK SC'"}, sans-serif; font-size: 28px; line-height: 1.75; }
    h1 { font-size: 40px; text-align: center; margin: 0 0 44px; font-weight: 700; letter-spacing: 2px; }
    p { margin: 0 0 18px; text-indent: 2em; text-align: justify; }
    p.signature { text-align: right; text-indent: 0; margin: 8px 0 0; }
    .field { margin: 0 0 22px; border-bottom: 1px solid #444; padding-bottom: 6px; }
    .label { font-weight: 700; }
    table { border-collapse: collapse; width: 100%; margin: 0 0 30px; }
    th, td { border: 2px solid #222; padding: 12px 16px; text-align: center; }
  </style></head><body>${page.blocks.map(blockHtml).join('\n')}</body></html>`;
}
