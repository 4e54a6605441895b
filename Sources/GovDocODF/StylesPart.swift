import GovDoc
import GovDocPackaging

/// `styles.xml`: font faces, one named paragraph style per role, the page layout with its
/// line grid, and the master page with odd (right) and even (left) page-number footers.
struct StylesPart {
    let document: Document
    let firstPage: FirstPageFrame?
    init(_ document: Document, firstPage: FirstPageFrame?) {
        self.document = document
        self.firstPage = firstPage
    }

    /// Exact height of the page-number line (off the grid).
    static let footerLineHeight = 18.0

    /// Everything the part reads: equal keys give equal bytes.
    struct Key: Equatable {
        var styles: StyleSheet
        var page: PageSetup
        var footer: PageFooter
        var firstPage: FirstPageFrame?
    }

    /// The part, written once per style sheet, page, footer and first-page frame and kept.
    static let kept = KeptParts<Key>()

    func bytes() throws -> [UInt8] {
        let key = Key(styles: document.styles, page: document.pageSetup, footer: document.footer, firstPage: firstPage)
        return try Self.kept.bytes(for: key) { try write() }
    }

    private func write() throws -> [UInt8] {
        let x = try XMLStreamWriter()
        try x.startDocument(standalone: false)
        try x.startElement("office:document-styles")
        for (k, v) in ODF.documentNamespaces { try x.attribute(k, v) }
        try x.attribute("office:version", ODTWriter.version)
        try FontFaces.write(x, document.styles)
        try x.element("office:styles") {
            // The line grid in standard mode, as Word's (and LibreOffice's for a DOCX): a line
            // follows the one above it. LibreOffice's default for an ODT, the squared (Chinese)
            // mode, moves every paragraph on the grid down to the page's next whole grid line,
            // so that after the 版头's separator (which ends part-way through a line) the title
            // stood 6 mm lower than in the DOCX.
            try x.element("style:default-page-layout") {
                try x.emptyElement("style:page-layout-properties", ["style:layout-grid-standard-mode": "true"])
            }
            try x.element("style:default-style", ["style:family": "paragraph"]) {
                try x.emptyElement("style:paragraph-properties", [
                    "fo:orphans": "0", "fo:widows": "0", "style:punctuation-wrap": "simple",
                    "style:line-break": "strict",
                    // space between Han text and Latin text or digits, as the style sheet says
                    "style:text-autospace": document.styles.autospace ? "ideograph-alpha" : "none",
                    "style:writing-mode": "lr-tb",
                ])
                try ODFStyles.textProperties(x, document.styles, .body)
            }
            for role in Role.allCases {
                try ODFStyles.paragraphStyle(x, document.styles, role)
            }
            // LibreOffice reads a frame as a Writer text frame (which may hold a table, as the
            // 版记's does) only when its style descends from the graphic style named "Frame"
            try x.element("style:style", ["style:name": "Frame", "style:family": "graphic"]) {
                try x.emptyElement("style:graphic-properties", ["text:anchor-type": "paragraph", "fo:padding": "0pt", "fo:border": "none"])
            }
            for role in Role.allCases {
                try x.element("style:style", ["style:name": ODF.characterStyleName(role),
                                              "style:display-name": document.styles.style(role).displayName + "字符",
                                              "style:family": "text"]) {
                    try ODFStyles.textProperties(x, document.styles, role, boldOff: true)
                }
            }
        }
        try x.element("office:automatic-styles") {
            try pageLayout(x, name: "GovPage", page: document.pageSetup)
            try pageLayout(x, name: "GovPageLandscape", page: document.pageSetup.landscape)
            for (name, right) in [("GovFooterOdd", true), ("GovFooterEven", false)] {
                try x.element("style:style", ["style:name": name, "style:family": "paragraph", "style:parent-style-name": ODF.styleName(.pageNumber)]) {
                    let indent = ODF.pt(document.footer.sideIndent)
                    try x.emptyElement("style:paragraph-properties", right
                        ? ["fo:text-align": "end", "fo:margin-right": indent, "fo:margin-left": "0pt"]
                        : ["fo:text-align": "start", "fo:margin-left": indent, "fo:margin-right": "0pt"])
                }
            }
            if let frame = firstPage {
                try firstPageLayout(x, frame)
                for (i, p) in (frame.header + frame.footer).enumerated() {
                    try x.element("style:style", ["style:name": "GovFrame\(i + 1)", "style:family": "paragraph",
                                                  "style:parent-style-name": ODF.styleName(p.role)]) {
                        try ODFStyles.paragraphProperties(x, p.look)
                        try ODFStyles.textProperties(x, document.styles, p.role)
                    }
                }
            }
        }
        try x.element("office:master-styles") {
            // the portrait pages, and landscape pages for wide tables (GB/T 9704 §8)
            for (name, layout) in [("Standard", "GovPage"), (ODF.landscapeMasterPage, "GovPageLandscape")] {
                try x.element("style:master-page", ["style:name": name, "style:page-layout-name": layout]) {
                    try footer(x, element: "style:footer", style: "GovFooterOdd")
                    if document.footer.alternateSides {
                        try footer(x, element: "style:footer-left", style: "GovFooterEven")
                    }
                }
            }
            if let frame = firstPage {
                // page 1 only: the letterhead above and below the block, no page number
                try x.element("style:master-page", ["style:name": ODF.firstMasterPage, "style:page-layout-name": "GovPageFirst",
                                                    "style:next-style-name": "Standard"]) {
                    var index = 0
                    for (element, paragraphs) in [("style:header", frame.header), ("style:footer", frame.footer)] {
                        try x.element(element) {
                            for p in paragraphs {
                                index += 1
                                try x.element("text:p", ["text:style-name": "GovFrame\(index)"]) { try ODFText.write(x, p.text) }
                            }
                        }
                    }
                }
            }
        }
        try x.endElement()
        return try x.finish()
    }

    private func footer(_ x: XMLStreamWriter, element: String, style: String) throws {
        let f = document.footer
        try x.element(element) {
            try x.element("text:p", ["text:style-name": style]) {
                try x.text(f.prefix)
                try x.element("text:page-number", ["text:select-page": "current"]) { try x.text("\(f.firstPageNumber)") }
                try x.text(f.suffix)
            }
        }
    }

    /// Page 1 of a letter: the header starts `headerTop` under the paper's top and pushes the
    /// body down; the footer's first paragraph stands `footerTop` above the paper's bottom while
    /// the body still ends `marginBottom` above it (the footer's height includes its spacing).
    private func firstPageLayout(_ x: XMLStreamWriter, _ frame: FirstPageFrame) throws {
        let page = document.pageSetup
        let spacing = page.marginBottom - frame.footerTop
        let content = frame.footer.reduce(0.0) { $0 + $1.ruleCarrierHeight }
        let footerHeight = spacing + content
        try x.element("style:page-layout", ["style:name": "GovPageFirst"]) {
            try layoutProperties(x, page, top: frame.headerTop, bottom: max(0, page.marginBottom - footerHeight))
            try x.element("style:header-style") {
                try x.emptyElement("style:header-footer-properties", [
                    "fo:min-height": "0pt", "fo:margin-bottom": "0pt", "fo:margin-left": "0pt", "fo:margin-right": "0pt",
                    "style:dynamic-spacing": "false",
                ])
            }
            try x.element("style:footer-style") {
                try x.emptyElement("style:header-footer-properties", [
                    "fo:min-height": ODF.pt(footerHeight), "fo:margin-top": ODF.pt(spacing),
                    "fo:margin-left": "0pt", "fo:margin-right": "0pt",
                ])
            }
        }
    }

    /// Paper, margins (the page's top and bottom as given: header and footer areas count in
    /// them) and the line grid.
    private func layoutProperties(_ x: XMLStreamWriter, _ page: PageSetup, top: Double, bottom: Double) throws {
        try x.emptyElement("style:page-layout-properties", [
            "fo:page-width": ODF.mm(page.width), "fo:page-height": ODF.mm(page.height),
            "style:print-orientation": page.width > page.height ? "landscape" : "portrait",
            "fo:margin-top": ODF.mm(top), "fo:margin-bottom": ODF.mm(bottom),
            "fo:margin-left": ODF.mm(page.marginLeft), "fo:margin-right": ODF.mm(page.marginRight),
            "style:writing-mode": "lr-tb",
            "style:layout-grid-mode": "line",
            "style:layout-grid-lines": "\(page.linesPerPage)",
            "style:layout-grid-base-height": ODF.pt(page.linePitch),
            "style:layout-grid-ruby-height": "0pt",
            "style:layout-grid-ruby-below": "false",
            "style:layout-grid-print": "false",
            "style:layout-grid-display": "false",
            "style:layout-grid-color": "#c0c0c0",
        ])
    }

    /// A4, the standard margins, a line grid of `linesPerPage` lines, and a footer whose
    /// page-number ink starts `distanceBelowBlock` under the text block.
    private func pageLayout(_ x: XMLStreamWriter, name: String, page: PageSetup) throws {
        let size = document.styles.style(.pageNumber).size
        let line = Self.footerLineHeight
        // The number's ink top sits 0.8·line − 0.95·size under the footer's top (exact spacing
        // puts the baseline at 80 % of the line); place that top `distanceBelowBlock` under the block.
        let footerTop = page.marginBottom - document.footer.distanceBelowBlock + (0.8 * line - 0.95 * size)
        let footerBottom = footerTop - line
        let spacing = page.marginBottom - footerTop
        try x.element("style:page-layout", ["style:name": name]) {
            try layoutProperties(x, page, top: page.marginTop, bottom: footerBottom)
            // LibreOffice's footer height includes the spacing above it, so the body area
            // ends exactly `marginBottom` above the paper's edge.
            try x.element("style:footer-style") {
                try x.emptyElement("style:header-footer-properties", [
                    "fo:min-height": ODF.pt(line + spacing), "fo:margin-top": ODF.pt(spacing),
                    "fo:margin-left": "0pt", "fo:margin-right": "0pt",
                ])
            }
        }
    }
}

/// `office:font-face-decls`: every face of the style sheet. LibreOffice reads a `;`-separated
/// family list as fallbacks, so the office name comes first and its alternatives follow.
enum FontFaces {
    static func write(_ x: XMLStreamWriter, _ styles: StyleSheet) throws {
        try x.element("office:font-face-decls") {
            for face in styles.usedFonts {
                let family = ([face.name] + face.fallbacks).map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: ";")
                try x.emptyElement("style:font-face", [
                    "style:name": ODF.faceName(face), "svg:font-family": family,
                    "style:font-family-generic": ["roman", "swiss", "modern", "script", "decorative", "system"].contains(face.family) ? face.family : "system",
                    "style:font-pitch": face.pitch == "fixed" ? "fixed" : "variable",
                ])
            }
        }
    }
}

/// Paragraph and text properties of a role, shared by styles.xml and content.xml.
enum ODFStyles {
    /// `style:paragraph-properties` for what a paragraph changes from its role's style.
    static func paragraphProperties(_ x: XMLStreamWriter, _ look: ParagraphLook, firstPageNumber: Int? = nil) throws {
        try x.startElement("style:paragraph-properties")
        if let number = firstPageNumber { try x.attribute("style:page-number", "\(number)") }
        if look.pageBreakBefore { try x.attribute("fo:break-before", "page") }
        if let keep = look.keepWithNext { try x.attribute("fo:keep-with-next", keep ? "always" : "auto") }
        if look.widowControl {
            try x.attribute("fo:orphans", "2")
            try x.attribute("fo:widows", "2")
        }
        if let left = look.leftIndent { try x.attribute("fo:margin-left", ODF.pt(left)) }
        if let right = look.rightIndent { try x.attribute("fo:margin-right", ODF.pt(right)) }
        if let first = look.firstLineIndent { try x.attribute("fo:text-indent", ODF.pt(first)) }
        if let before = look.spaceBefore { try x.attribute("fo:margin-top", ODF.pt(before)) }
        if let alignment = look.alignment { try x.attribute("fo:text-align", ODF.alignment(alignment)) }
        if let height = look.exactLineHeight {
            try x.attribute("fo:line-height", ODF.pt(height))
            try x.attribute("style:snap-to-layout-grid", "false")
        } else if look.autoLineHeight {
            try x.attribute("fo:line-height", "100%")
            try x.attribute("style:snap-to-layout-grid", "false")
        }
        if let rule = look.topRule { try border(x, "top", rule) }
        if let rule = look.bottomRule { try border(x, "bottom", rule) }
        if look.rightTab != nil || !look.centerTabs.isEmpty {
            try x.element("style:tab-stops") {
                for tab in look.centerTabs { try x.emptyElement("style:tab-stop", ["style:position": ODF.pt(tab), "style:type": "center"]) }
                if let tab = look.rightTab { try x.emptyElement("style:tab-stop", ["style:position": ODF.pt(tab), "style:type": "right"]) }
            }
        }
        try x.endElement()
    }

    /// A single rule, or a double one (`style:border-line-width-*`: the line nearer the text,
    /// the gap, the outer line).
    private static func border(_ x: XMLStreamWriter, _ side: String, _ rule: FlowRule) throws {
        if let double = rule.double {
            let gap = double.gap
            let (inner, outer) = double.thickNearText(ruleBelowText: side == "bottom") ? (rule.width, double.thin) : (double.thin, rule.width)
            try x.attribute("fo:border-\(side)", "\(ODF.pt(inner + gap + outer)) double #\(rule.color)")
            try x.attribute("style:border-line-width-\(side)", "\(ODF.pt(inner)) \(ODF.pt(gap)) \(ODF.pt(outer))")
        } else {
            try x.attribute("fo:border-\(side)", "\(ODF.pt(rule.width)) solid #\(rule.color)")
        }
        try x.attribute("fo:padding-\(side)", ODF.pt(rule.distance))
    }

    static func paragraphStyle(_ x: XMLStreamWriter, _ sheet: StyleSheet, _ role: Role) throws {
        let style = sheet.style(role)
        var attributes: [(String, String)] = [
            ("style:name", ODF.styleName(role)), ("style:display-name", style.displayName), ("style:family", "paragraph"),
        ]
        if role.headingLevel != nil || role == .title { attributes.append(("style:next-style-name", ODF.styleName(.body))) }
        if let level = role.headingLevel { attributes.append(("style:default-outline-level", "\(level)")) }
        try x.startElement("style:style")
        for (k, v) in attributes { try x.attribute(k, v) }
        var p: [(String, String)] = [
            ("fo:text-align", ODF.alignment(style.alignment)), ("fo:margin-top", "0pt"), ("fo:margin-bottom", "0pt"),
            ("fo:text-indent", ODF.pt(style.firstLineIndent * style.size)),
        ]
        if style.keepWithNext { p.append(("fo:keep-with-next", "always")) }
        if !style.snapToGrid { p.append(("style:snap-to-layout-grid", "false")) }
        // the signature lines carry autospace even when the sheet turns it off (StyleSheet.autospace(_:))
        if sheet.autospace(role) != sheet.autospace {
            p.append(("style:text-autospace", sheet.autospace(role) ? "ideograph-alpha" : "none"))
        }
        if let height = style.lineHeight { p.append(("fo:line-height", ODF.pt(height))) }
        try x.startElement("style:paragraph-properties")
        for (k, v) in p { try x.attribute(k, v) }
        try x.endElement()
        try textProperties(x, sheet, role)
        try x.endElement()
    }

    static func textProperties(_ x: XMLStreamWriter, _ sheet: StyleSheet, _ role: Role, boldOff: Bool = false) throws {
        let style = sheet.style(role)
        let face = sheet.font(role)
        var t: [(String, String)] = [
            ("style:font-name", sheet.latinFont ?? ODF.faceName(face)), ("fo:font-size", ODF.pt(style.size)),
            ("style:font-name-asian", ODF.faceName(face)), ("style:font-size-asian", ODF.pt(style.size)),
            ("style:font-name-complex", sheet.latinFont ?? ODF.faceName(face)), ("style:font-size-complex", ODF.pt(style.size)),
            ("fo:language", "en"), ("fo:country", "US"), ("style:language-asian", "zh"), ("style:country-asian", "CN"),
        ]
        if style.bold {
            t += [("fo:font-weight", "bold"), ("style:font-weight-asian", "bold"), ("style:font-weight-complex", "bold")]
        } else if boldOff {
            t += [("fo:font-weight", "normal"), ("style:font-weight-asian", "normal"), ("style:font-weight-complex", "normal")]
        }
        let spacing = sheet.letterSpacing(role)
        if spacing != 0 { t.append(("fo:letter-spacing", ODF.pt(spacing))) }
        if let color = style.color { t.append(("fo:color", "#" + color)) }
        try x.startElement("style:text-properties")
        for (k, v) in t { try x.attribute(k, v) }
        try x.endElement()
    }
}
