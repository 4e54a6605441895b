#!/usr/bin/env python3
"""Seeds for FuzzReader: every package govdoc writes from the examples and valid fixtures
(whole, mode P; their document/styles/numbering parts, modes D/S/N), the hostile drafts of
Tests/Fixtures/bad-docx, and the hand-built parts in the reader tests' style.

    python3 make-reader-corpus.py DIR     (run from Fuzz/; uses `swift run govdoc` in ..)
"""
import glob, os, subprocess, sys, tempfile, zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
root = os.path.abspath('..')
sources = sorted(glob.glob(f'{root}/Examples/*/*.md') + glob.glob(f'{root}/Tests/Fixtures/valid/*.md'))
n = 0

def seed(mode, data):
    global n
    n += 1
    with open(os.path.join(out, f'seed-{n:03d}'), 'wb') as f:
        f.write(mode + data)

with tempfile.TemporaryDirectory() as tmp:
    for src in sources:
        target = os.path.join(tmp, os.path.basename(src)[:-3] + '.docx')
        r = subprocess.run(['swift', 'run', '--package-path', root, 'govdoc', 'export', '--docx', '-o', target, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0 or not os.path.exists(target):
            continue
        data = open(target, 'rb').read()
        seed(b'P', data)
        with zipfile.ZipFile(target) as z:
            names = z.namelist()
            if 'word/document.xml' in names: seed(b'D', z.read('word/document.xml'))
            if 'word/styles.xml' in names: seed(b'S', z.read('word/styles.xml'))
            if 'word/numbering.xml' in names: seed(b'N', z.read('word/numbering.xml'))
for bad in sorted(glob.glob(f'{root}/Tests/Fixtures/bad-docx/*')):
    if bad.endswith('.py') or os.path.getsize(bad) > 262144:
        continue
    seed(b'P', open(bad, 'rb').read())
print(f'{n} seeds in {out}')
