/**
 * A policy body written to break out of the Markdown renderer: raw HTML with scripts, frames,
 * event handlers and `javascript:` links in every spelling the renderer might pass on. Used by
 * the unit test of policy-markdown.ts and (as a county document) by the e2e test.
 */
export const HOSTILE_POLICY_BODY = [
  '# 恶意测试政策',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<iframe src="https://evil.example/"></iframe>',
  '',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '',
  '<div onclick="window.__pwned = \'onclick\'">点我</div>',
  '',
  '正文第一段，[点这里](javascript:window.__pwned=1) 和 [另一个](JaVaScRiPt:alert(1)) 还有 [数据](data:text/html;base64,PHNjcmlwdD4=)。',
  '',
  '![图片说明](javascript:alert(1))',
  '',
  '<a href="javascript:alert(1)" onmouseover="alert(1)">原始链接</a>',
  '',
  '[官方原文](https://www.example.gov.cn/zhengce/1) 和 [同一个](https://www.example.gov.cn/zhengce/1)',
  '',
  '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
].join('\n');
