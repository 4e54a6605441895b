import GovDocMessages

/// What a file that should be a .docx/.odt package really is, told from its first bytes, so a
/// reader can say "old Word format" or "password-protected" instead of "not a zip".
public enum PackageKind: Sendable, Equatable {
    /// No bytes at all.
    case empty
    /// A zip archive (`PK\u{3}\u{4}`, or an empty zip's `PK\u{5}\u{6}`): an OOXML or ODF package.
    case zip
    /// An OLE compound file holding an `EncryptedPackage` stream: an OOXML file with a password.
    case encryptedOOXML
    /// Any other OLE compound file: Word 97–2003 `.doc`, WPS `.wps`, `.et`, `.xls`…
    case legacyCompoundFile
    /// HTML or MHTML ("Web page" saved with a .doc/.docx name).
    case html
    /// Rich Text Format saved with a .doc/.docx name.
    case rtf
    /// Word 2003 XML (`<?mso-application progid="Word.Document"?>`) or a flat ODF `.fodt`.
    case flatXML
    /// Anything else.
    case unknown
}

public enum PackageSniffer {
    /// Why a reader of .docx/.odt packages refuses `bytes` before opening them: too large, empty,
    /// password-protected, old Word format, a web page, RTF, flat XML, not a package; nil for a
    /// zip. Both readers open a package with it (a flat ODF is the ODF reader's to accept first).
    public static func refusal(of bytes: [UInt8], maxFileSize: Int) -> Message? {
        guard bytes.count <= maxFileSize else {
            return Message(.readerFileTooLarge, ["size": String(bytes.count), "limit": String(maxFileSize)])
        }
        switch kind(of: bytes) {
        case .zip: return nil
        case .empty: return Message(.readerEmptyFile)
        case .encryptedOOXML: return Message(.readerPasswordProtected)
        case .legacyCompoundFile: return Message(.readerLegacyFormat)
        case .html: return Message(.readerHTML)
        case .rtf: return Message(.readerRTF)
        case .flatXML: return Message(.readerFlatXML)
        case .unknown: return Message(.readerNotAPackage)
        }
    }

    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Looks at the bytes' signature (and, for an OLE file, its directory entry names).
    public static func kind(of bytes: [UInt8]) -> PackageKind {
        if bytes.isEmpty { return .empty }
        if bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B,
           (bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8) {
            return .zip
        }
        if bytes.count >= 8, Array(bytes[0..<8]) == oleSignature {
            return hasEncryptedPackage(bytes) ? .encryptedOOXML : .legacyCompoundFile
        }
        let head = textHead(bytes)
        if head.hasPrefix("{\\rtf") { return .rtf }
        if head.hasPrefix("mime-version:") || head.contains("content-type: multipart/related") { return .html }
        if head.hasPrefix("<html") || head.hasPrefix("<!doctype html") || head.hasPrefix("<head")
            || head.hasPrefix("<meta") || head.hasPrefix("<body") { return .html }
        if head.hasPrefix("<?xml") {
            if head.contains("<html") || head.contains("xmlns=\"http://www.w3.org/1999/xhtml\"") { return .html }
            if head.contains("mso-application") || head.contains("office:document") || head.contains("w:wordDocument".lowercased()) {
                return .flatXML
            }
        }
        return .unknown
    }

    /// The first 1 KiB as lower-case text, after a byte-order mark and leading whitespace
    /// (UTF-16 text read as its ASCII bytes).
    static func textHead(_ bytes: [UInt8]) -> String {
        var start = 0
        var step = 1
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { start = 2; step = 2 }
        else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { start = 3; step = 2 /* big-endian: the ASCII byte is the second of a pair */ }
        var scalars: [UInt8] = []
        var i = start
        while i < bytes.count, scalars.count < 1024 {
            let b = bytes[i]
            if !(scalars.isEmpty && (b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D)) {
                scalars.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            }
            i += step
        }
        return String(decoding: scalars, as: UTF8.self)
    }

    /// True when a 128-byte directory entry of the compound file is named `EncryptedPackage`
    /// (UTF-16LE name at the entry's start, its length in bytes, 34, at offset 64). Directory
    /// entries sit in sectors (512 or 4096 bytes after the 512-byte header), so every entry
    /// starts at a multiple of 128.
    static func hasEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        var name: [UInt8] = []
        for unit in "EncryptedPackage".utf16 { name.append(UInt8(unit & 0xFF)); name.append(UInt8(unit >> 8)) }
        name += [0, 0]
        var offset = 512
        while offset + 128 <= bytes.count {
            if bytes[offset] == name[0], bytes[offset + 64] == 34, bytes[offset + 65] == 0,
               Array(bytes[offset..<(offset + name.count)]) == name {
                return true
            }
            offset += 128
        }
        return false
    }
}
