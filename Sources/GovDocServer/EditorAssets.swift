import HTTPTypes
import Hummingbird
import NIOCore

/// The editor page's files, compiled in (no CDN, no web fonts: government networks are closed).
enum EditorAssets {
    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok,
                 headers: [.contentType: type, .cacheControl: "no-cache",
                           .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
                           HTTPField.Name("X-Content-Type-Options")!: "nosniff"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static let html = #"""
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>公文编辑器 · govdoc</title>
    <link rel="stylesheet" href="/editor.css">
    </head>
    <body>
    <header class="bar">
      <h1>公文编辑器</h1>
      <label>模板
        <select id="template" title="选择文种，载入示例文本"></select>
      </label>
      <button id="load-template" type="button">载入模板</button>
      <label class="file-button" title="打开本机的 .md 源文件，或 Word/WPS 文稿（.docx、.odt）">打开文件…
        <input id="open-file" type="file" accept=".md,.txt,.docx,.odt,text/plain,text/markdown">
      </label>
      <label>缩放
        <select id="zoom" title="预览的缩放">
          <option value="page" selected>整页</option>
          <option value="width">适合宽度</option>
          <option value="0.5">50%</option>
          <option value="0.75">75%</option>
          <option value="1">100%</option>
        </select>
      </label>
      <span class="spacer"></span>
      <span id="status" role="status" aria-live="polite">正在准备…</span>
      <button id="download-docx" class="download" type="button" data-format="docx">下载 Word（DOCX）</button>
      <button id="download-odt" class="download" type="button" data-format="odt">下载 ODT</button>
      <button id="download-pdf" class="download" type="button" data-format="pdf">下载 PDF</button>
    </header>
    <main>
      <section class="source">
        <textarea id="source" spellcheck="false" aria-label="公文源文本" placeholder="---&#10;kind: report&#10;title: 标题&#10;---&#10;正文……"></textarea>
        <div class="findings">
          <h2>检查结果 <span id="finding-count"></span></h2>
          <ol id="findings"></ol>
        </div>
      </section>
      <section class="preview" aria-label="打印预览">
        <div id="pages" class="pages"></div>
      </section>
    </main>
    <script src="/editor.js"></script>
    </body>
    </html>
    """#

    static let style = #"""
    * { box-sizing: border-box; }
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #222; background: #f3f3f3; }
    .bar { display: flex; align-items: center; gap: 8px; padding: 6px 12px; background: #9b1c1c; color: #fff; flex-wrap: wrap; }
    .bar h1 { font-size: 17px; margin: 0 12px 0 0; letter-spacing: 2px; }
    .bar label { display: inline-flex; align-items: center; gap: 4px; }
    .bar select, .bar button, .file-button { font: inherit; padding: 3px 10px; border-radius: 3px; border: 1px solid #d9a0a0; background: #fff; color: #222; cursor: pointer; }
    .bar button.download { background: #fff7e6; }
    .bar button:disabled { opacity: .6; cursor: progress; }
    .file-button { position: relative; }
    .file-button input { position: absolute; left: 0; top: 0; width: 1px; height: 1px; opacity: 0; }
    .spacer { flex: 1; }
    #status { font-size: 13px; opacity: .95; min-width: 10em; text-align: right; }
    main { flex: 1; display: flex; min-height: 0; }
    .source { width: 42%; min-width: 320px; display: flex; flex-direction: column; border-right: 1px solid #ccc; background: #fff; }
    #source { flex: 1; width: 100%; resize: none; border: 0; padding: 10px 12px; font: 15px/1.6 "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace; outline: none; white-space: pre-wrap; tab-size: 4; }
    .findings { max-height: 32%; overflow: auto; border-top: 1px solid #ddd; padding: 4px 12px 8px; background: #fafafa; }
    .findings h2 { font-size: 14px; margin: 4px 0; }
    #findings { margin: 0; padding-left: 1.6em; }
    #findings li { cursor: pointer; padding: 2px 0; }
    #findings li:hover { background: #fde8e8; }
    #findings li.error .where { color: #b00; font-weight: bold; }
    #findings li.warning .where { color: #a60; font-weight: bold; }
    #findings li.ok { cursor: default; color: #276227; list-style: none; margin-left: -1.2em; }
    .preview { flex: 1; overflow: auto; background: #7d7d7d; padding: 16px 0; }
    .pages { transform-origin: top left; width: max-content; margin: 0 auto; }
    .pages .gd-page { margin: 0 auto 16pt; }
    .pages.stale { opacity: .55; }
    """#

    static let script = #"""
    "use strict";
    (function () {
      const source = document.getElementById("source");
      const pages = document.getElementById("pages");
      const status = document.getElementById("status");
      const findingsList = document.getElementById("findings");
      const findingCount = document.getElementById("finding-count");
      const templateSelect = document.getElementById("template");
      const DRAFT_KEY = "govdoc.draft";
      const DEBOUNCE_MS = 120;
      let templates = [];
      let timer = null;
      let previewAbort = null;
      let checkAbort = null;
      let version = 0;
      let typedAt = 0;

      function setStatus(text) { status.textContent = text; }

      async function post(path, signal) {
        return fetch(path, {
          method: "POST",
          headers: { "Content-Type": "text/plain; charset=utf-8", "Accept-Language": "zh-CN" },
          body: source.value,
          signal: signal
        });
      }

      function schedule() {
        typedAt = performance.now();
        try { localStorage.setItem(DRAFT_KEY, source.value); } catch (e) { /* private mode */ }
        clearTimeout(timer);
        timer = setTimeout(refresh, DEBOUNCE_MS);
      }

      async function refresh() {
        const mine = ++version;
        const started = typedAt || performance.now();
        if (previewAbort) previewAbort.abort();
        if (checkAbort) checkAbort.abort();
        previewAbort = new AbortController();
        checkAbort = new AbortController();
        runCheck(mine, checkAbort.signal);
        try {
          const response = await post("/v1/preview", previewAbort.signal);
          const body = await response.json();
          if (mine !== version) return;
          if (response.ok) {
            pages.innerHTML = body.html;
            pages.classList.remove("stale");
            fit();
            const ms = Math.round(performance.now() - started);
            document.body.dataset.previewVersion = String(mine);
            document.body.dataset.previewMs = String(ms);
            document.body.dataset.pageCount = String(body.pageCount);
            setStatus("共 " + body.pageCount + " 页 · 预览用时 " + ms + " 毫秒");
          } else {
            pages.classList.add("stale");
            showProblems(body, true);
            document.body.dataset.previewVersion = String(mine);
            setStatus(response.status === 400 ? "源文本有误，预览未更新" : "预览失败（" + response.status + "）");
          }
        } catch (e) {
          if (e.name !== "AbortError") setStatus("无法连接服务器：" + e.message);
        }
      }

      async function runCheck(mine, signal) {
        try {
          const response = await post("/v1/check", signal);
          const body = await response.json();
          if (mine !== version) return;
          if (response.ok) showProblems(body, false); else showProblems(body, true);
        } catch (e) { /* aborted or offline: the preview reports it */ }
      }

      function showProblems(list, fromError) {
        findingsList.textContent = "";
        if (!Array.isArray(list)) list = [];
        if (list.length === 0) {
          const li = document.createElement("li");
          li.className = "ok";
          li.textContent = "未发现问题。";
          findingsList.appendChild(li);
          findingCount.textContent = "";
          return;
        }
        findingCount.textContent = "（" + list.length + " 条）";
        for (const item of list) {
          const li = document.createElement("li");
          const severity = item.severity || "error";
          li.className = severity;
          if (item.line) li.dataset.line = String(item.line);
          const where = document.createElement("span");
          where.className = "where";
          where.textContent = (item.line ? "第 " + item.line + " 行" : "请求") + (severity === "warning" ? "（警告）" : "（错误）") + "：";
          li.appendChild(where);
          li.appendChild(document.createTextNode(item.message));
          if (item.line) {
            li.title = "点击选中第 " + item.line + " 行";
            li.addEventListener("click", () => selectLine(item.line));
          }
          findingsList.appendChild(li);
        }
      }

      function selectLine(line) {
        const lines = source.value.split("\n");
        let start = 0;
        for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
        const end = start + (lines[line - 1] || "").length;
        source.focus();
        source.setSelectionRange(start, end);
        const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 24;
        source.scrollTop = Math.max(0, (line - 3) * lineHeight);
      }

      function fit() {
        const first = pages.querySelector(".gd-page");
        if (!first) return;
        const pane = pages.parentElement;
        const mode = document.getElementById("zoom").value;
        const byWidth = (pane.clientWidth - 32) / first.offsetWidth;
        let scale;
        if (mode === "width") scale = byWidth;
        else if (mode === "page") scale = Math.min(byWidth, (pane.clientHeight - 32) / first.offsetHeight);
        else scale = Number(mode);
        pages.style.zoom = String(Math.max(0.2, Math.min(2, scale)));
      }

      async function download(format, button) {
        button.disabled = true;
        const label = button.textContent;
        button.textContent = "正在生成…";
        try {
          const response = await fetch("/v1/export?format=" + format, {
            method: "POST",
            headers: { "Content-Type": "text/plain; charset=utf-8", "Accept-Language": "zh-CN" },
            body: source.value
          });
          if (!response.ok) {
            const body = await response.json().catch(() => []);
            showProblems(body, true);
            setStatus("无法生成 " + format.toUpperCase() + "：" + (body[0] ? body[0].message : response.status));
            return;
          }
          const blob = await response.blob();
          const name = fileName(response.headers.get("Content-Disposition"), format);
          const url = URL.createObjectURL(blob);
          const a = document.createElement("a");
          a.href = url;
          a.download = name;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(() => URL.revokeObjectURL(url), 10000);
          setStatus("已下载 " + name);
        } catch (e) {
          setStatus("下载失败：" + e.message);
        } finally {
          button.disabled = false;
          button.textContent = label;
        }
      }

      function fileName(disposition, format) {
        if (disposition) {
          const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
          if (star) { try { return decodeURIComponent(star[1]); } catch (e) { /* fall back */ } }
          const plain = /filename="([^"]+)"/i.exec(disposition);
          if (plain) return plain[1];
        }
        return "公文." + format;
      }

      function loadTemplate(kind) {
        const t = templates.find(x => x.kind === kind);
        if (!t) return;
        source.value = t.source;
        schedule();
        refresh();
      }

      async function start() {
        try {
          const response = await fetch("/v1/templates");
          const body = await response.json();
          templates = body.templates || [];
        } catch (e) { templates = []; }
        for (const t of templates) {
          const option = document.createElement("option");
          option.value = t.kind;
          option.textContent = t.name;
          templateSelect.appendChild(option);
        }
        let draft = null;
        try { draft = localStorage.getItem(DRAFT_KEY); } catch (e) { draft = null; }
        if (draft) { source.value = draft; refresh(); } else if (templates.length) { loadTemplate(templates[0].kind); }
      }

      // a Word/WPS draft: the server reads it, recognises its parts and returns source text
      async function importDraft(file) {
        setStatus("正在读取 " + file.name + "…");
        try {
          const form = new FormData();
          form.append("draft", file, file.name);
          const response = await fetch("/v1/import", {
            method: "POST", body: form, headers: { "Accept": "application/json", "Accept-Language": "zh-CN" }
          });
          const body = await response.json();
          if (!response.ok) {
            showProblems(body, true);
            setStatus("无法读取 " + file.name + "：" + (body[0] ? body[0].message : response.status));
            return;
          }
          source.value = body.source;
          schedule();
          refresh();
          if (body.warnings && body.warnings.length) setStatus("已导入 " + file.name + "（" + body.warnings.length + " 条提示）");
        } catch (e) {
          setStatus("导入失败：" + e.message);
        }
      }

      source.addEventListener("input", schedule);
      document.getElementById("load-template").addEventListener("click", () => {
        if (source.value.trim() && !confirm("载入模板将替换当前文本，是否继续？")) return;
        loadTemplate(templateSelect.value);
      });
      document.getElementById("open-file").addEventListener("change", (event) => {
        const file = event.target.files[0];
        if (!file) return;
        event.target.value = "";
        if (/\.(docx|odt)$/i.test(file.name)) { importDraft(file); return; }
        const reader = new FileReader();
        reader.onload = () => { source.value = String(reader.result); schedule(); refresh(); };
        reader.readAsText(file, "utf-8");
      });
      for (const button of document.querySelectorAll("button.download")) {
        button.addEventListener("click", () => download(button.dataset.format, button));
      }
      window.addEventListener("resize", fit);
      document.getElementById("zoom").addEventListener("change", fit);
      start();
    })();
    """#
}
