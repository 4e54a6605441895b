#!/usr/bin/env python3
"""Seeds for FuzzSource (see its source for the modes): every source of Examples/ and
Tests/Fixtures/{valid,bad} whole (`P`), its front matter alone (`F`), and each HTML table
in it (`T`). Usage: python3 make-source-corpus.py DIR"""
import glob, hashlib, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else "source-corpus"
os.makedirs(out, exist_ok=True)
count = 0


def seed(data):
    global count
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    count += 1


files = sorted(glob.glob(os.path.join(root, "Examples/**/*.md"), recursive=True)
               + glob.glob(os.path.join(root, "Tests/Fixtures/valid/*.md"))
               + glob.glob(os.path.join(root, "Tests/Fixtures/bad/*.md")))
for path in files:
    data = open(path, "rb").read()
    if len(data) > 65536:
        continue
    seed(b"P" + data)
    text = data.decode("utf-8", "replace")
    m = re.match(r"\ufeff?---\n(.*?)\n---\n", text, re.S)
    if m:
        seed(b"F" + m.group(1).encode())
    for table in re.findall(r"<table.*?</table>", text, re.S | re.I):
        seed(b"T" + table.encode())
print(f"{count} seeds from {len(files)} sources in {out}")
