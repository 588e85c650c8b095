import { describe, expect, it } from 'vitest';
import { HOSTILE_POLICY_BODY } from '#test-fixtures/docs/hostile-policy';
import { blockText, MAX_BODY_CHARS, renderPolicyMarkdown } from './policy-markdown';

function asDom(blocks: string[]): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = blocks.join('');
  return root;
}

describe('renderPolicyMarkdown', () => {
  it('renders every heading as <h2> below the page title (pages may start anywhere), lists and emphasis', () => {
    const { blocks } = renderPolicyMarkdown('# 标题\n\n## 谁能申请\n\n- **低保**对象\n- 特困人员\n\n1. 申请\n2. 审核', { title: '标题' });
    const root = asDom(blocks);
    expect([...root.querySelectorAll('h2, h3')].map((h) => h.textContent)).toEqual(['谁能申请']);
    expect(root.querySelector('strong')?.textContent).toBe('低保');
    // Lists are split item by item so pages can break between items; numbering continues.
    expect(root.querySelectorAll('ul')).toHaveLength(2);
    expect([...root.querySelectorAll('ol')].map((ol) => ol.getAttribute('start'))).toEqual(['1', '2']);
  });

  it('renders a hostile body inert: no script, frame, image, handler, link or javascript: anywhere', () => {
    const { blocks, links } = renderPolicyMarkdown(HOSTILE_POLICY_BODY);
    const html = blocks.join('');
    const root = asDom(blocks);
    expect(root.querySelectorAll('script, iframe, img, a, svg, object, embed, form, input, style, link')).toHaveLength(0);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(['class', 'start'], `${element.tagName} ${attribute.name}`).toContain(attribute.name);
    }
    // What remains of them is text between tags, never markup.
    expect(html.replace(/>[^<]*</g, '><')).not.toMatch(/href|src|\son\w+|javascript/i);
    // Raw HTML is shown as text (escaped), so the villager sees it was there, and it does nothing.
    expect(root.textContent).toContain('<script>');
    // Only the web link becomes a QR code, once, however often it appears.
    expect(links).toEqual([{ number: 1, text: '官方原文', href: 'https://www.example.gov.cn/zhengce/1' }]);
    expect(root.querySelectorAll('.policy-link-number')).toHaveLength(2);
  });

  it('shows an image as its description and fetches nothing', () => {
    const { blocks } = renderPolicyMarkdown('![村委会地址图](https://example.com/map.png)');
    expect(asDom(blocks).querySelector('.policy-image-text')?.textContent).toBe('村委会地址图');
    expect(blocks.join('')).not.toContain('example.com');
  });

  it('cuts a body longer than the limit and says so', () => {
    const long = Array.from({ length: 400 }, (_, i) => `第${i}段。${'内容'.repeat(20)}`).join('\n\n');
    const result = renderPolicyMarkdown(long);
    expect(result.truncated).toBe(true);
    expect(result.blocks.join('').length).toBeLessThan(MAX_BODY_CHARS * 2);
    expect(renderPolicyMarkdown('短的正文。').truncated).toBe(false);
  });

  it('splits long paragraphs at sentence ends so each block fits a page', () => {
    const paragraph = '这是一句比较长的话，用来测试分段。'.repeat(12);
    const { blocks } = renderPolicyMarkdown(paragraph);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.map(blockText).join('')).toBe(paragraph);
  });
});
