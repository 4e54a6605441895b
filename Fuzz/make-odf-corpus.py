#!/usr/bin/env python3
"""Seeds for FuzzODFReader: every .odt govdoc writes from the examples and valid fixtures
(whole, mode P; their content/styles/meta parts, modes C/S/M; and as flat .fodt made by
LibreOffice when `soffice` is there, mode P), the .odt fixtures LibreOffice and pandoc made
(Tests/Fixtures/odt), the .odt drafts (Tests/Fixtures/drafts) and the hostile .odt drafts of
Tests/Fixtures/bad-drafts (whole, and their content.xml where it can be taken out).

    python3 make-odf-corpus.py DIR     (run from Fuzz/; uses `swift run govdoc` in ..)
"""
import glob, os, shutil, subprocess, sys, tempfile, zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
root = os.path.abspath('..')
sources = sorted(glob.glob(f'{root}/Examples/*/*.md') + glob.glob(f'{root}/Tests/Fixtures/valid/*.md'))
n = 0
MAX = 262144

def seed(mode, data):
    global n
    if len(data) + 1 > MAX:
        return
    n += 1
    with open(os.path.join(out, f'seed-{n:03d}'), 'wb') as f:
        f.write(mode + data)

def parts(path, modes=(('content.xml', b'C'), ('styles.xml', b'S'), ('meta.xml', b'M'))):
    try:
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
            for name, mode in modes:
                if name in names:
                    try:
                        seed(mode, z.read(name))
                    except Exception:
                        pass
    except (zipfile.BadZipFile, OSError):
        pass

with tempfile.TemporaryDirectory() as tmp:
    written = []
    for src in sources:
        target = os.path.join(tmp, os.path.basename(os.path.dirname(src)) + '-' + os.path.basename(src)[:-3] + '.odt')
        r = subprocess.run(['swift', 'run', '--package-path', root, 'govdoc', 'export', '--odt', '-o', target, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if r.returncode != 0 or not os.path.exists(target):
            continue
        written.append(target)
        seed(b'P', open(target, 'rb').read())
        parts(target)
    # the same documents as flat OpenDocument (one XML file), when LibreOffice is installed
    if written and shutil.which('soffice'):
        flat = os.path.join(tmp, 'flat')
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/lo-profile', '--convert-to', 'fodt',
                        '--outdir', flat] + written, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for f in sorted(glob.glob(f'{flat}/*.fodt')):
            seed(b'P', open(f, 'rb').read())
for f in sorted(glob.glob(f'{root}/Tests/Fixtures/odt/*.odt') + glob.glob(f'{root}/Tests/Fixtures/drafts/*.odt')):
    seed(b'P', open(f, 'rb').read())
    parts(f, (('content.xml', b'C'), ('styles.xml', b'S')))
for bad in sorted(glob.glob(f'{root}/Tests/Fixtures/bad-drafts/*.odt')):
    seed(b'P', open(bad, 'rb').read())
    parts(bad, (('content.xml', b'C'),))
print(f'{n} seeds in {out}')
