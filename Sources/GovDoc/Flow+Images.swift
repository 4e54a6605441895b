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
        // as given, at most as wide as the text block; the height in proportion
        let width = min(figure.width, document.pageSetup.textWidth)
        p.images = [FlowImage(image: figure.image, width: width, height: width * figure.image.aspectRatio, alt: figure.alt)]
        return p
    }

    /// The printed size of a seal image: its own size by its DPI, 42 mm wide when it has none.
    static func sealSize(_ image: ImageFile) -> (width: Double, height: Double) {
        if image.dpiX != nil, image.dpiY != nil { return image.naturalSize() }
        let width = SealPlacement.defaultWidth
        return (width, width * image.aspectRatio)
    }

    /// §7.3.5.1 with a seal image: the blank lines between the body (or 附件说明) and the
    /// issuer's name, the first of them carrying the seal, anchored in front of the text —
    /// centred horizontally on the issuer's name, its centre `SealPlacement.centreBelowNameLineTop`
    /// under the top of the name's line (so name and date fall just below the centre), and as
    /// many blank lines as put the seal's top within one line under the body.
    mutating func sealedBlankLines(_ seal: ImageFile, block: SignatureBlock, layout: SignatureLayout) {
        let (w, h) = Self.sealSize(seal)
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

    /// Numbers every image in reading order (1, 2, …): the package's media names.
    mutating func numberImages() {
        var n = 0
        for i in items.indices {
            guard case var .paragraph(p) = items[i], !p.images.isEmpty else { continue }
            for j in p.images.indices {
                n += 1
                p.images[j].number = n
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
}
