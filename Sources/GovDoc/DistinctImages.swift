/// The distinct images of a document, told apart by their bytes: each gets a 1-based number
/// the first time it is seen, and identical bytes seen again get that number back (one media
/// part in a package however often the picture is shown).
///
/// Bytes are bucketed by a fingerprint (size, format and up to 64 samples), then compared in
/// full only against images of the same bucket; arrays that share their storage (one file read
/// once) compare at once.
public struct DistinctImages: Sendable {
    private var buckets: [Int: [(image: ImageFile, number: Int)]] = [:]
    /// Distinct images so far.
    public private(set) var count = 0
    /// Bytes of the distinct images so far.
    public private(set) var totalBytes = 0

    public init() {}

    /// The image's number, and whether it was new; the image returned is the first one seen
    /// with these bytes (the caller may keep it instead, so that one copy stays in memory).
    public mutating func number(of image: ImageFile) -> (number: Int, isNew: Bool, first: ImageFile) {
        let key = Self.fingerprint(image)
        if let found = buckets[key]?.first(where: { $0.image.format == image.format && $0.image.bytes == image.bytes }) {
            return (found.number, false, found.image)
        }
        count += 1
        totalBytes += image.bytes.count
        buckets[key, default: []].append((image, count))
        return (count, true, image)
    }

    private static func fingerprint(_ image: ImageFile) -> Int {
        var hasher = Hasher()
        let bytes = image.bytes
        hasher.combine(bytes.count)
        hasher.combine(image.format.rawValue)
        let step = max(1, bytes.count / 64)
        var i = 0
        while i < bytes.count {
            hasher.combine(bytes[i])
            i += step
        }
        if let last = bytes.last { hasher.combine(last) }
        return hasher.finalize()
    }
}
