#!/usr/bin/env python3
"""Writes the hostile and wrong-format .docx inputs of the reader's bad-input corpus.

Run once from this directory: python3 make-fixtures.py GOOD.docx
(GOOD.docx: any package govdoc wrote, e.g. `govdoc export --docx Tests/Fixtures/valid/small.md`).
Needs msoffcrypto-tool (PyPI) for the password-protected file and LibreOffice for the .doc.
The files are committed, so the tests need neither.
"""
import io, os, shutil, subprocess, sys, tempfile, zipfile

good = open(sys.argv[1], 'rb').read()
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def replaced(document_xml, extra=None, drop=None, compress=zipfile.ZIP_DEFLATED):
    """The good package with word/document.xml replaced (or dropped), plus extra entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, 'w', compress) as dst:
        for info in src.infolist():
            if info.filename == 'word/document.xml':
                if document_xml is not None:
                    dst.writestr('word/document.xml', document_xml)
            elif info.filename != drop:
                dst.writestr(info.filename, src.read(info.filename))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return out.getvalue()

def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)

write('empty.docx', b'')
write('truncated.docx', good[: len(good) * 2 // 3])
write('not-a-zip.docx', '这不是一个文件包，只是文字。\n'.encode())
write('missing-document.docx', replaced(None))
write('dot-dot-entry.docx', replaced(None, extra={'../../evil.xml': '<x/>', 'word/document.xml': f'<w:document {W}><w:body/></w:document>'}))

laughs = '<?xml version="1.0"?>\n<!DOCTYPE w:document [\n <!ENTITY lol "lol">\n'
prev = 'lol'
for i in range(1, 10):
    laughs += f' <!ENTITY lol{i} "' + f'&{prev};' * 10 + '">\n'
    prev = f'lol{i}'
laughs += f']>\n<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
write('billion-laughs.docx', replaced(laughs))

xxe = ('<?xml version="1.0"?>\n<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
       f'<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
write('external-entity.docx', replaced(xxe))

deep = f'<w:document {W}><w:body>' + '<w:sdt><w:sdtContent>' * 5000 + '</w:sdtContent></w:sdt>' * 5000 + '</w:body></w:document>'
write('deep-nesting.docx', replaced(deep))

# zip bomb: 1 GiB of text in one paragraph, deflated to about 1 MB
bomb = io.BytesIO()
with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(bomb, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
    for info in src.infolist():
        if info.filename != 'word/document.xml':
            dst.writestr(info.filename, src.read(info.filename))
    with dst.open('word/document.xml', 'w', force_zip64=True) as f:
        f.write(f'<w:document {W}><w:body><w:p><w:r><w:t>'.encode())
        chunk = b'a' * (1 << 20)
        for _ in range(1024):
            f.write(chunk)
        f.write(b'</w:t></w:r></w:p></w:body></w:document>')
write('zip-bomb.docx', bomb.getvalue())

write('web-page.doc', ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                       'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                       '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><title>通知</title></head>\n'
                       '<body><p class=MsoNormal>关于做好春季森林防火工作的通知</p></body></html>\n').encode())
write('web-archive.docx', ('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
                           '------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><body>x</body></html>\r\n').encode())
write('rich-text.docx', b'{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 text}')

try:
    import msoffcrypto.format.ooxml as ooxml
    encrypted = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(good)).encrypt('govdoc', encrypted)
    write('password-protected.docx', encrypted.getvalue())
except ImportError:
    print('msoffcrypto-tool missing: password-protected.docx not written')

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'legacy.docx')
    open(src, 'wb').write(good)
    subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', 'doc',
                    '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'legacy.doc'), 'legacy-word.doc')
