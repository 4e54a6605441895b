import GovDoc
import GovDocPackaging

/// `word/styles.xml`: one named paragraph style per role, plus the character style for
/// run-in body text. Every look of the document is here, not on runs.
struct StylesPart {
    let document: Document
    init(_ document: Document) { self.document = document }

    /// The part reads nothing but the style sheet: written once per sheet and kept.
    static let kept = KeptParts<StyleSheet>()

    func bytes() throws -> [UInt8] {
        try Self.kept.bytes(for: document.styles) { try write() }
    }

    private func write() throws -> [UInt8] {
        let sheet = document.styles
        let x = try XMLStreamWriter()
        try x.startDocument()
        try x.element("w:styles", ["xmlns:w": WordML.namespace]) {
            let body = sheet.style(.body)
            try x.element("w:docDefaults") {
                try x.element("w:rPrDefault") {
                    try x.element("w:rPr") {
                        try WordML.fonts(x, sheet.font(.body), latin: sheet.latinFont)
                        try x.emptyElement("w:sz", ["w:val": "\(halfPoints(body.size))"])
                        try x.emptyElement("w:szCs", ["w:val": "\(halfPoints(body.size))"])
                        try x.emptyElement("w:lang", ["w:val": "en-US", "w:eastAsia": "zh-CN", "w:bidi": "ar-SA"])
                    }
                }
                try x.element("w:pPrDefault") {
                    try x.element("w:pPr") {
                        // Pages hold their full 22 lines: no widow/orphan control.
                        try x.emptyElement("w:widowControl", ["w:val": "0"])
                        // Punctuation stays inside the text block (no hanging into the margin).
                        try x.emptyElement("w:overflowPunct", ["w:val": "0"])
                        try autospace(x)
                        try x.emptyElement("w:spacing", ["w:before": "0", "w:after": "0"])
                    }
                }
            }
            // "Normal" (Word shows it as 正文) carries the body font and size: LibreOffice reads
            // the grid's character pitch from it, Word uses it for docGrid's charSpace.
            try x.element("w:style", ["w:type": "paragraph", "w:default": "1", "w:styleId": "Normal"]) {
                try x.emptyElement("w:name", ["w:val": "Normal"])
                try x.emptyElement("w:qFormat")
                try x.element("w:pPr") {
                    try x.emptyElement("w:overflowPunct", ["w:val": "0"])
                    // repeated from the defaults: some readers take an explicit Normal as complete
                    try autospace(x)
                }
                try x.element("w:rPr") { try runProperties(x, .body, includeBoldOff: false) }
            }
            for role in Role.allCases {
                try paragraphStyle(x, role)
            }
            for role in Role.allCases {
                try x.element("w:style", ["w:type": "character", "w:styleId": WordML.characterStyleID(role)]) {
                    try x.emptyElement("w:name", ["w:val": document.styles.style(role).displayName + "字符"])
                    try x.emptyElement("w:uiPriority", ["w:val": "\(role == .body ? 1 : 20)"])
                    if role != .body { try x.emptyElement("w:semiHidden") }
                    try x.element("w:rPr") { try runProperties(x, role, includeBoldOff: true) }
                }
            }
        }
        return try x.finish()
    }

    private func paragraphStyle(_ x: XMLStreamWriter, _ role: Role) throws {
        let style = document.styles.style(role)
        try x.startElement("w:style")
        try x.attribute("w:type", "paragraph")
        try x.attribute("w:styleId", WordML.styleID(role))
        try x.emptyElement("w:name", ["w:val": style.displayName])
        try x.emptyElement("w:basedOn", ["w:val": "Normal"])
        if role.headingLevel != nil || role == .title {
            try x.emptyElement("w:next", ["w:val": WordML.styleID(.body)])
        }
        try x.emptyElement("w:uiPriority", ["w:val": "\(role == .body ? 1 : 10)"])
        try x.emptyElement("w:qFormat")
        try x.element("w:pPr") {
            if style.keepWithNext { try x.emptyElement("w:keepNext") }
            try x.emptyElement("w:overflowPunct", ["w:val": "0"])
            // the signature lines carry autospace even when the sheet turns it off (StyleSheet.autospace(_:))
            if document.styles.autospace(role) != document.styles.autospace {
                let value = document.styles.autospace(role) ? "1" : "0"
                try x.emptyElement("w:autoSpaceDE", ["w:val": value])
                try x.emptyElement("w:autoSpaceDN", ["w:val": value])
            }
            // the page number: off the grid with an exact line, so that Word (which applies the
            // grid to footers too) gives the footer the height LibreOffice does
            let pageNumber = role == .pageNumber
            if !style.snapToGrid || pageNumber { try x.emptyElement("w:snapToGrid", ["w:val": "0"]) }
            if let height = pageNumber ? WordML.pageNumberLineHeight(document.styles) : style.lineHeight {
                try x.emptyElement("w:spacing", ["w:line": "\(twips(height))", "w:lineRule": "exact"])
            }
            if style.firstLineIndent > 0 {
                try x.emptyElement("w:ind", ["w:firstLineChars": "\(Int((style.firstLineIndent * 100).rounded()))",
                                             "w:firstLine": "\(twips(style.firstLineIndent * style.size))"])
            }
            try x.emptyElement("w:jc", ["w:val": WordML.justification(style.alignment)])
            if let level = role.headingLevel {
                try x.emptyElement("w:outlineLvl", ["w:val": "\(level - 1)"])
            }
        }
        try x.element("w:rPr") { try runProperties(x, role, includeBoldOff: false) }
        try x.endElement()
    }

    /// Space where Han text meets Latin text (DE) or digits (DN), as the style sheet says;
    /// Word's default is on ([ISO/IEC 29500-1] 17.3.1.2/17.3.1.3).
    private func autospace(_ x: XMLStreamWriter) throws {
        let value = document.styles.autospace ? "1" : "0"
        try x.emptyElement("w:autoSpaceDE", ["w:val": value])
        try x.emptyElement("w:autoSpaceDN", ["w:val": value])
    }

    private func runProperties(_ x: XMLStreamWriter, _ role: Role, includeBoldOff: Bool) throws {
        let style = document.styles.style(role)
        try WordML.fonts(x, document.styles.font(role), latin: document.styles.latinFont)
        if style.bold {
            try x.emptyElement("w:b")
            try x.emptyElement("w:bCs")
        } else if includeBoldOff {
            try x.emptyElement("w:b", ["w:val": "0"])
            try x.emptyElement("w:bCs", ["w:val": "0"])
        }
        if let color = style.color { try x.emptyElement("w:color", ["w:val": color]) }
        let spacing = document.styles.letterSpacing(role)
        if spacing != 0 { try x.emptyElement("w:spacing", ["w:val": "\(twips(spacing))"]) }
        try x.emptyElement("w:sz", ["w:val": "\(halfPoints(style.size))"])
        try x.emptyElement("w:szCs", ["w:val": "\(halfPoints(style.size))"])
    }
}

extension WordML {
    static func justification(_ alignment: Alignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        case .justify: return "both"
        }
    }
}
