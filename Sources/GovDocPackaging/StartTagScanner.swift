/// Counts the attributes of every start tag in an XML part's bytes before libxml2 parses them.
///
/// libxml2 (2.9) checks a start tag's attributes for duplicates pair by pair: one element of
/// 450,000 attributes (1 MB) keeps it busy for minutes, and a callback after the tag comes too
/// late. The scanner runs ahead of each chunk given to the push parser and stops at the first
/// start tag of more than ``maxAttributes`` attributes (an upper bound: every `=` outside a quoted
/// value, namespace declarations included). Comments, CDATA sections, processing instructions and
/// end tags are passed over; quoted values may hold `>` and `=`. Linear in the bytes, state kept
/// across chunks.
struct StartTagScanner {
    /// Attributes (and namespace declarations) of one start tag. Word's widest elements (the
    /// root of document.xml with its namespace declarations, `w:rFonts`) have under 50.
    static let maxAttributes = 1000

    private enum State {
        case text, startTag, quoted(UInt8), endTag, comment, cdata, instruction, declaration
    }

    private var state = State.text
    private var position = 0
    private var attributes = 0
    /// The line `position` is on (1-based), and the line the current start tag began on.
    private var line = 1
    private var tagLine = 1

    /// Scans `bytes[position..<end]` (looking past `end` where a `<` needs its next bytes);
    /// returns the line of the first start tag over the limit, nil when there is none so far.
    mutating func scan(_ bytes: [UInt8], upTo end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let n = buffer.count
            let stop = min(end, n)
            var i = position
            defer { position = max(i, position) }
            while i < stop {
                let b = buffer[i]
                if b == 0x0A { line += 1 }
                switch state {
                case .text:
                    if b == UInt8(ascii: "<") {
                        let (next, skip) = opening(buffer, after: i)
                        state = next
                        if case .startTag = next { attributes = 0; tagLine = line }
                        i += skip
                    }
                case .startTag:
                    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        state = .quoted(b)
                    } else if b == UInt8(ascii: "=") {
                        attributes += 1
                        if attributes > Self.maxAttributes { i += 1; return tagLine }
                    } else if b == UInt8(ascii: ">") {
                        state = .text
                    }
                case .quoted(let quote):
                    if b == quote { state = .startTag }
                case .endTag, .declaration:
                    if b == UInt8(ascii: ">") { state = .text }
                case .comment:
                    if b == UInt8(ascii: ">"), Self.follows(buffer, i, "--") { state = .text }
                case .cdata:
                    if b == UInt8(ascii: ">"), Self.follows(buffer, i, "]]") { state = .text }
                case .instruction:
                    if b == UInt8(ascii: ">"), Self.follows(buffer, i, "?") { state = .text }
                }
                i += 1
            }
            return nil
        }
    }

    /// What a `<` at `i` opens, and how many bytes after it the scan may skip (past `!--`,
    /// `![CDATA[`, so that `<!-->` does not end the comment it opens).
    private func opening(_ buffer: UnsafeBufferPointer<UInt8>, after i: Int) -> (State, Int) {
        func at(_ k: Int) -> UInt8? { i + k < buffer.count ? buffer[i + k] : nil }
        switch at(1) {
        case UInt8(ascii: "/")?: return (.endTag, 1)
        case UInt8(ascii: "?")?: return (.instruction, 1)
        case UInt8(ascii: "!")?:
            if at(2) == UInt8(ascii: "-"), at(3) == UInt8(ascii: "-") { return (.comment, 3) }
            if at(2) == UInt8(ascii: "[") { return (.cdata, 8) }
            return (.declaration, 1)
        default: return (.startTag, 0)
        }
    }

    /// True when the bytes right before `i` are `text` (a `>` ending `-->`, `]]>`, `?>`).
    private static func follows(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard i >= count else { return false }
        let start = text.utf8Start
        for k in 0..<count where buffer[i - count + k] != start[k] { return false }
        return true
    }
}
