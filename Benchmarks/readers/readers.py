#!/usr/bin/env python3
"""Reading a .docx: govdoc's reader against the peers a user would reach for.

    python readers.py --govdoc BIN --seed SEED.docx --workdir DIR [--quick]

python-docx  open + walk: Document(path), every paragraph's text, every table's rows and cells'
             text (what a script does to get at a draft's content), in process, in a fresh
             subprocess per file; median of RUNS.
pandoc       `pandoc -f docx -t json FILE -o /dev/null`, whole processes (pandoc has no
             in-process API for Python); median of RUNS.
govdoc       ReadersGovdoc (release): OOXMLReader().read(bytes) into the draft model, in process;
             median of RUNS (the bytes are read from disk once, as python-docx's are cached).

Inputs: the seed report as govdoc writes it (`govdoc export --docx`), and a 100-page draft in
Word's default look written here with python-docx (18 sections, 54 subsections, 432 body
paragraphs of ~330 characters, 18 tables of 14 × 6 with merged cells across and down).
Peak memory: ru_maxrss of the child (python-docx), VmHWM (govdoc), GNU time's max RSS (pandoc).
"""
import argparse, json, os, resource, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else ("十" + CN[n - 11] if n < 20 else CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else ""))


SENTENCES = [
    "全镇严格按照《中华人民共和国政府信息公开条例》的要求，认真贯彻落实上级决策部署，",
    "切实把信息公开工作与促进集镇经济发展、提升电子政务水平紧密结合起来，",
    "稳步推进政府信息公开制度化、规范化、常态化，取得了良好成效。",
    "利用县政府信息公开平台和镇公众号更新各类政务公开信息共300余条，",
    "其中包括政府工作动态、部门文件、应急管理、经济发展、重点项目建设、财政预决算等内容。",
    "一是加强组织管理，明确主要责任人，落实专职人员，确保政务工作常抓不懈，务求实效；",
    "二是强化责任落实，加强对发布信息的监督和审核，确保不出现违规、虚假的信息；",
    "三是加强督促指导，组织干部认真学习相关法律法规，不断增强干部职工信息公开意识。",
]


def make_hundred_pages(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin = s.bottom_margin = Mm(25.4)
    s.left_margin = s.right_margin = Mm(31.8)
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    normal.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("大河镇2024年度重点工作推进情况汇编")
    r.bold, r.font.size = True, Pt(18)
    k = 0
    for sec in range(1, 19):
        d.add_paragraph().add_run(f"{cn(sec)}、第{sec}项重点工作推进情况").bold = True
        for sub in range(1, 4):
            d.add_paragraph().add_run(f"　　（{cn(sub)}）工作进展情况{sub}").bold = True
            for _ in range(8):
                text = "　　" + "".join(SENTENCES[(k + i) % len(SENTENCES)] for i in range(8))
                k += 1
                d.add_paragraph(text)
        t = d.add_table(rows=14, cols=6)
        t.style = d.styles["Table Grid"]
        t.cell(0, 0).merge(t.cell(1, 0)).text = "项目"
        t.cell(0, 1).merge(t.cell(0, 3)).text = "计划与完成（万元）"
        t.cell(0, 4).merge(t.cell(0, 5)).text = "备注"
        for c, head in enumerate(["计划", "完成", "比例"], start=1):
            t.cell(1, c).text = head
        for row in range(2, 14):
            t.cell(row, 0).text = f"子项目{sec}-{row - 1}"
            for c in range(1, 4):
                t.cell(row, c).text = str((sec * 37 + row * 11 + c * 5) % 500)
            t.cell(row, 4).merge(t.cell(row, 5)).text = "按计划推进" if row % 3 else "已完成"
    d.add_paragraph()
    d.add_paragraph(" " * 44 + "大河镇人民政府")
    d.add_paragraph(" " * 44 + "2024年12月30日")
    d.save(path)


ONE = r"""
import sys, time, resource, statistics, docx
path, runs = sys.argv[1], int(sys.argv[2])
times = []
for _ in range(runs):
    t = time.perf_counter()
    d = docx.Document(path)
    chars = sum(len(p.text) for p in d.paragraphs)
    cells = 0
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                chars += len(cell.text); cells += 1
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f'{{"ms": {times[len(times)//2]}, "minMs": {times[0]}, "peakMB": {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, "paragraphs": {len(d.paragraphs)}, "cells": {cells}, "characters": {chars}}}')
"""


def python_docx(path, runs):
    out = subprocess.run([sys.executable, "-c", ONE, path, str(runs)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def pandoc(path, runs):
    times, peak = [], 0.0
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(["/usr/bin/time", "-f", "%M", "pandoc", "-f", "docx", "-t", "json", path, "-o", "/dev/null"],
                             check=True, capture_output=True, text=True)
        times.append((time.perf_counter() - t) * 1000)
        peak = max(peak, int(out.stderr.strip().splitlines()[-1]) / 1024)
    times.sort()
    return {"ms": times[len(times) // 2], "minMs": times[0], "peakMB": peak}


def govdoc(binary, path, runs):
    out = subprocess.run([binary, path, str(runs)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def pages(path, workdir):
    """Pages as LibreOffice lays the file out (for the table's description only)."""
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{workdir}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", workdir, path], check=True, capture_output=True, timeout=300)
        pdf = os.path.join(workdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
        return int(next(l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")))
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--govdoc", required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json-out")
    a = ap.parse_args()
    hundred = os.path.join(a.workdir, "hundred-pages.docx")
    make_hundred_pages(hundred)
    rows = []
    for name, path, runs in (("seed.docx", a.seed, 5 if a.quick else 20), ("hundred-pages.docx", hundred, 3 if a.quick else 10)):
        n_pages = pages(path, a.workdir)
        g = govdoc(a.govdoc, path, runs * 5)
        p = python_docx(path, runs)
        d = pandoc(path, max(3, runs // 2))
        rows.append({"file": name, "pages": n_pages, "bytes": os.path.getsize(path), "govdoc": g, "python-docx": p, "pandoc": d})
    print("medians, with the fastest run in brackets (the machine is shared: the minimum is the less disturbed figure)")
    print("| file | pages | KB | govdoc read ms | python-docx open+walk ms | pandoc -t json ms (process) | vs python-docx | vs pandoc | govdoc peak MB | python-docx peak MB | pandoc peak MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        g, p, d = r["govdoc"], r["python-docx"], r["pandoc"]
        print(f"| {r['file']} | {r['pages'] or '?'} | {r['bytes'] / 1024:.0f} | {g['ms']:.1f} ({g['minMs']:.1f}) | {p['ms']:.0f} ({p['minMs']:.0f}) | "
              f"{d['ms']:.0f} ({d['minMs']:.0f}) | {p['ms'] / g['ms']:.0f}× ({p['minMs'] / g['minMs']:.0f}×) | "
              f"{d['ms'] / g['ms']:.0f}× ({d['minMs'] / g['minMs']:.0f}×) | {g['peakMB']:.0f} (+{g['growthMB']:.0f}) | {p['peakMB']:.0f} | {d['peakMB']:.0f} |")
    for r in rows:
        print(f"{r['file']}: govdoc {r['govdoc']['paragraphs']:.0f} paragraphs, {r['govdoc']['cells']:.0f} cells, "
              f"{r['govdoc']['characters']:.0f} characters; python-docx {r['python-docx']['paragraphs']} paragraphs, "
              f"{r['python-docx']['cells']} cells (merged cells repeated), {r['python-docx']['characters']} characters")
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
