import Foundation

/// A binary Netpbm image (P5 grey or P6 colour) as pdftoppm writes it.
struct Pixmap {
    var width: Int
    var height: Int
    /// 1 for grey (P5), 3 for colour (P6).
    var channels: Int
    var bytes: [UInt8]
    /// Where the pixels start in `bytes`.
    var offset: Int

    init(contentsOf url: URL) throws {
        bytes = [UInt8](try Data(contentsOf: url))
        var fields: [String] = [], i = 0, current = ""
        while fields.count < 4, i < bytes.count {
            let c = Character(UnicodeScalar(bytes[i])); i += 1
            if c.isWhitespace { if !current.isEmpty { fields.append(current); current = "" } } else { current.append(c) }
        }
        guard fields.count == 4, let w = Int(fields[1]), let h = Int(fields[2]) else { throw TestFailure("not a Netpbm image: \(url.path)") }
        width = w
        height = h
        channels = fields[0] == "P6" ? 3 : 1
        offset = i
    }

    /// The samples of one pixel.
    subscript(x: Int, y: Int) -> ArraySlice<UInt8> {
        let o = offset + (y * width + x) * channels
        return bytes[o..<(o + channels)]
    }
}
