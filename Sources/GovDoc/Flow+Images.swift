/// Figures and seal images in the flow: where the writers put them.
extension FlowBuilder {
    /// A figure's paragraph: centred, no indent, holding the picture inline. Writers set it off
    /// the line grid with an automatic line height, so the line is as tall as the picture.
    func figureParagraph(_ figure: Figure, look: ParagraphLook) -> FlowParagraph {
        var look = look
        look.alignment = .center
        look.firstLineIndent = 0
        look.leftIndent = 0
        look.rightIndent = 0
        look.autoLineHeight = true
        var p = FlowParagraph(.body, look: look)
        // as given, at most as wide and as tall as the text block; the height in proportion
        let width = min(figure.width, document.pageSetup.textWidth)
        let (w, h) = fittedInTextBlock((width, width * figure.image.aspectRatio))
        p.images = [FlowImage(image: figure.image, width: w, height: h, alt: figure.alt)]
        return p
    }

    /// The printed size of a seal image: its own size by its DPI, 42 mm wide when it has none;
    /// at most the text block (so that the blank lines it asks for fit on a page).
    func sealSize(_ image: ImageFile) -> (width: Double, height: Double) {
        if image.dpiX != nil, image.dpiY != nil { return fittedInTextBlock(image.naturalSize()) }
        let width = SealPlacement.defaultWidth
        return fittedInTextBlock((width, width * image.aspectRatio))
    }

    /// A size shrunk, proportions kept, to fit inside the text block (a 1 × 65,535 pixel
    /// picture 100 mm wide is printed as tall as the block, not 6.5 km); a size that fits is
    /// left as it is.
    func fittedInTextBlock(_ size: (width: Double, height: Double)) -> (width: Double, height: Double) {
        let page = document.pageSetup
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
            return (min(max(0, size.width.isFinite ? size.width : 0), page.textWidth),
                    min(max(0, size.height.isFinite ? size.height : 0), page.textHeight))
        }
        let scale = min(1, page.textWidth / size.width, page.textHeight / size.height)
        return (size.width * scale, size.height * scale)
    }

    /// §7.3.5.1 with a seal image: the blank lines between the body (or 附件说明) and the
    /// issuer's name, the first of them carrying the seal, anchored in front of the text —
    /// centred horizontally on the issuer's name, its centre `SealPlacement.centreBelowNameLineTop`
    /// under the top of the name's line (so name and date fall just below the centre), and as
    /// many blank lines as put the seal's top within one line under the body.
    mutating func sealedBlankLines(_ seal: ImageFile, block: SignatureBlock, layout: SignatureLayout) {
        let (w, h) = sealSize(seal)
        let pitch = document.pageSetup.linePitch
        let centreDrop = SealPlacement.centreBelowNameLineTop
        let blanks = max(1, Int(((h / 2 - centreDrop) / pitch).rounded(.up)))
        let textWidth = document.pageSetup.textWidth
        let name = SignatureLayout.width(of: block.issuer) * character
        let centre = textWidth - layout.issuerRightIndent - name / 2
        let x = min(max(0, centre - w / 2), max(0, textWidth - w))
        let y = Double(blanks) * pitch + centreDrop - h / 2
        var look = ParagraphLook()
        look.keepWithNext = true
        var carrier = FlowParagraph(.body, look: look)
        carrier.images = [FlowImage(image: seal, width: w, height: h, alt: "印章", offsetX: x, offsetY: y)]
        items.append(.paragraph(carrier))
        blank(blanks - 1, keepWithNext: true)
    }

    /// Numbers every image in reading order (1, 2, …), and every distinct image's bytes in
    /// the order they first appear: the package's media names, one per distinct image.
    mutating func numberImages() {
        var n = 0
        var media = DistinctImages()
        for i in items.indices {
            guard case var .paragraph(p) = items[i], !p.images.isEmpty else { continue }
            for j in p.images.indices {
                n += 1
                p.images[j].number = n
                p.images[j].mediaNumber = media.number(of: p.images[j].image).number
            }
            items[i] = .paragraph(p)
        }
    }
}

/// The measurements of a seal image's placement (§7.3.5.1).
public enum SealPlacement {
    /// A seal image without DPI is printed 42 mm wide (the usual size of an organ's seal).
    public static let defaultWidth = 42.0 / 25.4 * 72
    /// The seal's centre under the top of the issuer's line, in points: above the name's ink
    /// (which starts ~6.5 pt under the top of a 28.95 pt line of 16 pt type), so the name and
    /// the date stand just below the centre.
    public static let centreBelowNameLineTop = 4.0
}

extension Flow {
    /// Every image of the flow in reading order, numbered from 1.
    public var images: [FlowImage] {
        items.flatMap { item -> [FlowImage] in
            if case let .paragraph(p) = item { return p.images }
            return []
        }
    }

    /// The first image of each media number, in media order: what a package holds once.
    public var distinctImages: [FlowImage] {
        var seen = Set<Int>()
        return images.filter { seen.insert($0.mediaNumber).inserted }
    }
}

extension FlowBuilder {
    /// §7.3.5.1 for joint issuers with seal images: the names side by side in issuer order, at
    /// most three to a row, each under its own seal (centred on it); the last name centred over
    /// the date, which is right-indented 4 字 and pressed by the last seal. The seals stand in
    /// columns a gap apart (1 字, less when the block is too narrow), aligned, never touching, never
    /// beyond the block; a further row stands so far under the one above that its seals do not
    /// touch those above.
    mutating func jointSealedSignature(_ block: SignatureBlock) {
        let names = block.issuers
        let sizes = block.sealImages.map(sealSize)
        let widest = sizes.map(\.width).max() ?? SealPlacement.defaultWidth
        let tallest = sizes.map(\.height).max() ?? SealPlacement.defaultWidth
        let textWidth = document.pageSetup.textWidth
        let pitch = document.pageSetup.linePitch
        let centreDrop = SealPlacement.centreBelowNameLineTop
        let perRow = SealPlacement.perRow
        // the last name's centre = the date's centre, the date right-indented 4 字
        let dateRight = 4 * character
        let dateWidth = block.dateText.map { SignatureLayout.width(of: $0) * character } ?? 0
        var lastCentre = textWidth - dateRight - dateWidth / 2
        let columns = min(perRow, names.count)
        var gap = character
        if columns > 1 {
            gap = min(character, (lastCentre - widest / 2) / Double(columns - 1) - widest)
            if gap < SealPlacement.minimumGap {
                // no room left of the date: the row moves right as far as the block allows
                gap = SealPlacement.minimumGap
                lastCentre = min(textWidth - widest / 2, widest / 2 + Double(columns - 1) * (widest + gap))
            }
        }
        // column j counted from the right: its centre
        func centre(_ j: Int) -> Double { lastCentre - Double(j) * (widest + gap) }
        keepLastBodyParagraph()
        var rows: [[Int]] = []
        var start = 0
        while start < names.count {
            rows.append(Array(start..<min(names.count, start + perRow)))
            start += perRow
        }
        for (r, row) in rows.enumerated() {
            // blank lines above the names: under the body, enough to bring the seal's top within a
            // line of it; under a row of seals, enough for these seals to clear those
            let blanks = r == 0
                ? max(1, Int(((tallest / 2 - centreDrop) / pitch).rounded(.up)))
                : max(1, Int(((tallest + SealPlacement.minimumGap) / pitch).rounded(.up)) - 1)
            var carrierLook = ParagraphLook()
            carrierLook.keepWithNext = true
            var carrier = FlowParagraph(.body, look: carrierLook)
            var tabs: [Double] = []
            for (k, index) in row.enumerated() {
                let j = row.count - 1 - k
                let c = centre(j)
                tabs.append(c)
                let (w, h) = sizes[index]
                carrier.images.append(FlowImage(image: block.sealImages[index], width: w, height: h, alt: "印章：" + names[index],
                                                offsetX: min(max(0, c - w / 2), max(0, textWidth - w)),
                                                offsetY: Double(blanks) * pitch + centreDrop - h / 2))
            }
            items.append(.paragraph(carrier))
            blank(blanks - 1, keepWithNext: true)
            var look = ParagraphLook()
            look.alignment = .left
            look.leftIndent = 0
            look.rightIndent = 0
            look.firstLineIndent = 0
            look.centerTabs = tabs
            look.keepWithNext = block.dateText != nil || r + 1 < rows.count
            let text = row.map { "\t" + names[$0] }.joined()
            items.append(.paragraph(FlowParagraph(.signature, text: text, look: look)))
        }
        if let date = block.dateText {
            var look = ParagraphLook()
            look.rightIndent = dateRight
            if document.note != nil { look.keepWithNext = true }
            items.append(.paragraph(FlowParagraph(.date, text: date, look: look)))
        }
    }
}

extension SealPlacement {
    /// Seals of joint issuers in one row, at most (§7.3.5.1 as commonly applied).
    public static let perRow = 3
    /// The least space between two seals, in points (they never touch).
    public static let minimumGap = 2.0
}

extension FlowBuilder {
    /// §7.3.5.3 with a signature seal image (命令): two blank lines under the body; the seal
    /// right-indented 4 字, the signer's title 2 字 left of it on the line the seal is vertically
    /// centred on; the date one blank line under the seal, right-indented 4 字. The seal is
    /// printed at its own size (42 mm wide without DPI), anchored in front of the text.
    mutating func orderSignatureImage(_ block: SignatureBlock, image: ImageFile) {
        let (w, h) = sealSize(image)
        let pitch = document.pageSetup.linePitch
        let textWidth = document.pageSetup.textWidth
        keepLastBodyParagraph()
        // two blank lines, more when the seal is taller than the lines around the title
        let blanks = max(2, Int(((h / 2 - pitch / 2) / pitch).rounded(.up)) + 1)
        var carrierLook = ParagraphLook()
        carrierLook.keepWithNext = true
        var carrier = FlowParagraph(.body, look: carrierLook)
        let x = max(0, textWidth - 4 * character - w)
        carrier.images = [FlowImage(image: image, width: w, height: h, alt: "签名章" + (block.signerName.map { "：" + $0 } ?? ""),
                                    offsetX: x, offsetY: Double(blanks) * pitch + pitch / 2 - h / 2)]
        items.append(.paragraph(carrier))
        blank(blanks - 1, keepWithNext: true)
        var look = ParagraphLook()
        look.rightIndent = 4 * character + w + 2 * character
        look.keepWithNext = block.dateText != nil
        items.append(.paragraph(FlowParagraph(.signature, text: block.signerTitle ?? "", look: look)))
        if let date = block.dateText {
            // one blank line between the seal's bottom and the date
            let below = max(1, Int(((h / 2 + pitch / 2 + pitch) / pitch - 1).rounded()))
            blank(below, keepWithNext: true)
            var dateLook = ParagraphLook()
            dateLook.rightIndent = 4 * character
            items.append(.paragraph(FlowParagraph(.date, text: date, look: dateLook)))
        }
    }
}
