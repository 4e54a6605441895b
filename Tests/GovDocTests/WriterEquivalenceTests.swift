import Testing
@testable import GovDocPackaging

/// The XML and zip writers against the libxml2 and libzip writers govdoc used before them
/// (`LibXML2TextWriter`, `LibZipArchiveWriter`): the same calls must give the same bytes, so
/// that every document is written byte for byte as before.
@Suite struct WriterEquivalenceTests {
    /// A small seeded generator (xorshift64*), so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Markup characters, the characters XML forbids, 1- to 4-byte UTF-8, U+FFFD/U+E000 (EF lead bytes).
    static let alphabet: [String] = ["a", "Z", "0", " ", "<", ">", "&", "\"", "'", "]]>", "\t", "\n", "\r", "\r\n",
                                     "\u{0}", "\u{1}", "\u{B}", "\u{1F}", "\u{7F}", "é", "中", "文", "，", "。", "\u{FFFE}",
                                     "\u{FFFF}", "\u{FFFD}", "\u{E000}", "😀", "\u{10FFFF}", "ＡＢ", "&amp;", "—"]

    static func string(_ r: inout Random) -> String {
        (0..<r.below(6)).map { _ in alphabet[r.below(alphabet.count)] }.joined()
    }

    /// One random sequence of calls on both writers, returning both outputs.
    static func write(seed: UInt64, declared: Bool) throws -> (ours: [UInt8], reference: [UInt8]) {
        var r = Random(state: seed | 1)
        let ours = try XMLStreamWriter()
        let reference = try LibXML2TextWriter()
        if declared {
            let standalone = r.below(2) == 0
            try ours.startDocument(standalone: standalone)
            try reference.startDocument(standalone: standalone)
        }
        var depth = 0
        var tagOpen = false
        let names = ["w:p", "a", "text:span", "中文"]
        for _ in 0..<(20 + r.below(60)) {
            switch r.below(7) {
            case 0, 1:
                let name = names[r.below(names.count)]
                try ours.startElement(name); try reference.startElement(name)
                depth += 1; tagOpen = true
            case 2 where tagOpen:
                let (name, value) = (["v", "w:val", "xml:space"][r.below(3)], string(&r))
                try ours.attribute(name, value); try reference.attribute(name, value)
            case 3 where depth > 0:
                let value = string(&r)
                try ours.text(value); try reference.text(value)
                tagOpen = false
            case 4 where depth > 0:
                try ours.endElement(); try reference.endElement()
                depth -= 1; tagOpen = false
            case 5 where depth > 0:
                let markup = Array("<w:r><w:t>x</w:t></w:r>".utf8)
                try ours.raw(markup); try reference.raw(markup)
                tagOpen = false
            case 6 where depth > 0:
                try ours.text(""); try reference.text("")   // an empty text still ends the start tag
                tagOpen = false
            default:
                break
            }
        }
        return (try ours.finish(), try reference.finish())
    }

    @Test(arguments: 1...300)
    func randomCallsGiveLibxml2sBytes(seed: Int) throws {
        for declared in [true, false] {
            let (ours, reference) = try Self.write(seed: UInt64(seed) * 7919, declared: declared)
            #expect(ours == reference, "seed \(seed), declared \(declared):\n\(String(decoding: ours, as: UTF8.self))\n\(String(decoding: reference, as: UTF8.self))")
        }
    }

    @Test func attributeValuesOfAFragmentAreCharacterReferencesLikeLibxml2s() throws {
        // without an XML declaration libxml2 had no encoding and wrote non-ASCII in attributes as &#x…;
        let value = "中，é😀\u{FFFD}"
        let ours = try XMLStreamWriter(), reference = try LibXML2TextWriter()
        try ours.emptyElement("a", ["v": value]); try reference.emptyElement("a", ["v": value])
        let bytes = try ours.finish()
        #expect(bytes == (try reference.finish()))
        #expect(String(decoding: bytes, as: UTF8.self) == "<a v=\"&#x4E2D;&#xFF0C;&#xE9;&#x1F600;&#xFFFD;\"/>\n")
    }

    @Test func misuseThrowsAsItDidInLibxml2() throws {
        let x = try XMLStreamWriter()
        #expect(throws: PackagingError.self) { try x.attribute("a", "b") }      // no element
        #expect(throws: PackagingError.self) { try x.endElement() }
        try x.startElement("a")
        #expect(throws: PackagingError.self) { try x.startElement("") }
        try x.text("t")
        #expect(throws: PackagingError.self) { try x.attribute("a", "b") }      // after content
        #expect(String(decoding: try x.finish(), as: UTF8.self) == "<a>t</a>\n")
        #expect(throws: PackagingError.self) { try x.text("after") }
        #expect(throws: PackagingError.self) { _ = try x.finish() }
    }

    // MARK: zip

    static func bytes(_ r: inout Random, count: Int, compressible: Bool) -> [UInt8] {
        let words = Array("<w:p><w:r><w:t>第一段文字，</w:t></w:r></w:p>\n".utf8)
        return (0..<count).map { i in compressible ? words[(i + i / 97) % words.count] : UInt8(truncatingIfNeeded: r.next()) }
    }

    @Test(arguments: 1...40)
    func randomArchivesGiveLibzipsBytes(seed: Int) throws {
        var r = Random(state: UInt64(seed) &* 104_729 | 1)
        let ours = try ZipArchiveWriter()
        let reference = try LibZipArchiveWriter()
        let names = ["mimetype", "content.xml", "word/document.xml", "Pictures/图片 1.png", "META-INF/manifest.xml", "a"]
        for _ in 0..<(1 + r.below(8)) {
            let name = names[r.below(names.count)]   // a name again replaces its entry in place
            let sizes = [0, 1, 2, 100, 5_000, 70_000, 300_000]
            let data = Self.bytes(&r, count: sizes[r.below(sizes.count)], compressible: r.below(3) > 0)
            let compressed = r.below(4) > 0
            try ours.add(name, data, compressed: compressed, reusable: r.below(2) == 0)
            try reference.add(name, data, compressed: compressed)
        }
        let a = try ours.finish(), b = try reference.finish()
        #expect(a == b, "seed \(seed): \(a.count) and \(b.count) bytes")
    }

    @Test func aReusedPartGivesTheSameArchive() throws {
        var r = Random(state: 99)
        let styles = Self.bytes(&r, count: 20_000, compressible: true)
        var archives: [[UInt8]] = []
        for _ in 0..<3 {   // the second and third take the kept deflated styles
            let zip = try ZipArchiveWriter()
            try zip.add("content.xml", Array("<office:document-content/>".utf8))
            try zip.add("styles.xml", styles, reusable: true)
            archives.append(try zip.finish())
        }
        let reference = try LibZipArchiveWriter()
        try reference.add("content.xml", Array("<office:document-content/>".utf8))
        try reference.add("styles.xml", styles)
        let expected = try reference.finish()
        #expect(archives.allSatisfy { $0 == expected })
        // a changed part is not taken for the kept one
        var changed = styles
        changed[10_000] ^= 1
        let zip = try ZipArchiveWriter()
        try zip.add("styles.xml", changed, reusable: true)
        let other = try LibZipArchiveWriter()
        try other.add("styles.xml", changed)
        #expect(try zip.finish() == (try other.finish()))
    }

    @Test func anEmptyArchiveAndAFinishedOneAsBefore() throws {
        // an archive without entries is refused by both
        #expect(throws: PackagingError.self) { _ = try ZipArchiveWriter().finish() }
        #expect(throws: PackagingError.self) { _ = try LibZipArchiveWriter().finish() }
        let zip = try ZipArchiveWriter()
        try zip.add("a", [1, 2, 3])
        _ = try zip.finish()
        #expect(throws: PackagingError.self) { try zip.add("b", [1]) }
        #expect(throws: PackagingError.self) { _ = try zip.finish() }
    }
}
