#!/usr/bin/env python3
"""Peer benchmark: govdoc's benchmark documents built with python-docx (DOCX) and odfdo (ODT),
timed in-process, next to a "zlib floor" measured on govdoc's own output files.

    python peers.py --govdoc-json FILE --parts-dir DIR [--quick] [--json-out FILE]

seed    ../../Examples/shimen-2023/report.md (front matter, four heading levels with run-in
        headings, body paragraphs, HTML tables with rowspan/colspan/<br>, issuer and date).
stress  2,000 paragraphs + a table (header 列0..列7, 10,000 rows x 8), issuer and date.
Parsing is never timed; a timed build goes from an empty document to the saved bytes
(io.BytesIO). The builders are written as a careful user would write them: styles or
fonts set once where the library allows it, one pass over table.rows / row.cells, merges
by a.merge(b) / table.set_span(), header rows repeated, A4 with 37/35/28/26 mm margins.

Every (document, library) runs in a fresh subprocess (hidden `--one LIB DOC RUNS`) that
prints the median ms and the growth of peak RSS (ru_maxrss) over its builds; seed: 20
runs (3 with --quick), stress: 1 run. zlib floor: zlib.compress(member, 6) over every
member of DIR/{seed,stress}.{docx,odt} (median of 20 runs for seed, 3 for stress).
--govdoc-json holds govdoc's own figures: {"seed.docx": {"ms": .., "peakMB": ..}, ...}.
"""
import argparse, io, json, os, re, resource, statistics, subprocess, sys, time, zipfile, zlib
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "../../Examples/shimen-2023/report.md")

# ---------------------------------------------------------------- document model
# blocks: ("title", text) ("h", level, head, tail) ("p", text) ("sign", text)
#         ("table", nrows, ncols, header_rows, cells) with cells = [(r, c, rs, cs, text)]
CN = "一二三四五六七八九十"
HEADS = [(1, re.compile(rf"^[{CN}]+、")), (2, re.compile(rf"^[（(][{CN}]+[）)]")),
         (3, re.compile(r"^\d+[.．、]")), (4, re.compile(r"^[（(]\d+[）)]"))]


def cn_date(iso):  # 2024-01-23 -> 2024年1月23日
    return "{}年{}月{}日".format(*(int(x) for x in iso.split("-")))


class HTMLTable(HTMLParser):
    """<table> block -> rows of [text, rowspan, colspan, is_th]."""
    def __init__(self):
        super().__init__()
        self.rows, self.cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            a = dict(attrs)
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1)), tag == "th"]
            self.rows[-1].append(self.cell)
        elif tag == "br" and self.cell:
            self.cell[0] += "\n"

    def handle_endtag(self, tag):
        self.cell = None if tag in ("td", "th") else self.cell

    def handle_data(self, data):
        if self.cell is not None:
            self.cell[0] += data.strip()


def layout(rows):
    """Place spanned cells on a grid -> ("table", nrows, ncols, header_rows, cells)."""
    taken, cells, header = set(), [], 0
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs, th in row:
            while (r, c) in taken:
                c += 1
            taken.update((r + i, c + j) for i in range(rs) for j in range(cs))
            cells.append((r, c, rs, cs, text))
            c += cs
        if row and all(x[3] for x in row) and header == r:
            header = r + 1
    return ("table", max(r for r, _ in taken) + 1, max(c for _, c in taken) + 1, header, cells)


def parse_seed(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    end = lines.index("---", 1)  # front matter: simple `key: value` lines
    meta = {k.strip(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:end])}
    blocks, i = [("title", meta["title"]), ("p", "")], end + 1  # blank line after the title
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if line.startswith("<table"):
            chunk = [line]
            while "</table>" not in chunk[-1]:
                chunk.append(lines[i])
                i += 1
            (p := HTMLTable()).feed("\n".join(chunk))
            blocks.append(layout(p.rows))
        elif line.startswith("|"):
            rows = [line]
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i].strip())
                i += 1
            cells = [[x.strip() for x in r.strip("|").split("|")] for r in rows
                     if not re.fullmatch(r"[|\s:-]+", r)]
            blocks.append(layout([[[t, 1, 1, n == 0] for t in r] for n, r in enumerate(cells)]))
        else:
            level = next((lv for lv, rx in HEADS if rx.match(line)), 0)
            if not level:
                blocks.append(("p", line))
            else:  # run-in heading: up to the first 。 is the heading, the rest body text
                k = line.find("。")
                cut = k + 1 if 0 <= k < len(line) - 1 else len(line)
                blocks.append(("h", level, line[:cut], line[cut:]))
    return blocks + [("sign", meta["issuer"]), ("sign", cn_date(meta["date"]))]


def make_stress():
    blocks = [("title", "压力测试文档"), ("p", "")]
    blocks += [("p", f"第{i}段：为深入贯彻落实县委、县政府关于优化营商环境的决策部署，"
                     "我局坚持问题导向和目标导向相结合。") for i in range(2000)]
    cells = [(0, c, 1, 1, f"列{c}") for c in range(8)]
    cells += [(r + 1, c, 1, 1, str(r * 8 + c)) for r in range(10000) for c in range(8)]
    blocks += [("table", 10001, 8, 1, cells), ("sign", "某某县人民政府"), ("sign", cn_date("2024-01-23"))]
    return blocks


# ---------------------------------------------------------------- python-docx
FONT = {0: "FangSong", 1: "SimHei", 2: "KaiTi", 3: "FangSong", 4: "FangSong"}


def build_docx(blocks):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    def font(run, name, size, bold=False):
        run.font.name, run.font.size, run.font.bold = name, Pt(size), bold
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)

    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "FangSong", Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "FangSong")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(b[1]), "FZXiaoBiaoSong-B05S", 22)
        elif kind == "h":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            font(p.add_run(b[2]), FONT[b[1]], 16, bold=b[1] == 3)
            if b[3]:
                p.add_run(b[3])
        elif kind == "p":
            doc.add_paragraph(b[1]).paragraph_format.first_line_indent = Pt(32)
        elif kind == "sign":
            doc.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            _, nrows, ncols, header, cells = b
            table = doc.add_table(nrows, ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            rows = table.rows
            by_row = [[] for _ in range(nrows)]
            for cell in cells:
                by_row[cell[0]].append(cell)
            merges = [x for x in cells if x[2] > 1 or x[3] > 1]
            kept = []  # row.cells of every row, kept only when the table has merges
            for r, row in enumerate(rows):  # one pass over row.cells per row
                rc = row.cells
                for _, c, rs, cs, text in by_row[r]:
                    # direct formatting: `p.style = ...` scans every style per call (~1 ms)
                    p = rc[c].paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    p.add_run(text).font.size = Pt(10.5)  # "\n" becomes <w:br/>
                if merges:
                    kept.append(rc)
                if r < header:  # repeat header rows on every page
                    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            for r, c, rs, cs, _ in merges:  # table.cell(r, c) would re-scan the table per call
                kept[r][c].merge(kept[r + rs - 1][c + cs - 1])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- odfdo
def build_odt(blocks):
    from odfdo import Cell, Document, Header, HeaderRows, Paragraph, Row, Span, Style, Table

    doc = Document("text")
    doc.get_style("page-layout", "Mpm1").set_properties(
        page_width="210mm", page_height="297mm", margin_top="37mm",
        margin_bottom="35mm", margin_left="28mm", margin_right="26mm")
    for f in ("FZXiaoBiaoSong-B05S", "SimHei", "KaiTi", "FangSong"):
        doc.insert_style(Style("font-face", name=f, font_name=f, font_family=f))
    # odfdo's template numbers headings "1.1.1."; get_style("outline") returns another style
    for lvl in doc.styles.get_elements("//text:outline-level-style"):
        lvl.set_attribute("style:num-format", "")
        lvl.del_attribute("style:num-suffix")
        lvl.del_attribute("loext:num-list-format")

    def pstyle(name, fontname, size, bold=False, indent=None, align=None):
        st = Style("paragraph", name=name, area="text", font_size=size, font_size_asian=size,
                   font_weight="bold" if bold else "normal")
        # font_name= is the font-face argument of Style(); name the text property directly
        st.set_properties(area="text", **{"style:font-name": fontname,
                                          "style:font-name-asian": fontname})
        para = {k: v for k, v in (("text_indent", indent), ("text_align", align)) if v}
        if para:
            st.set_properties(area="paragraph", **para)
        doc.insert_style(st)

    pstyle("GovTitle", "FZXiaoBiaoSong-B05S", "22pt", align="center")
    for lv in (1, 2, 3, 4):
        pstyle(f"GovH{lv}", FONT[lv], "16pt", bold=lv == 3, indent="32pt")
    pstyle("GovBody", "FangSong", "16pt", indent="32pt")
    pstyle("GovSign", "FangSong", "16pt", align="end")
    pstyle("GovCell", "FangSong", "10.5pt", align="center")
    doc.insert_style(Style("text", name="GovRunIn", area="text", font_name_asian="FangSong",
                           font_weight="normal"))
    doc.insert_style(Style("table-cell", name="GovGrid", area="table-cell",
                           border="0.5pt solid #000000"), automatic=True)
    body = doc.body
    body.clear()
    for n, b in enumerate(blocks):
        kind = b[0]
        if kind == "title":
            body.append(Paragraph(b[1], style="GovTitle"))
        elif kind == "h":
            h = Header(b[1], b[2])
            h.style = f"GovH{b[1]}"  # Header(style=...) is ignored in odfdo 3.27
            if b[3]:
                h.append(Span(b[3], style="GovRunIn"))
            body.append(h)
        elif kind == "p":
            body.append(Paragraph(b[1], style="GovBody"))
        elif kind == "sign":
            body.append(Paragraph(b[1], style="GovSign"))
        else:
            _, nrows, ncols, header, cells = b
            grid = [[None] * ncols for _ in range(nrows)]
            spans = []
            for r, c, rs, cs, text in cells:
                grid[r][c] = text
                if rs > 1 or cs > 1:
                    spans.append((c, r, c + cs - 1, r + rs - 1))
            table = Table(f"表{n}")
            body.append(table)  # first: rows built inside a detached table cost ~2x at append
            for texts in grid:
                row = Row()
                for text in texts:
                    cell = Cell(style="GovGrid")
                    if text is not None:
                        cell.append(Paragraph(text, style="GovCell"))  # "\n" -> line-break
                    row.append_cell(cell, clone=False)
                table.append_row(row, clone=False)
            for area in spans:
                table.set_span(area)
            if header:  # move the leading rows into table:table-header-rows
                hr = HeaderRows()
                for row in table.get_rows()[:header]:
                    table.delete(row)
                    hr.append(row)
                table.insert(hr, position=1)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- measuring
BUILDERS = {"python-docx": (build_docx, "docx"), "odfdo": (build_odt, "odt")}
DOCS = {"seed": lambda: parse_seed(SEED), "stress": make_stress}


def one(lib, docname, runs):
    """Child process: build `runs` times, print median ms, peak RSS of the first build
    (absolute, and growth over the warmed-up process), output size."""
    build = BUILDERS[lib][0]
    blocks = DOCS[docname]()
    build(blocks[:1])  # warm imports and the library's template loading
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    for n in range(runs):
        t = time.perf_counter()
        data = build(blocks)
        times.append((time.perf_counter() - t) * 1000)
        # peak of one build: later builds only add allocator retention (python-docx: RSS
        # creeps ~3 MB a build up to a plateau, not a leak), which is not the build's peak
        if n == 0:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ms": statistics.median(times), "peakMB": peak / 1024,
                      "growthMB": (peak - before) / 1024, "bytes": len(data)}))


def measure(lib, docname, runs):
    cmd = [sys.executable, os.path.abspath(__file__), "--one", lib, docname, str(runs)]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def zlib_floor(path, runs):
    with zipfile.ZipFile(path) as z:
        members = [(n, z.read(n)) for n in z.namelist()]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        for _, data in members:
            zlib.compress(data, 6)
        times.append((time.perf_counter() - t) * 1000)
    xml = sum(len(d) for n, d in members if n.endswith((".xml", ".rels")))
    return statistics.median(times), xml


def main():
    ap = argparse.ArgumentParser(description=" ".join(__doc__.splitlines()[:2]))
    ap.add_argument("--govdoc-json", required=True)
    ap.add_argument("--parts-dir", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json-out")
    if "--one" in sys.argv:  # hidden child mode: --one LIB DOC RUNS
        a = sys.argv[sys.argv.index("--one") + 1:]
        return one(a[0], a[1], int(a[2]))
    args = ap.parse_args()
    govdoc = json.load(open(args.govdoc_json))
    results = []
    for docname in ("seed", "stress"):
        runs = 1 if docname == "stress" else (3 if args.quick else 20)
        for lib, (_, fmt) in BUILDERS.items():
            key = f"{docname}.{fmt}"
            t0 = time.perf_counter()
            peer = measure(lib, docname, runs)
            print(f"{key:12} {lib:12} {runs:2} run(s) in {time.perf_counter() - t0:6.1f} s",
                  file=sys.stderr, flush=True)
            floor, xml = zlib_floor(os.path.join(args.parts_dir, key), 3 if docname == "stress" else 20)
            g = govdoc.get(key, {})
            gms = g.get("ms")
            results.append({"file": key, "govdocMs": gms, "peer": lib, "peerMs": peer["ms"],
                            "peerOverGovdoc": peer["ms"] / gms if gms else None, "floorMs": floor,
                            "govdocOverFloor": gms / floor if gms else None, "xmlMB": xml / 1e6,
                            "govdocPeakMB": g.get("peakMB"), "govdocGrowthMB": g.get("growthMB"),
                            "peerPeakMB": peer["peakMB"],
                            "peerGrowthMB": peer["growthMB"], "peerBytes": peer["bytes"]})

    def num(v, fmt, suffix=""):
        return "-" if v is None else format(v, ".0f" if fmt == "x" and v >= 10 else
                                            ".1f" if fmt == "x" else fmt) + suffix

    head = ["file", "govdoc ms", "peer", "peer ms", "govdoc vs peer", "zlib floor ms",
            "govdoc/floor", "XML MB", "govdoc peak MB (+build)", "peer peak MB (+build)"]
    rows = [[r["file"], num(r["govdocMs"], ".2f"), r["peer"], num(r["peerMs"], ".2f"),
             num(r["peerOverGovdoc"], "x", "× faster"), num(r["floorMs"], ".2f"),
             num(r["govdocOverFloor"], "x", "×"), num(r["xmlMB"], ".2f"),
             num(r["govdocPeakMB"], ".0f") + ("" if r["govdocGrowthMB"] is None else f" (+{r['govdocGrowthMB']:.0f})"),
             f"{r['peerPeakMB']:.0f} (+{r['peerGrowthMB']:.0f})"] for r in results]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    for i, row in enumerate([head] + rows):
        print("  ".join(str(x).ljust(w) if j in (0, 2) else str(x).rjust(w)
                        for j, (x, w) in enumerate(zip(row, widths))).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump(results, f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
