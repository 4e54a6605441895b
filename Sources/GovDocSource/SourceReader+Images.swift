import GovDoc
import GovDocMessages
import GovDocPackaging
import GovDocTemplates

/// Reads the image files a source names (`seal: PATH`, `<img src>`) through the reader's
/// resolver (on disk: relative to the source file; on the server: the uploaded parts).
enum ImageLoader {
    /// The image, or the problem at `location` (missing, unreadable, not PNG/JPEG, damaged, over 20 MB).
    static func load(_ path: String, from files: any FileResolver, at location: SourceLocation) -> Result<ImageFile, SourceError> {
        let bytes: [UInt8]
        do {
            bytes = try files.file(path, kind: .image, from: nil).bytes
        } catch {
            return .failure(SourceError(location, Message(.imagesCannotRead, ["path": path], parts: ["detail": error.message])))
        }
        do {
            return .success(try ImageFile(reading: bytes))
        } catch {
            switch error {
            case .unsupported:
                return .failure(SourceError(location, .imagesUnsupported, ["path": path]))
            case let .damaged(format):
                return .failure(SourceError(location, .imagesDamaged, ["path": path, "format": format == .png ? "PNG" : "JPEG"]))
            case let .tooLarge(size):
                let mb = Double(size) / 1_048_576
                return .failure(SourceError(location, .imagesTooLarge, ["path": path, "size": String(Double(Int(mb * 10)) / 10)]))
            case .tooManyPixels:
                return .failure(SourceError(location, error.message(path: path)))
            }
        }
    }

    /// The attributes of an `<img …>` tag: `name="value"` or `name='value'` (names lower-cased).
    static func attributes(of tag: Substring) -> [String: String]? {
        var s = tag.dropFirst(4)   // "<img"
        var result: [String: String] = [:]
        while true {
            s = s.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
            if s.hasPrefix("/>") { s = s.dropFirst(2); break }
            if s.hasPrefix(">") { s = s.dropFirst(); break }
            guard let first = s.first, first.isLetter else { return nil }
            let name = s.prefix(while: { $0.isLetter || $0 == "-" })
            s = s.dropFirst(name.count).drop(while: { $0 == " " })
            guard s.first == "=" else { result[name.lowercased()] = ""; continue }
            s = s.dropFirst().drop(while: { $0 == " " })
            guard let quote = s.first else { return nil }
            if quote == "\"" || quote == "'" {
                s = s.dropFirst()
                guard let end = s.firstIndex(of: quote) else { return nil }
                result[name.lowercased()] = String(s[..<end])
                s = s[s.index(after: end)...]
            } else {
                let value = s.prefix(while: { $0 != " " && $0 != ">" })
                result[name.lowercased()] = String(value)
                s = s.dropFirst(value.count)
            }
        }
        return s.allSatisfy({ $0 == " " || $0 == "\t" }) ? result : nil
    }

    /// `120mm`, `120 mm` or `120` (millimetres) in points; nil when it is not a positive number.
    static func width(_ text: String) -> Double? {
        var t = Substring(text.trimmingCharacters(in: " \t"))
        if t.lowercased().hasSuffix("mm") { t = t.dropLast(2) }
        guard let mm = Double(String(t).trimmingCharacters(in: " \t")), mm > 0, mm.isFinite else { return nil }
        return mm / 25.4 * 72
    }
}

extension BodyParser {
    /// `<img …>` alone on a line: true when the line is one (handled, errors collected).
    mutating func figureLine(_ index: Int, line: String) -> Bool {
        figureLine(index, line: Substring(line))
    }

    mutating func figureLine(_ index: Int, line: Substring) -> Bool {
        let lower = line.asciiLowercased
        guard lower.hasPrefix("<img"), lower.dropFirst(4).first.map({ $0 == ">" || $0 == " " || $0 == "/" || $0 == "\t" }) ?? true else { return false }
        let raw = lines[index]
        let column = raw.distance(from: raw.startIndex, to: raw.firstIndex(of: "<") ?? raw.startIndex) + 1
        guard let attributes = ImageLoader.attributes(of: line) else {
            errors.append(SourceError(at(index, column), .imagesImgBadLine))
            return true
        }
        guard let src = attributes["src"]?.trimmingCharacters(in: " \t"), !src.isEmpty else {
            errors.append(SourceError(at(index, column), .imagesImgNoSource))
            return true
        }
        // the problem of a file is reported at its src attribute
        let srcColumn = raw.range(of: "src").map { raw.distance(from: raw.startIndex, to: $0.lowerBound) + 1 } ?? column
        var width: Double?
        if let w = attributes["width"] {
            guard let points = ImageLoader.width(w) else {
                let widthColumn = raw.range(of: "width").map { raw.distance(from: raw.startIndex, to: $0.lowerBound) + 1 } ?? column
                errors.append(SourceError(at(index, widthColumn), .imagesImgBadWidth, ["found": w]))
                return true
            }
            width = points
        }
        switch ImageLoader.load(src, from: files, at: at(index, srcColumn)) {
        case let .failure(error):
            errors.append(error)
        case let .success(image):
            let figureWidth = width ?? image.naturalSize().width
            append(.figure(Figure(image: image, width: figureWidth, alt: attributes["alt"] ?? "", source: src)), line: index)
        }
        return true
    }
}

extension SourceReader {
    /// The resolver every file the source names is read through.
    var resolver: any FileResolver { files ?? DiskFiles(baseDirectory: baseDirectory) }

    /// The seal images of `seal: PATH` (or a list): each read, every problem collected at its
    /// path; one image per issuer.
    func loadSignatureImage(_ matter: FrontMatter, errors: inout [SourceError]) -> ImageFile? {
        guard let path = matter.signatureImagePath, let location = matter.signatureImageLocation else { return nil }
        switch ImageLoader.load(path, from: resolver, at: location) {
        case let .success(image): return image
        case let .failure(error): errors.append(error); return nil
        }
    }

    func loadSealImages(_ matter: FrontMatter, errors: inout [SourceError]) -> [ImageFile] {
        let paths = matter.sealPaths
        guard !paths.isEmpty else { return [] }
        var images: [ImageFile] = []
        for (path, location) in paths {
            switch ImageLoader.load(path, from: resolver, at: location) {
            case let .success(image): images.append(image)
            case let .failure(error): errors.append(error)
            }
        }
        let issuers = max(matter.issuers.count, matter.issuer == nil ? 0 : 1)
        if paths.count != issuers {
            errors.append(SourceError(paths[0].location, .imagesSealCount, ["seals": String(paths.count), "issuers": String(issuers)]))
        }
        return images
    }
}
