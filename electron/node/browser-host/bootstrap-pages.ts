/**
 * The two pages the host serves without the renderer. Plain HTML without styles or scripts
 * (the CSP allows neither inline), Chinese first, English second (DESIGN.md §8).
 */

/** For every browser but the kiosk's own: it never gets the interface or a session. */
export const ALREADY_OPEN_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>服务终端已经打开 · The kiosk is already open</title></head>
<body>
<h1>服务终端已经打开</h1>
<p>村务服务终端已经在本机它自己的窗口里打开了，请使用那个窗口。</p>
<p>如果那个窗口已经关掉，请重新启动服务终端。</p>
<h2 lang="en">The kiosk is already open</h2>
<p lang="en">The village service kiosk is already open in its own window on this computer. Please use that window.</p>
<p lang="en">If that window was closed, start the kiosk again.</p>
</body>
</html>
`;

/**
 * Answer to the launch URL: the session cookie comes with it, and the page moves on to "/" by
 * itself (a same-origin navigation, so the SameSite=Strict cookie is sent; a redirect chain
 * started by a file:// launcher would count as cross-site). It replaces the launch URL in the
 * history, so a reload loads "/", never the used code.
 */
export const OPENING_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>正在打开 · Opening</title></head>
<body><p>正在打开服务终端…</p><p lang="en">Opening the kiosk…</p></body>
</html>
`;
