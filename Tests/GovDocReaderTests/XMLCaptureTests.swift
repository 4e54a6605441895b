@testable import GovDocPackaging
import Testing

/// The SAX2 reader across libxml2's chunk boundaries, and its trees built in the callbacks.
@Suite struct XMLCaptureTests {
    /// 5000 `<e>` with text and an attribute, 5000 empty `<f/>`, then 100 KB of text: several
    /// times the 32 KiB chunk the reader hands libxml2 at once.
    static let big: String = {
        var xml = "<?xml version=\"1.0\"?><r xmlns:s=\"urn:strict\">"
        for i in 0..<5000 { xml += "<e i=\"\(i)\">text\(i) &amp; 公文</e><f/>" }
        xml += "<g></g><s:h s:v=\"1\"/>" + String(repeating: "长", count: 100_000 / 3) + "</r>"
        return xml
    }()

    @Test func eventsAreTheSameAcrossChunkBoundaries() throws {
        #expect(Self.big.utf8.count > 4 * XMLStreamReader.chunkSize)
        let events = try readAll(Self.big)
        var starts = 0, empties = 0, ends = 0
        var texts: [String] = []
        for event in events {
            switch event {
            case let .start(name, attributes, isEmpty):
                if name.localName == "e" {
                    #expect(!isEmpty)
                    #expect(attributes["i"] == String(starts))
                    starts += 1
                }
                if name.localName == "f" || name.localName == "h" { #expect(isEmpty) ; empties += 1 }
                if name.localName == "g" { #expect(!isEmpty) }   // `<g></g>` has its end, as the text reader gave it
            case .end(let name):
                if name.localName == "e" { ends += 1 }
            case .text(let t):
                texts.append(t)
            }
        }
        #expect(starts == 5000 && ends == 5000 && empties == 5001)
        // one text event per text node, whatever the chunks and entity references cut it into
        #expect(texts.count == 5001)
        #expect(texts[4999] == "text4999 & 公文")
        #expect(texts.last == String(repeating: "长", count: 100_000 / 3))
    }

    @Test func capturedTreesHoldWhatTheEventsHold() throws {
        let reader = try XMLStreamReader(bytes: Array(Self.big.utf8), name: "big.xml",
                                         namespaceAliases: ["urn:strict": "urn:transitional"]) { open, _ in
            open.count == 1 ? XMLCapture() : nil
        }
        var trees: [XMLNode] = []
        var texts: [String] = []
        var starts: [String] = []
        while let item = try reader.nextItem() {
            switch item {
            case .tree(let node): trees.append(node)
            case .event(.text(let t)): texts.append(t)
            case .event(.start(let name, _, _)): starts.append(name.localName)
            case .event(.end): continue
            }
        }
        #expect(starts == ["r"])
        #expect(trees.count == 10_002)
        #expect(trees[0].name == "e" && trees[0].text == "text0 & 公文" && trees[0].attributes["i"] == "0")
        #expect(trees[9999].name == "f" && trees[9999].elements.isEmpty)
        let h = trees[10_001]
        #expect(h.name == "h" && h.ns == "urn:transitional")
        #expect(h.attributes["urn:transitional", "v"] == "1")
        #expect(texts == [String(repeating: "长", count: 100_000 / 3)])
    }

    @Test func aCapturedTreeOverItsLimitIsRefused() throws {
        let xml = "<r><p>" + String(repeating: "<x/>", count: 50) + "</p></r>"
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "t.xml", namespaceAliases: [:]) { open, _ in
            open.count == 1 ? XMLCapture(maxNodes: 10) : nil
        }
        var thrown: XMLTreeTooLarge?
        do { while try reader.nextItem() != nil {} } catch let e as XMLTreeTooLarge { thrown = e }
        #expect(thrown?.limit == 10)
        // the reader stays closed with the same error
        #expect(throws: XMLTreeTooLarge.self) { _ = try reader.nextItem() }
    }

    @Test func skippedElementsAreLeftOutOfTheTree() throws {
        let xml = "<r xmlns:w=\"urn:w\"><w:style><w:tblPr><w:x/><w:y>deep</w:y></w:tblPr><w:name w:val=\"a\"/><tblPr/></w:style></r>"
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), name: "s.xml", namespaceAliases: [:]) { open, _ in
            open.isEmpty ? XMLCapture(skipping: ["tblPr"], skippedNamespace: "urn:w") : nil
        }
        guard case .tree(let root)? = try reader.nextItem() else { Issue.record("no tree"); return }
        let style = try #require(root.elements.first)
        // w:tblPr and its content left out; tblPr without the namespace kept
        #expect(style.elements.map(\.name) == ["name", "tblPr"])
        #expect(style.elements[0].attributes["urn:w", "val"] == "a")
        #expect(try reader.nextItem() == nil)
    }

    @Test func hostileContentIsRefusedInsideATreeToo() throws {
        for xml in ["<r><p>&xxe;</p></r>", "<r><p a=\"&xxe;\"/></r>", "<r><p>\(String(repeating: "<a>", count: 300))</p></r>",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x \"y\">]><r><p>&x;</p></r>", "<r><p></r>"] {
            for prologCheck in [true, false] {
                let reader = try? XMLStreamReader(bytes: Array(xml.utf8), name: "h.xml", limits: .default, prologCheck: prologCheck,
                                                  namespaceAliases: [:], capture: { open, _ in open.count == 1 ? XMLCapture() : nil })
                guard let reader else { continue }   // refused before libxml2 saw it
                var trees = 0
                let error = packagingError { while let item = try reader.nextItem() { if case .tree = item { trees += 1 } } }
                #expect(error != nil, "\(xml)")
                #expect(trees == 0, "\(xml)")
            }
        }
    }
}
