import Foundation
@testable import GovDocPackaging
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// CPU seconds the calling thread spent in `body` (the machine is shared: wall time would
/// measure the other processes too).
func seconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

/// Runs `body` with standard error sent to a file; returns what was written there.
func capturingStandardError(_ body: () throws -> Void) rethrows -> String {
    let path = NSTemporaryDirectory() + "govdoc-stderr-\(UUID().uuidString)"
    let fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
    precondition(fd >= 0)
    fflush(nil)
    let saved = dup(2)
    dup2(fd, 2)
    defer {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        close(fd)
        unlink(path)
    }
    try body()
    fflush(nil)
    return String(decoding: (try? FileBytes.read(path)) ?? [], as: UTF8.self)
}

/// Reads every event of `xml`; the error it throws, if any.
@discardableResult
func readAll(_ xml: String, limits: XMLReadLimits = .default, prologCheck: Bool = true) throws -> [XMLEvent] {
    let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "part.xml", limits: limits, prologCheck: prologCheck)
    var events: [XMLEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

func packagingError(_ body: () throws -> Void) -> PackagingError? {
    do { try body() } catch let error as PackagingError { return error } catch { return nil }
    return nil
}

@Suite(.serialized) struct XMLStreamReaderTests {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    @Test func eventsNamespacesAttributesAndPredefinedEntities() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)"><w:body><w:p><w:r><w:t xml:space="preserve"> a &amp; b &lt;c&gt; &quot;&apos; &#x4E00;&#20108;</w:t></w:r><w:br w:type="page"/></w:p><!-- c --><![CDATA[<raw>]]></w:body></w:document>
        """
        let events = try readAll(xml)
        guard case .start(let document, let attributes, let isEmpty) = events[0] else { Issue.record("no start"); return }
        #expect(document == XMLElementName(namespaceURI: w, localName: "document"))
        #expect(attributes.isEmpty)   // xmlns:w is a declaration, not an attribute
        #expect(!isEmpty)
        let texts = events.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
        #expect(texts == [" a & b <c> \"' 一二", "<raw>"])
        let br = events.first { if case .start(let n, _, _) = $0 { return n.localName == "br" } else { return false } }
        guard case .start(_, let brAttributes, let brEmpty) = br else { Issue.record("no br"); return }
        #expect(brEmpty)
        #expect(brAttributes[w, "type"] == "page")
        #expect(brAttributes["type"] == nil)
        let t = events.first { if case .start(let n, _, _) = $0 { return n.localName == "t" } else { return false } }
        guard case .start(_, let tAttributes, _) = t else { Issue.record("no t"); return }
        #expect(tAttributes["http://www.w3.org/XML/1998/namespace", "space"] == "preserve")
        #expect(events.last == .end(XMLElementName(namespaceURI: w, localName: "document")))
        let ends = events.filter { if case .end = $0 { return true } else { return false } }.count
        let starts = events.filter { if case .start(_, _, false) = $0 { return true } else { return false } }.count
        #expect(starts == ends)
    }

    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE lolz [
     <!ENTITY lol "lol">
     <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
     <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
     <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
     <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
     <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
     <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
     <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
     <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
     <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <lolz>&lol9;</lolz>
    """

    static let externalEntity = """
    <?xml version="1.0"?>
    <!DOCTYPE w [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
    <w>&xxe;</w>
    """

    static let parameterEntity = """
    <?xml version="1.0"?>
    <!DOCTYPE w [ <!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote; ]>
    <w>x</w>
    """

    @Test(arguments: [true, false])
    func billionLaughsIsRefusedQuickly(prologCheck: Bool) throws {
        var error: PackagingError?
        let stderrText = capturingStandardError {
            let time = seconds { error = packagingError { try readAll(Self.billionLaughs, prologCheck: prologCheck) } }
            #expect(time < 30, "a hang guard, not a speed test: \(time) s")
        }
        let found = try #require(error)
        #expect(found.operation.hasPrefix("part.xml"))
        #expect(!stderrText.contains(" error : ") && !stderrText.contains("warning : "), "libxml2 printed: \(stderrText)")
    }

    @Test(arguments: [true, false])
    func externalEntitiesAreNeverLoaded(prologCheck: Bool) throws {
        for xml in [Self.externalEntity, Self.parameterEntity] {
            var events: [XMLEvent] = []
            var error: PackagingError?
            let stderrText = capturingStandardError {
                do { events = try readAll(xml, prologCheck: prologCheck) } catch let e as PackagingError { error = e } catch {}
            }
            #expect(error != nil)
            // nothing of /etc/passwd reached the caller
            #expect(!events.contains { if case .text(let t) = $0 { return t.contains("root:") } else { return false } })
            #expect(!stderrText.contains(" error : ") && !stderrText.contains("warning : "), "libxml2 printed: \(stderrText)")
        }
    }

    @Test func theDoctypeErrorNamesTheDTD() throws {
        let error = try #require(packagingError { try readAll(Self.externalEntity) })
        #expect(error.detail.contains("DOCTYPE"))
    }

    @Test func anUndeclaredEntityIsAnErrorWithItsLine() throws {
        let error = try #require(packagingError { try readAll("<a>\n<b>&nbsp;</b></a>") })
        #expect(error.operation == "part.xml:2")
        #expect(error.detail.contains("nbsp"))
    }

    @Test func malformedXMLIsAnErrorWithItsLine() throws {
        let error = try #require(packagingError { try readAll("<a>\n<b>\n</c></a>") })
        #expect(error.operation == "part.xml:3", "\(error)")
        let unclosed = try #require(packagingError { try readAll("<a><b>text") })
        #expect(unclosed.operation.hasPrefix("part.xml"))
        #expect(packagingError { try readAll("") } != nil)
        #expect(packagingError { try readAll("not xml at all") } != nil)
        #expect(packagingError { try readAll("<a>\u{0}</a>") } != nil)
    }

    @Test func tenThousandDeepNestingIsRefusedQuickly() throws {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        var error: PackagingError?
        let time = seconds { error = packagingError { try readAll(xml) } }
        #expect(time < 30, "a hang guard, not a speed test: \(time) s")
        #expect(try #require(error).detail.contains("256") || error!.detail.lowercased().contains("depth"))
        // our own cap, below libxml2's
        let shallow = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        let capped = try #require(packagingError { try readAll(shallow, limits: XMLReadLimits(maxDepth: 10)) })
        #expect(capped.detail.contains("deeper than 10"))
        #expect(try readAll(shallow, limits: XMLReadLimits(maxDepth: 20)).count == 40)
    }

    @Test func textAndNodeCaps() throws {
        let long = "<a>" + String(repeating: "x", count: 5000) + "</a>"
        let text = try #require(packagingError { try readAll(long, limits: XMLReadLimits(maxTextLength: 4096)) })
        #expect(text.detail.contains("4096"))
        let many = "<a>" + String(repeating: "<b/>", count: 1000) + "</a>"
        let nodes = try #require(packagingError { try readAll(many, limits: XMLReadLimits(maxNodes: 500)) })
        #expect(nodes.detail.contains("500"))
        let attribute = "<a v=\"" + String(repeating: "y", count: 5000) + "\"/>"
        #expect(packagingError { try readAll(attribute, limits: XMLReadLimits(maxTextLength: 4096)) } != nil)
    }

    @Test func anErrorRepeatsAndTheReaderStaysClosed() throws {
        let reader = try XMLStreamReader(bytes: Array("<a><b></a>".utf8), name: "x.xml")
        var first: PackagingError?
        do { while try reader.next() != nil {} } catch let e as PackagingError { first = e }
        #expect(first != nil)
        #expect(packagingError { _ = try reader.next() } == first)
    }

    @Test func utf16IsDecoded() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>公文</a>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let reader = try XMLStreamReader(bytes: bytes, name: "u.xml")
        var texts: [String] = []
        while let event = try reader.next() { if case .text(let t) = event { texts.append(t) } }
        #expect(texts == ["公文"])
    }
}

@Suite struct ZipArchiveReaderTests {
    func written(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let writer = try ZipArchiveWriter()
        for (name, data) in entries { try writer.add(name, data) }
        return try writer.finish()
    }

    func zipError(_ body: () throws -> Void) -> ZipReadFailure? {
        packagingError(body)?.zipFailure
    }

    @Test func readsWhatTheWriterWrote() throws {
        let text = Array("<w:document/>".utf8)
        let big = [UInt8](repeating: 7, count: 300_000)
        let zip = ZipArchiveReader.init
        let reader = try zip(try written([("word/document.xml", text), ("[Content_Types].xml", big)]), .default)
        #expect(reader.entryNames == ["word/document.xml", "[Content_Types].xml"])
        #expect(reader.contains("word/document.xml"))
        #expect(!reader.contains("word/styles.xml"))
        #expect(try reader.read("word/document.xml") == text)
        #expect(try reader.read("[Content_Types].xml") == big)
        #expect(zipError { _ = try reader.read("word/styles.xml") } == .missingEntry)
    }

    @Test func notAZipTruncatedAndEmpty() throws {
        #expect(zipError { _ = try ZipArchiveReader(bytes: Array("hello, this is text".utf8)) } == .notAZip)
        #expect(zipError { _ = try ZipArchiveReader(bytes: []) } == .notAZip)
        let whole = try written([("word/document.xml", Array(repeating: 65, count: 10_000))])
        for cut in [whole.count / 2, whole.count - 10, 30] {
            let failure = zipError { _ = try ZipArchiveReader(bytes: Array(whole.prefix(cut))) }
            #expect(failure == .notAZip || failure == .damaged, "cut at \(cut): \(String(describing: failure))")
        }
    }

    @Test(arguments: ["../evil.xml", "word/../../evil.xml", "/etc/passwd", "word\\document.xml", "C:/x.xml", "..", "a/\u{1}b"])
    func unsafeNamesAreRefused(name: String) throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<a/>".utf8))
        raw.add(name, Array("x".utf8))
        let failure = zipError { _ = try ZipArchiveReader(bytes: raw.bytes()) }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            #expect(failure != nil)   // libzip may find it first
        } else {
            #expect(failure == .unsafeName)
        }
    }

    @Test func handMadeZipsAreReadWhenSafe() throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<a/>".utf8))
        raw.add("word/..x/ok.xml", Array("ok".utf8))
        let reader = try ZipArchiveReader(bytes: raw.bytes())
        #expect(try reader.read("word/document.xml") == Array("<a/>".utf8))
        #expect(try reader.read("word/..x/ok.xml") == Array("ok".utf8))
    }

    @Test func encryptedEntriesAreRefused() throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<a/>".utf8), flags: 0x0801)
        #expect(zipError { _ = try ZipArchiveReader(bytes: raw.bytes()) } == .encrypted)
    }

    @Test func aLyingDeclaredSizeIsNotTrusted() throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<a>hello</a>".utf8), declaredSize: 0xFFFF_FFF0)
        let failure = zipError {
            let reader = try ZipArchiveReader(bytes: raw.bytes())
            _ = try reader.read("word/document.xml")
        }
        #expect(failure == .damaged || failure == .notAZip, "\(String(describing: failure))")
    }

    @Test func tooManyEntries() throws {
        let zip = try written((0..<50).map { ("f\($0).xml", [UInt8(65)]) })
        #expect(zipError { _ = try ZipArchiveReader(bytes: zip, limits: ZipReadLimits(maxEntries: 20)) } == .tooLarge)
        #expect(try ZipArchiveReader(bytes: zip, limits: ZipReadLimits(maxEntries: 50)).entryNames.count == 50)
    }

    /// 80 MiB of zeros deflate to ~80 KB: the ratio cap stops it after the first MiB, the entry
    /// cap after 64 MiB when the ratio is allowed, the total cap across entries.
    @Test func zipBombsFailFast() throws {
        let zeros = [UInt8](repeating: 0, count: 80 << 20)
        let bomb = try written([("word/document.xml", zeros)])
        #expect(bomb.count < 1 << 20)
        var failure: ZipReadFailure?
        let byRatio = seconds { failure = zipError { _ = try ZipArchiveReader(bytes: bomb).read("word/document.xml") } }
        #expect(failure == .tooLarge)
        #expect(byRatio < 30, "a hang guard, not a speed test")
        let bySize = seconds {
            failure = zipError { _ = try ZipArchiveReader(bytes: bomb, limits: ZipReadLimits(maxRatio: .max)).read("word/document.xml") }
        }
        #expect(failure == .tooLarge)
        #expect(bySize < 30, "a hang guard, not a speed test")
        let small = try written([("a", [UInt8](repeating: 0, count: 3 << 20)), ("b", [UInt8](repeating: 0, count: 3 << 20))])
        let limits = ZipReadLimits(maxEntrySize: 4 << 20, maxTotalSize: 5 << 20, maxRatio: .max)
        let reader = try ZipArchiveReader(bytes: small, limits: limits)
        #expect(try reader.read("a").count == 3 << 20)
        #expect(zipError { _ = try reader.read("b") } == .tooLarge)
    }

    @Test func corruptedDataIsAnError() throws {
        var raw = RawZip()
        raw.add("word/document.xml", Array("<a>hello</a>".utf8))
        var bytes = raw.bytes()
        // flip a byte of the stored data: the CRC no longer matches
        let at = 30 + "word/document.xml".utf8.count + 3
        bytes[at] ^= 0xFF
        let failure = zipError { _ = try ZipArchiveReader(bytes: bytes).read("word/document.xml") }
        #expect(failure == .damaged)
    }
}

@Suite struct PackageSnifferTests {
    func ole(streamNames: [String]) -> [UInt8] {
        var bytes = PackageSniffer.oleSignature + [UInt8](repeating: 0, count: 512 - 8)
        for name in streamNames {
            var entry = [UInt8](repeating: 0, count: 128)
            var units: [UInt8] = []
            for u in name.utf16 { units += [UInt8(u & 0xFF), UInt8(u >> 8)] }
            units += [0, 0]
            entry.replaceSubrange(0..<units.count, with: units)
            entry[64] = UInt8(units.count)
            bytes += entry
        }
        return bytes + [UInt8](repeating: 0, count: 512)
    }

    @Test func kinds() throws {
        #expect(PackageSniffer.kind(of: []) == .empty)
        #expect(PackageSniffer.kind(of: [0x50, 0x4B, 5, 6] + [UInt8](repeating: 0, count: 18)) == .zip)
        let writer = try ZipArchiveWriter()
        try writer.add("a", [1])
        #expect(PackageSniffer.kind(of: try writer.finish()) == .zip)
        #expect(PackageSniffer.kind(of: ole(streamNames: ["Root Entry", "EncryptionInfo", "EncryptedPackage"])) == .encryptedOOXML)
        #expect(PackageSniffer.kind(of: ole(streamNames: ["Root Entry", "WordDocument", "1Table"])) == .legacyCompoundFile)
        #expect(PackageSniffer.kind(of: Array("\u{FEFF}  <html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>x</body></html>".utf8)) == .html)
        #expect(PackageSniffer.kind(of: Array("<!DOCTYPE HTML PUBLIC><HTML>".utf8)) == .html)
        #expect(PackageSniffer.kind(of: Array("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x".utf8)) == .html)
        #expect(PackageSniffer.kind(of: Array("{\\rtf1\\ansi x}".utf8)) == .rtf)
        #expect(PackageSniffer.kind(of: Array("<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?><w:wordDocument/>".utf8)) == .flatXML)
        #expect(PackageSniffer.kind(of: Array("just text".utf8)) == .unknown)
    }
}
