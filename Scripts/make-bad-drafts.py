#!/usr/bin/env python3
"""Writes hostile and broken word-processor files into Tests/Fixtures/bad-drafts/, each with the
kind of failure a reader must report (expected.tsv). The files are committed; tests never run this.

    .venv/bin/pip install msoffcrypto-tool olefile     # encryption, and a check of the CFB files
    .venv/bin/python Scripts/make-bad-drafts.py

Every file here must give one clear error, a non-zero exit and no output, in under a second
and under 100 MB of memory. The zip bombs are small on disk (about 1 MB) and large inside.
"""
import io
import os
import struct
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "bad-drafts")
DRAFTS = os.path.join(ROOT, "Tests", "Fixtures", "drafts")
DATE = (2024, 3, 1, 8, 0, 0)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
DOC_TAIL = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'


def doc(paragraphs_xml):
    return DOC_HEAD + paragraphs_xml + DOC_TAIL


def p(text):
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_zip(name, entries, compress=zipfile.ZIP_DEFLATED):
    """entries: (name, bytes|str) in order."""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", compress) as z:
        for entry, data in entries:
            info = zipfile.ZipInfo(entry, date_time=DATE)
            info.compress_type = zipfile.ZIP_STORED if entry == "mimetype" else compress
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    report(name)
    return path


def docx_entries(document_xml):
    return [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", document_xml)]


def report(name):
    print(f"wrote {os.path.relpath(os.path.join(OUT, name), ROOT)} ({os.path.getsize(os.path.join(OUT, name))} bytes)")


# ---------------------------------------------------------------- zip bombs

def streamed_entry(z, entry, head, filler, size, tail):
    """An entry whose text is head + `size` bytes of `filler` + tail, written in chunks."""
    info = zipfile.ZipInfo(entry, date_time=DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    chunk = filler * (1 << 20)
    with z.open(info, "w", force_zip64=size + len(head) + len(tail) >= 0xFFFFFFFF) as f:
        f.write(head)
        left = size
        while left > 0:
            n = min(left, len(chunk))
            f.write(chunk[:n])
            left -= n
        f.write(tail)


def zip_bomb():
    """word/document.xml is a valid document whose one w:t holds 1 GiB of the digit 0: only a size
    cap stops it (about 1 MB on disk)."""
    name = "zip-bomb.docx"
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in docx_entries("")[:2]:
            z.writestr(zipfile.ZipInfo(entry, date_time=DATE), data)
        streamed_entry(z, "word/document.xml", (DOC_HEAD + "<w:p><w:r><w:t>").encode(), b"0", 1 << 30,
                       ("</w:t></w:r></w:p>" + DOC_TAIL).encode())
    report(name)


def ratio_bomb():
    """100 MiB in a 100 kB entry (ratio about 1000:1): under a plausible total cap, over any ratio cap."""
    name = "ratio-bomb.docx"
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in docx_entries("")[:2]:
            z.writestr(zipfile.ZipInfo(entry, date_time=DATE), data)
        streamed_entry(z, "word/document.xml", (DOC_HEAD + "<w:p><w:r><w:t>").encode(), b" ", 100 << 20,
                       ("</w:t></w:r></w:p>" + DOC_TAIL).encode())
    report(name)


def parts_bomb():
    """Many parts of 60 MiB each that the reader opens (styles, numbering, footers, footnotes),
    every one under a per-entry cap of a few hundred MB, 1.2 GiB together: a total cap is needed."""
    name = "parts-bomb.docx"
    parts = ["word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footnotes.xml"] + \
            [f"word/footer{i}.xml" for i in range(1, 17)]
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'{"footer" if "footer" in part else part.split("/")[-1][:-4]}" Target="{part.split("/")[-1]}"/>'
        for i, part in enumerate(parts, start=1))
    body = "".join(f'<w:footerReference w:type="default" r:id="rId{i}"/>'
                   for i, part in enumerate(parts, start=1) if "footer" in part)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} '
                f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
                f'{p("一个正常的段落。")}<w:sectPr>{body}</w:sectPr></w:body></w:document>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in docx_entries(document):
            z.writestr(zipfile.ZipInfo(entry, date_time=DATE), data)
        z.writestr(zipfile.ZipInfo("word/_rels/document.xml.rels", date_time=DATE),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
                   f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        for part in parts:
            root = "w:ftr" if "footer" in part else "w:" + part.split("/")[-1][:-4]
            streamed_entry(z, part, f'<?xml version="1.0"?><{root} {W}><!--'.encode(), b"0", 60 << 20,
                           f"--></{root}>".encode())
    report(name)


def nested_bomb():
    """The zip-in-zip kind (42.zip): word/document.xml is small, but the package carries an
    embedded package that itself holds packages, each 16 × deeper. A reader must never unpack
    embeddings; this one must either read the text (and warn about the object) or refuse —
    never expand the nest. Small on disk."""
    name = "nested-bomb.docx"
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        streamed_entry(z, "zeros.bin", b"", b"\0", 64 << 20, b"")
    level = inner.getvalue()
    for depth in range(3):  # 16^3 × 64 MiB = 256 GiB when fully expanded
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
            for i in range(16):
                z.writestr(zipfile.ZipInfo(f"{depth}-{i:02d}.zip", date_time=DATE), level)
        level = buf.getvalue()
    ct = CONTENT_TYPES.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/></Types>')
    document = doc(p("正文只有这一段。"))
    write_zip(name, [("[Content_Types].xml", ct), ("_rels/.rels", RELS), ("word/document.xml", document),
                     ("word/embeddings/oleObject1.bin", level)])


def lying_size():
    """The local and central headers say word/document.xml is 1,000 bytes; its deflate stream
    expands to 50 MiB. A reader that trusts the declared size must still stop (or fail the CRC)."""
    name = "lying-size.docx"
    real = (DOC_HEAD + "<w:p><w:r><w:t>").encode() + b"0" * (50 << 20) + ("</w:t></w:r></w:p>" + DOC_TAIL).encode()
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = comp.compress(real) + comp.flush()
    crc = zlib.crc32(real)
    path = os.path.join(OUT, name)
    buf = io.BytesIO()
    central = []

    def local(entry, payload, method, crc, csize, usize):
        offset = buf.tell()
        fn = entry.encode()
        buf.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x5861, crc, csize, usize, len(fn), 0))
        buf.write(fn)
        buf.write(payload)
        central.append((fn, method, crc, csize, usize, offset))

    for entry, text in docx_entries("")[:2]:
        raw = text.encode()
        local(entry, raw, 0, zlib.crc32(raw), len(raw), len(raw))
    local("word/document.xml", data, 8, crc, len(data), 1000)
    cd_start = buf.tell()
    for fn, method, crc, csize, usize, offset in central:
        buf.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x5861, crc, csize, usize,
                              len(fn), 0, 0, 0, 0, 0o644 << 16, offset))
        buf.write(fn)
    cd_size = buf.tell() - cd_start
    buf.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_start, 0))
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    report(name)


# ---------------------------------------------------------------- XML attacks

def billion_laughs():
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [{ents}]>\n'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>')
    write_zip("billion-laughs.docx", docx_entries(xml))
    # the same in an ODT's content.xml
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document-content [{ents}]>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:text><text:p>&lol9;</text:p></office:text></office:body></office:document-content>')
    write_zip("billion-laughs.odt", odt_entries(content))


def external_entity():
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>')
    write_zip("external-entity.docx", docx_entries(xml))
    # an external DTD fetched over the network (must not be loaded)
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
           f'<w:document {W}><w:body>{p("正文")}</w:body></w:document>')
    write_zip("external-dtd.docx", docx_entries(xml))
    # a parameter entity pulling a local file into the internal subset
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n'
           f'<w:document {W}><w:body>{p("正文")}</w:body></w:document>')
    write_zip("parameter-entity.docx", docx_entries(xml))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:text><text:p>&e;</text:p></office:text></office:body></office:document-content>')
    write_zip("external-entity.odt", odt_entries(content))


def deep_nesting():
    """10,000 elements deep: tables in tables (w:tbl/w:tr/w:tc, 3,334 levels) — the recursion a
    table reader takes — and in an ODT 10,000 nested text:span."""
    levels = 3334
    xml = DOC_HEAD + "<w:tbl><w:tr><w:tc>" * levels + p("最深处") + "</w:tc></w:tr></w:tbl>" * levels + DOC_TAIL
    write_zip("deep-nesting.docx", docx_entries(xml))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:text><text:p>' + "<text:span>" * 10000 + "最深处" + "</text:span>" * 10000 +
               '</text:p></office:text></office:body></office:document-content>')
    write_zip("deep-nesting.odt", odt_entries(content))


# ---------------------------------------------------------------- broken packages

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODT_STYLES = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles '
              'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>')


def odt_entries(content):
    entries = [("mimetype", "application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", MANIFEST)]
    if content is not None:
        entries.append(("content.xml", content))
    entries.append(("styles.xml", ODT_STYLES))
    return entries


def unsafe_names():
    entries = docx_entries(doc(p("正文"))) + [("../evil.xml", "<evil/>"), ("../../tmp/govdoc-evil", "x"),
                                             ("/etc/govdoc-evil", "x"), ("word/../../evil2.xml", "<evil/>")]
    write_zip("zip-slip.docx", entries)
    entries = odt_entries('<?xml version="1.0"?><office:document-content '
                          'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>')
    write_zip("zip-slip.odt", entries + [("../evil.xml", "<evil/>")])


def missing_parts():
    write_zip("no-document.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                                   ("word/styles.xml", f'<?xml version="1.0"?><w:styles {W}/>')])
    write_zip("no-content.odt", odt_entries(None))
    # a zip that is no word-processor package at all
    write_zip("plain-zip.docx", [("readme.txt", "这不是Word文档。\n"), ("data/numbers.csv", "1,2,3\n")])


def other_packages():
    """Packages that look like a .docx from outside but hold something else (issue 29 item 10)."""
    def rels(target):
        return RELS.replace('Target="word/document.xml"', f'Target="{target}"')
    s_ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    write_zip("spreadsheet.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", rels("xl/workbook.xml")),
                                   ("xl/workbook.xml", f'<?xml version="1.0"?><workbook {s_ns}><sheets/></workbook>')])
    p_ns = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
    write_zip("presentation.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", rels("ppt/presentation.xml")),
                                    ("ppt/presentation.xml", f'<?xml version="1.0"?><p:presentation {p_ns}/>')])
    write_zip("no-body.docx", docx_entries(f'<?xml version="1.0" encoding="UTF-8"?>\n<w:document {W}/>'))
    write_zip("empty-document.docx", docx_entries(""))
    # the same name twice in the central directory (zipfile warns, and writes it)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_zip("duplicate-entry.docx", docx_entries(doc(p("第一份"))) + [("word/document.xml", doc(p("第二份")))])


def truncated():
    with open(os.path.join(DRAFTS, "word-default.docx"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.docx"), "wb") as f:
        f.write(data[: len(data) // 2])
    report("truncated.docx")
    with open(os.path.join(DRAFTS, "libreoffice.odt"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.odt"), "wb") as f:
        f.write(data[: len(data) - 200])  # the central directory's end is gone
    report("truncated.odt")


def empty():
    for name in ("empty.docx", "empty.odt"):
        open(os.path.join(OUT, name), "wb").close()
        report(name)


# ---------------------------------------------------------------- OLE compound files

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams):
    """A minimal compound file (MS-CFB version 3, 512-byte sectors) holding the given streams
    (name, bytes) under the root storage. Streams are padded to 4,096 bytes so that no mini
    stream is needed. One FAT sector, one directory sector (up to 3 streams)."""
    assert len(streams) <= 3
    streams = [(n, d + b"\0" * (max(4096, -(-len(d) // 512) * 512) - len(d))) for n, d in streams]
    sectors = []           # sector payloads after the header
    fat = [FATSECT, ENDOFCHAIN]  # sector 0: FAT, sector 1: directory
    starts = []
    next_sector = 2
    for _, data in streams:
        count = len(data) // 512
        starts.append(next_sector)
        fat += [next_sector + i + 1 for i in range(count - 1)] + [ENDOFCHAIN]
        next_sector += count
    assert len(fat) <= 128
    fat += [FREESECT] * (128 - len(fat))

    def entry(name, kind, child=NOSTREAM, left=NOSTREAM, right=NOSTREAM, start=ENDOFCHAIN, size=0):
        raw = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1) +
                struct.pack("<III", left, right, child) + b"\0" * 16 + struct.pack("<I", 0) +
                b"\0" * 16 + struct.pack("<IQ", start, size))

    # sibling tree: all streams chained as right siblings, ordered by (length, upper-case name)
    order = sorted(range(len(streams)), key=lambda i: (len(streams[i][0]), streams[i][0].upper()))
    ids = {i: k + 1 for k, i in enumerate(order)}
    entries = [entry("Root Entry", 5, child=ids[order[0]])]
    for k, i in enumerate(order):
        name, data = streams[i]
        right = ids[order[k + 1]] if k + 1 < len(order) else NOSTREAM
        entries.append(entry(name, 2, right=right, start=starts[i], size=len(data)))
    while len(entries) < 4:
        entries.append(b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) +
                       b"\0" * 36 + struct.pack("<IQ", 0, 0))
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) +
              b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0) +
              struct.pack("<I", 0) + struct.pack("<108I", *([FREESECT] * 108)))
    assert len(header) == 512, len(header)
    body = struct.pack("<128I", *fat) + b"".join(entries)
    for _, data in streams:
        body += data
    return header + body


def fib():
    """The start of a Word 97 FIB: wIdent 0xA5EC, nFib 0x00C1 (Word 97–2003)."""
    return struct.pack("<HHHHH", 0xA5EC, 0x00C1, 0, 0x0409, 0) + b"\0" * 1000


def legacy():
    for name in ("legacy.doc", "legacy.wps", "legacy-renamed.docx"):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(cfb([("WordDocument", fib()), ("1Table", b"\0" * 512)]))
        report(name)


def encrypted():
    """A real password-protected .docx: Word's agile encryption by msoffcrypto-tool (an OLE file
    with EncryptionInfo and EncryptedPackage streams). The password is 1234."""
    from msoffcrypto.format.ooxml import OOXMLFile
    src = os.path.join(DRAFTS, "word-default.docx")
    with open(src, "rb") as f:
        plain = OOXMLFile(f)
        out = os.path.join(OUT, "password.docx")
        with open(out, "wb") as o:
            plain.encrypt("1234", o)
    report("password.docx")
    # and a hand-built one: the two streams' names are what matters to a reader
    with open(os.path.join(OUT, "password-minimal.docx"), "wb") as f:
        info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0"?><encryption/>'
        f.write(cfb([("EncryptionInfo", info), ("EncryptedPackage", struct.pack("<Q", 4096) + b"\x5a" * 4096)]))
    report("password-minimal.docx")


def html():
    page = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="ProgId" content="Word.Document"><title>关于做好2024年春季森林防火工作的通知</title></head>
<body><p class="MsoTitle" align="center">关于做好2024年春季森林防火工作的通知</p><p>各村（社区）：</p><p>　　当前已进入春季森林防火关键期。</p></body></html>
"""
    for name in ("html.docx", "html.doc"):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(page)
        report(name)
    # a MIME single-file web page (.mht) saved as .doc, as Word's "Single File Web Page" is
    with open(os.path.join(OUT, "mht.doc"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="----=_NextPart_01"\n\n'
                '------=_NextPart_01\nContent-Location: file:///C:/draft.htm\nContent-Type: text/html; charset="utf-8"\n\n'
                + page + '\n------=_NextPart_01--\n')
    report("mht.doc")


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for fn in (zip_bomb, ratio_bomb, parts_bomb, nested_bomb, lying_size, billion_laughs, external_entity,
               deep_nesting, unsafe_names, missing_parts, other_packages, truncated, empty, legacy, encrypted, html):
        if not only or fn.__name__ in only:
            fn()


if __name__ == "__main__":
    main()
