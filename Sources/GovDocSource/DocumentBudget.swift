#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GovDoc
import GovDocMessages

/// What a source has used of ``GovDoc/DocumentLimits`` so far — blocks, table cells, images
/// and their distinct bytes — carried from the body to each attachment, so that a document
/// over a limit is refused at the line where it goes over, before the rest is read.
struct DocumentBudget {
    private(set) var blocks = 0
    private(set) var cells = 0
    private(set) var images = 0
    private var media = DistinctImages()
    /// A count limit was reached: the reader stops (the rest would only cost time and memory).
    private(set) var isExhausted = false

    /// Takes a block that starts at `location`; `rowLines` are the file lines of a table's
    /// rows. A figure's image is replaced by the first image seen with the same bytes, so that
    /// one copy stays in memory. Returns the problem that keeps the block out, if any.
    mutating func admit(_ block: inout Block, at location: SourceLocation, rowLines: [Int] = []) -> SourceError? {
        guard !isExhausted else { return nil }
        guard blocks < DocumentLimits.maximumBlocks else {
            isExhausted = true
            return SourceError(location, .limitsBlocks, ["maximum": String(DocumentLimits.maximumBlocks)])
        }
        switch block {
        case let .paragraph(p):
            if let problem = Self.checkText(p.text, at: location) { return problem }
        case let .heading(h):
            if let problem = Self.checkText(h.text, at: location) { return problem }
        case let .table(table):
            if let problem = checkCells(table, at: location, rowLines: rowLines) { return problem }
        case var .figure(figure):
            if let problem = Self.checkText(figure.alt, at: location) { return problem }
            if let problem = admitImage(&figure.image, at: location) { return problem }
            block = .figure(figure)
        default:
            break
        }
        blocks += 1
        return nil
    }

    /// Takes the cells of a table about to be read (rows × columns), before its rows are
    /// split into cells: the problem when they would bring the document over its cells.
    mutating func admitCells(_ count: Int, at location: SourceLocation) -> SourceError? {
        guard !isExhausted else { return nil }
        guard count <= DocumentLimits.maximumTableCells - cells else {
            isExhausted = true
            return SourceError(location, .limitsTableCells, ["cells": String(cells + count), "maximum": String(DocumentLimits.maximumTableCells)])
        }
        cells += count
        return nil
    }

    /// Whether `count` more images may be read (checked before a file is opened).
    mutating func allowsImages(_ count: Int, at location: SourceLocation) -> SourceError? {
        guard !isExhausted else { return nil }
        guard count <= DocumentLimits.maximumImages - images else {
            isExhausted = true
            return SourceError(location, .limitsImages, ["maximum": String(DocumentLimits.maximumImages)])
        }
        return nil
    }

    /// Takes an image (a figure's, a seal): counted, its bytes added to the distinct images'
    /// unless the same bytes came before (then the earlier copy replaces it).
    mutating func admitImage(_ image: inout ImageFile, at location: SourceLocation) -> SourceError? {
        if let problem = allowsImages(1, at: location) { return problem }
        let seen = media.number(of: image)
        guard media.totalBytes <= DocumentLimits.maximumImageBytes else {
            isExhausted = true
            return SourceError(location, .limitsImageBytes, ["size": String(media.totalBytes), "maximum": String(DocumentLimits.maximumImageBytes)])
        }
        image = seen.first
        images += 1
        return nil
    }

    /// The source's lines against `maximumLines`, counted on its bytes (memchr).
    static func checkLines(_ bytes: [UInt8], file: String) -> SourceError? {
        var lines = 0
        let over: Bool = bytes.withUnsafeBufferPointer { buffer in
            guard var p = UnsafeRawPointer(buffer.baseAddress) else { return false }
            let end = p + buffer.count
            while p < end, let found = memchr(p, 0x0A, end - p) {
                lines += 1
                if lines >= DocumentLimits.maximumLines, found + 1 < end { return true }
                p = UnsafeRawPointer(found) + 1
            }
            return false
        }
        guard over else { return nil }
        return SourceError(SourceLocation(file: file, line: DocumentLimits.maximumLines + 1, column: 1), .limitsLines,
                           ["maximum": String(DocumentLimits.maximumLines)])
    }

    /// The text of one paragraph, heading, caption or cell against `maximumTextBytes`.
    static func checkText(_ text: String, at location: SourceLocation) -> SourceError? {
        let size = text.utf8.count
        guard size > DocumentLimits.maximumTextBytes else { return nil }
        return SourceError(location, .limitsText, ["size": String(size), "maximum": String(DocumentLimits.maximumTextBytes)])
    }

    /// A table's cells: the text of each (their slots are counted by ``admitCells(_:at:)``).
    private mutating func checkCells(_ table: Table, at location: SourceLocation, rowLines: [Int]) -> SourceError? {
        for (r, row) in table.rows.enumerated() {
            for cell in row.cells {
                var at = location
                if r < rowLines.count { at.line = rowLines[r] }
                if let problem = Self.checkText(cell.lines.count == 1 ? cell.lines[0] : cell.text, at: at) { return problem }
            }
        }
        return nil
    }
}

extension ImageFile.Problem {
    /// The message of a problem of the limits (a side over the maximum of pixels).
    func message(path: String) -> Message {
        switch self {
        case let .tooManyPixels(width, height):
            return Message(.limitsImagePixels, ["path": path, "width": String(width), "height": String(height),
                                                "maximum": String(DocumentLimits.maximumImagePixels)])
        default:
            return Message(.imagesDamaged, ["path": path, "format": "PNG/JPEG"])
        }
    }
}

extension SourceReader {
    /// The seal images and the signature seal image of the front matter, within the
    /// document's images: their number is checked before any file is opened, their bytes as
    /// each is read.
    func loadFrontMatterImages(_ matter: FrontMatter, budget: inout DocumentBudget,
                               errors: inout [SourceError]) -> (seals: [ImageFile], signature: ImageFile?) {
        let named = matter.sealPaths.count + (matter.signatureImagePath == nil ? 0 : 1)
        let first = matter.sealPaths.first?.location ?? matter.signatureImageLocation
        if named > 0, let first, let problem = budget.allowsImages(named, at: first) {
            errors.append(problem)
            return ([], nil)
        }
        var seals = loadSealImages(matter, errors: &errors)
        for i in seals.indices {
            let location = i < matter.sealPaths.count ? matter.sealPaths[i].location : first!
            if let problem = budget.admitImage(&seals[i], at: location) { errors.append(problem); return ([], nil) }
        }
        var signature = loadSignatureImage(matter, errors: &errors)
        if signature != nil, let location = matter.signatureImageLocation, let problem = budget.admitImage(&signature!, at: location) {
            errors.append(problem)
            return (seals, nil)
        }
        return (seals, signature)
    }
}
