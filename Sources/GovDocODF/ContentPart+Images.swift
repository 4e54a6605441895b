import GovDoc
import GovDocPackaging

extension ContentPart {
    /// The graphic styles of pictures: a figure sits on the line as a character; a seal runs
    /// through the text in front of it, placed from the paragraph's top-left corner.
    func imageStyles(_ x: XMLStreamWriter) throws {
        let images = items.flatMap { item -> [FlowImage] in
            if case let .paragraph(p) = item { return p.images }
            return []
        }
        if images.contains(where: { !$0.isAnchored }) {
            try x.element("style:style", ["style:name": "GovFigure", "style:family": "graphic"]) {
                try x.emptyElement("style:graphic-properties", [
                    "style:vertical-pos": "top", "style:vertical-rel": "baseline",
                    "style:horizontal-pos": "center", "style:horizontal-rel": "paragraph",
                    "fo:border": "none", "fo:padding": "0pt",
                ])
            }
        }
        if images.contains(where: \.isAnchored) {
            try x.element("style:style", ["style:name": "GovSeal", "style:family": "graphic"]) {
                try x.emptyElement("style:graphic-properties", [
                    "style:wrap": "run-through", "style:run-through": "foreground",
                    "style:vertical-pos": "from-top", "style:vertical-rel": "paragraph",
                    "style:horizontal-pos": "from-left", "style:horizontal-rel": "paragraph",
                    "fo:border": "none", "fo:padding": "0pt",
                ])
            }
        }
    }

    /// A `draw:frame` holding the picture (`Pictures/imageN.…`), its description as
    /// `svg:title`/`svg:desc`.
    func frame(_ x: XMLStreamWriter, _ image: FlowImage) throws {
        try x.startElement("draw:frame")
        try x.attribute("draw:style-name", image.isAnchored ? "GovSeal" : "GovFigure")
        try x.attribute("draw:name", "Picture\(image.number)")
        if let offsetX = image.offsetX, let offsetY = image.offsetY {
            try x.attribute("text:anchor-type", "paragraph")
            try x.attribute("svg:x", ODF.pt(offsetX))
            try x.attribute("svg:y", ODF.pt(offsetY))
        } else {
            try x.attribute("text:anchor-type", "as-char")
        }
        try x.attribute("svg:width", ODF.pt(image.width))
        try x.attribute("svg:height", ODF.pt(image.height))
        try x.attribute("draw:z-index", "\(image.number)")
        try x.emptyElement("draw:image", ["xlink:href": "Pictures/" + image.mediaName, "xlink:type": "simple",
                                          "xlink:show": "embed", "xlink:actuate": "onLoad",
                                          "draw:mime-type": image.image.format.mediaType])
        if !image.alt.isEmpty {
            try x.element("svg:title") { try x.text(image.alt) }
            try x.element("svg:desc") { try x.text(image.alt) }
        }
        try x.endElement()
    }
}
