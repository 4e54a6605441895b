/// A zip written byte by byte (stored entries), for archives no well-behaved writer makes:
/// `../` names, backslashes, absolute paths, the encryption flag, lying sizes.
struct RawZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        var flags: UInt16 = 0x0800          // UTF-8 names
        var declaredSize: UInt32? = nil     // overrides the uncompressed size in both headers
    }
    var entries: [Entry] = []

    mutating func add(_ name: String, _ data: [UInt8], flags: UInt16 = 0x0800, declaredSize: UInt32? = nil) {
        entries.append(Entry(name: name, data: data, flags: flags, declaredSize: declaredSize))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.name.utf8)
            let crc = RawZip.crc32(entry.data)
            let size = entry.declaredSize ?? UInt32(entry.data.count)
            out += le32(0x04034B50) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(entry.data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0)
            out += name + entry.data
            central += le32(0x02014B50) + le16(20) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0x21)
            central += le32(crc) + le32(UInt32(entry.data.count)) + le32(size) + le16(UInt16(name.count))
            central += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x06054B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}
