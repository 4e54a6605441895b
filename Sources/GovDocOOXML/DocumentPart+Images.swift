import GovDoc
import GovDocPackaging

/// DrawingML names for pictures in WordprocessingML.
enum DrawingML {
    static let wordprocessing = WordML.wordprocessingDrawing
    static let main = WordML.drawingML
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    /// The relationship of an image's media part: one per distinct image, however many
    /// drawings show it.
    static func relationshipID(_ image: FlowImage) -> String { "rIdImage\(image.mediaNumber)" }

    /// `ST_PositiveCoordinate`'s maximum (an extent's `cx`/`cy`).
    static let maximumCoordinate = 27_273_042_316_900

    /// Points to EMU (914400 an inch, 12700 a point), held within 0…`maximumCoordinate`: a
    /// derived size never traps and never leaves the schema's range.
    static func emu(_ points: Double) -> Int {
        DocumentLimits.clampedInteger(points * 12700, in: 0...maximumCoordinate)
    }

    /// Points to a `wp:posOffset` (`ST_PositionOffset`, an `xsd:int`).
    static func offset(_ points: Double) -> Int {
        DocumentLimits.clampedInteger(points * 12700, in: Int(Int32.min)...Int(Int32.max))
    }
}

extension DocumentPart {
    /// A picture in a run: inline (`wp:inline`, a figure) or anchored in front of the text
    /// (`wp:anchor` behindDoc="0", wrapNone: a seal), positioned from the text column's left
    /// edge and the paragraph's top.
    func drawing(_ x: XMLStreamWriter, _ image: FlowImage) throws {
        let cx = "\(DrawingML.emu(image.width))", cy = "\(DrawingML.emu(image.height))"
        try x.element("w:r") {
            try x.element("w:drawing") {
                if let offsetX = image.offsetX, let offsetY = image.offsetY {
                    try x.element("wp:anchor", ["distT": "0", "distB": "0", "distL": "0", "distR": "0", "simplePos": "0",
                                                "relativeHeight": "\(251_659_264 + image.number)", "behindDoc": "0", "locked": "0",
                                                "layoutInCell": "1", "allowOverlap": "1"]) {
                        try x.emptyElement("wp:simplePos", ["x": "0", "y": "0"])
                        try x.element("wp:positionH", ["relativeFrom": "column"]) {
                            try x.element("wp:posOffset") { try x.text("\(DrawingML.offset(offsetX))") }
                        }
                        try x.element("wp:positionV", ["relativeFrom": "paragraph"]) {
                            try x.element("wp:posOffset") { try x.text("\(DrawingML.offset(offsetY))") }
                        }
                        try x.emptyElement("wp:extent", ["cx": cx, "cy": cy])
                        try x.emptyElement("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
                        try x.emptyElement("wp:wrapNone")
                        try graphic(x, image, cx: cx, cy: cy)
                    }
                } else {
                    try x.element("wp:inline", ["distT": "0", "distB": "0", "distL": "0", "distR": "0"]) {
                        try x.emptyElement("wp:extent", ["cx": cx, "cy": cy])
                        try x.emptyElement("wp:effectExtent", ["l": "0", "t": "0", "r": "0", "b": "0"])
                        try graphic(x, image, cx: cx, cy: cy)
                    }
                }
            }
        }
    }

    /// `wp:docPr` (with the description), the frame locks and the `pic:pic` itself.
    private func graphic(_ x: XMLStreamWriter, _ image: FlowImage, cx: String, cy: String) throws {
        let id = "\(image.number)"
        try x.emptyElement("wp:docPr", ["id": id, "name": "Picture \(id)", "descr": image.alt])
        try x.element("wp:cNvGraphicFramePr") {
            try x.emptyElement("a:graphicFrameLocks", ["noChangeAspect": "1"])
        }
        try x.element("a:graphic") {
            try x.element("a:graphicData", ["uri": DrawingML.picture]) {
                try x.element("pic:pic") {
                    try x.element("pic:nvPicPr") {
                        try x.emptyElement("pic:cNvPr", ["id": id, "name": image.mediaName, "descr": image.alt])
                        try x.emptyElement("pic:cNvPicPr")
                    }
                    try x.element("pic:blipFill") {
                        try x.emptyElement("a:blip", ["r:embed": DrawingML.relationshipID(image)])
                        try x.element("a:stretch") { try x.emptyElement("a:fillRect") }
                    }
                    try x.element("pic:spPr") {
                        try x.element("a:xfrm") {
                            try x.emptyElement("a:off", ["x": "0", "y": "0"])
                            try x.emptyElement("a:ext", ["cx": cx, "cy": cy])
                        }
                        try x.element("a:prstGeom", ["prst": "rect"]) { try x.emptyElement("a:avLst") }
                    }
                }
            }
        }
    }
}
