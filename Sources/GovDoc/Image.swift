/// An image file (PNG or JPEG) to embed: its bytes, copied into the package unchanged, and what
/// its header says about its size.
///
/// Read in pure Swift from the file's header only (PNG `IHDR` and `pHYs`; JPEG `SOFn` and the
/// JFIF `APP0` density); the pixels are never decoded.
public struct ImageFile: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable {
        case png, jpeg
        /// The media type (`image/png`, `image/jpeg`).
        public var mediaType: String { "image/\(rawValue)" }
        /// The file extension used in packages.
        public var fileExtension: String { rawValue }
    }

    public var bytes: [UInt8]
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Pixels per inch, horizontal and vertical, when the file says (PNG `pHYs` in metres,
    /// JPEG JFIF density in inches or centimetres); `nil` when it does not.
    public var dpiX: Double?
    public var dpiY: Double?

    /// Largest file accepted (20 MB).
    public static let maximumSize = 20 * 1024 * 1024

    /// Why bytes are not an image govdoc can embed.
    public enum Problem: Error, Sendable, Equatable {
        /// Neither PNG nor JPEG by its signature.
        case unsupported
        /// A PNG or JPEG whose header cannot be read (truncated, no size).
        case damaged(Format)
        /// Over `maximumSize`.
        case tooLarge(Int)
        /// A side over `DocumentLimits.maximumImagePixels` (a 1 × 4,294,967,295 PNG header).
        case tooManyPixels(width: Int, height: Int)
    }

    public init(bytes: [UInt8], format: Format, pixelWidth: Int, pixelHeight: Int, dpiX: Double? = nil, dpiY: Double? = nil) {
        self.bytes = bytes
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.dpiX = dpiX
        self.dpiY = dpiY
    }

    /// Reads the header of a PNG or JPEG file.
    public init(reading bytes: [UInt8]) throws(Problem) {
        guard bytes.count <= Self.maximumSize else { throw .tooLarge(bytes.count) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = try Self.png(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = try Self.jpeg(bytes)
        } else {
            throw .unsupported
        }
    }

    /// The size printed when nothing else is asked for, in points: the pixels at the file's DPI,
    /// or at `fallbackDPI` when it has none.
    public func naturalSize(fallbackDPI: Double = 96) -> (width: Double, height: Double) {
        let x = dpiX ?? fallbackDPI, y = dpiY ?? fallbackDPI
        return (Double(pixelWidth) / x * 72, Double(pixelHeight) / y * 72)
    }

    /// Height over width, as the picture is seen (pixels scaled by their DPI when they are not square).
    public var aspectRatio: Double {
        (Double(pixelHeight) * (dpiX ?? 1)) / (Double(pixelWidth) * (dpiY ?? 1))
    }

    public static func == (a: ImageFile, b: ImageFile) -> Bool {
        a.format == b.format && a.pixelWidth == b.pixelWidth && a.pixelHeight == b.pixelHeight
            && a.dpiX == b.dpiX && a.dpiY == b.dpiY && a.bytes == b.bytes
    }

    /// Refuses a side over `DocumentLimits.maximumImagePixels`.
    private static func checkPixels(_ width: Int, _ height: Int) throws(Problem) {
        guard width <= DocumentLimits.maximumImagePixels, height <= DocumentLimits.maximumImagePixels else {
            throw .tooManyPixels(width: width, height: height)
        }
    }

    /// A density pair when both are within `DocumentLimits.plausibleDensity`; else none (the
    /// image is printed at the default size, not at 39,000 inches for a density of 1 per metre).
    private static func plausible(_ x: Double, _ y: Double) -> (Double, Double)? {
        let range = DocumentLimits.plausibleDensity
        return range.contains(x) && range.contains(y) ? (x, y) : nil
    }

    // MARK: PNG

    private static func be32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
    }

    private static func png(_ b: [UInt8]) throws(Problem) -> ImageFile {
        // IHDR is the first chunk: length 13, then width and height
        guard b.count >= 33, be32(b, 8) == 13, b[12...15].elementsEqual("IHDR".utf8) else { throw .damaged(.png) }
        let width = Int(be32(b, 16)), height = Int(be32(b, 20))
        guard width > 0, height > 0 else { throw .damaged(.png) }
        try checkPixels(width, height)
        var image = ImageFile(bytes: b, format: .png, pixelWidth: width, pixelHeight: height)
        // pHYs comes before IDAT: pixels per unit, unit 1 = metre
        var i = 8
        while i + 8 <= b.count {
            let length = Int(be32(b, i))
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            if type == "IDAT" || type == "IEND" { break }
            if type == "pHYs", length == 9, i + 17 <= b.count, b[i + 16] == 1 {
                let x = Double(be32(b, i + 8)), y = Double(be32(b, i + 12))
                if let (dpiX, dpiY) = plausible(x * 0.0254, y * 0.0254) {
                    image.dpiX = dpiX
                    image.dpiY = dpiY
                }
            }
            guard length >= 0, length <= b.count else { break }
            i += 12 + length
        }
        return image
    }

    // MARK: JPEG

    private static func jpeg(_ b: [UInt8]) throws(Problem) -> ImageFile {
        var i = 2
        var dpi: (Double, Double)?
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { throw .damaged(.jpeg) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }              // fill byte
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
            if marker == 0xD9 || marker == 0xDA { break }        // end of image, start of scan: no size yet
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2, i + 2 + length <= b.count else { throw .damaged(.jpeg) }
            let segment = (i + 4)..<(i + 2 + length)
            if marker == 0xE0, segment.count >= 12, b[segment].starts(with: [0x4A, 0x46, 0x49, 0x46, 0x00]) {
                // JFIF: version(2) units(1) Xdensity(2) Ydensity(2); units 1 = per inch, 2 = per cm
                let s = segment.lowerBound
                let units = b[s + 7]
                let x = Double(Int(b[s + 8]) << 8 | Int(b[s + 9])), y = Double(Int(b[s + 10]) << 8 | Int(b[s + 11]))
                if units == 1 { dpi = plausible(x, y) } else if units == 2 { dpi = plausible(x * 2.54, y * 2.54) }
            }
            // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC)
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), segment.count >= 5 {
                let s = segment.lowerBound
                let height = Int(b[s + 1]) << 8 | Int(b[s + 2])
                let width = Int(b[s + 3]) << 8 | Int(b[s + 4])
                guard width > 0, height > 0 else { throw .damaged(.jpeg) }
                try checkPixels(width, height)
                return ImageFile(bytes: b, format: .jpeg, pixelWidth: width, pixelHeight: height, dpiX: dpi?.0, dpiY: dpi?.1)
            }
            i += 2 + length
        }
        throw .damaged(.jpeg)
    }
}

/// A picture in the body (`<img src width alt>`): centred on a line of its own.
public struct Figure: Sendable, Equatable {
    public var image: ImageFile
    /// Printed width in points.
    public var width: Double
    /// The picture's description (alternative text).
    public var alt: String
    /// Where the image came from, as written (for messages; not printed).
    public var source: String

    public init(image: ImageFile, width: Double, alt: String = "", source: String = "") {
        self.image = image
        self.width = width
        self.alt = alt
        self.source = source
    }

    /// Printed height in points: the width times the image's proportions.
    public var height: Double { width * image.aspectRatio }
}

/// An image placed on the page by a writer: inline in its paragraph (a figure) or anchored to
/// it in front of the text (a seal), with its position from the paragraph's top-left corner.
public struct FlowImage: Sendable, Equatable {
    public var image: ImageFile
    public var width: Double
    public var height: Double
    public var alt: String
    /// Anchored (floating, in front of the text) at this offset from the left edge of the text
    /// block and the top of the paragraph; `nil` for an inline image.
    public var offsetX: Double?
    public var offsetY: Double?
    /// 1-based number of the image in the document (its drawing's id), set by `Flow`.
    public var number: Int = 0
    /// 1-based number of the image's bytes among the document's distinct images (the
    /// package's media name), set by `Flow`: the same bytes shown twice are one media part.
    public var mediaNumber: Int = 0

    public init(image: ImageFile, width: Double, height: Double, alt: String, offsetX: Double? = nil, offsetY: Double? = nil) {
        self.image = image
        self.width = width
        self.height = height
        self.alt = alt
        self.offsetX = offsetX
        self.offsetY = offsetY
    }

    public var isAnchored: Bool { offsetX != nil }

    /// The media file's name inside the package: `image1.png`.
    public var mediaName: String { "image\(mediaNumber).\(image.format.fileExtension)" }

    public static func == (a: FlowImage, b: FlowImage) -> Bool {
        a.image == b.image && a.width == b.width && a.height == b.height && a.alt == b.alt
            && a.offsetX == b.offsetX && a.offsetY == b.offsetY && a.number == b.number && a.mediaNumber == b.mediaNumber
    }
}
