import Foundation
import GovDocDraft
import GovDocODFReader
import Testing

/// Damaged files never crash or hang the reader: bytes of content.xml flipped, cut or repeated
/// (with a fixed seed), every result either a draft or a DraftError.
struct MutationTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test func mutatedPartsNeverCrash() throws {
        let folder = RoundTripTests.root.appendingPathComponent("Tests/Fixtures/odt")
        var rng = Seeded(state: 9704)
        var drafts = 0
        var errors = 0
        let start = Date()
        for name in ["lo-numbering", "lo-spans", "lo-changes"] {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name + ".odt")))
            for round in 0..<60 {
                var mutated = bytes
                switch round % 3 {
                case 0:
                    // flip bytes of the (compressed) package
                    for _ in 0..<4 { let i = Int.random(in: 0..<mutated.count, using: &rng); mutated[i] ^= UInt8.random(in: 1...255, using: &rng) }
                case 1:
                    mutated = Array(mutated.prefix(Int.random(in: 0..<mutated.count, using: &rng)))
                default:
                    let i = Int.random(in: 0..<mutated.count, using: &rng)
                    mutated.insert(contentsOf: mutated[i..<min(mutated.count, i + 64)], at: i)
                }
                do {
                    _ = try ODFReader().read(mutated, file: name + ".odt")
                    drafts += 1
                } catch is DraftError {
                    errors += 1
                }
            }
        }
        #expect(drafts + errors == 180)
        #expect(errors > 0)
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func mutatedXMLNeverCrashes() throws {
        let content = Snippet.content(styles: SnippetTests.chineseList, body: """
        <text:list text:style-name="L1"><text:list-item><text:p>主要工作</text:p><text:list><text:list-item><text:p>产业</text:p></text:list-item></text:list></text:list-item></text:list>\
        <table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>甲</text:p></table:table-cell><table:covered-table-cell/></table:table-row>\
        <table:table-row><table:table-cell table:number-rows-spanned="3"><text:p>乙</text:p></table:table-cell><table:table-cell><text:p>丙</text:p></table:table-cell></table:table-row></table:table>\
        <text:p>正文<draw:frame><draw:text-box><text:p>框</text:p></draw:text-box></draw:frame><text:note><text:note-body><text:p>注</text:p></text:note-body></text:note></text:p>
        """)
        let xml = Array(content.utf8)
        var rng = Seeded(state: 2012)
        let alphabet = Array("<>/=\"' :abtxlp0123456789".utf8)
        var read = 0
        for _ in 0..<300 {
            var mutated = xml
            for _ in 0..<3 {
                let i = Int.random(in: 0..<mutated.count, using: &rng)
                if Bool.random(using: &rng) { mutated[i] = alphabet.randomElement(using: &rng)! } else { mutated.remove(at: i) }
            }
            let package = try Snippet.package(content: String(decoding: mutated, as: UTF8.self))
            do {
                let draft = try ODFReader().read(package, file: "m.odt")
                // whatever was read is a table the model accepts
                for case let .table(t) in draft.blocks { _ = try TableGridCheck.check(t.table) }
                read += 1
            } catch is DraftError {
                continue
            }
        }
        #expect(read > 0)
    }
}

import GovDoc
enum TableGridCheck {
    static func check(_ table: Table) throws -> Int { try TableGrid(table).columnCount }
}
