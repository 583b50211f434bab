import Platform

/// Reads the entries of a ZIP archive held in memory (an `.xlsx` workbook), with every
/// offset and length checked against the archive's real size before it is used, and each
/// entry inflated under a ceiling.
///
/// Written by hand rather than read through ZIPFoundation, which Guanxi still uses to write
/// workbooks: on damaged archives its reader traps (an end record pointing past the end of
/// the data crashes inside `Archive.MemoryFile.readData` with "Range requires lowerBound <=
/// upperBound", taking a host application down), its inflate loop hands zlib a full buffer's
/// length for a short last chunk, and it spins on a stream cut short. Here the archive is
/// only ever read through bounds-checked slices, and inflating goes to zlib directly
/// (``Inflate``).
///
/// What is read: the end of central directory record (ZIP64 too), the central directory,
/// and each entry's local header; stored (0) and deflated (8) entries, their CRC-32
/// checked. Encrypted entries and other methods are refused by name.
struct ZIPReader {
    struct Entry {
        var path: String
        var flags: UInt16
        var method: UInt16
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    /// What is wrong with an archive or one of its entries.
    enum Fault: Error, Equatable {
        /// No end of central directory record: not a ZIP archive, or cut short.
        case noDirectory
        /// The end record or central directory points outside the archive or is malformed.
        case damagedDirectory
        /// An entry's header or data lies outside the archive or is malformed.
        case damagedEntry(String)
        case encrypted(String)
        case unsupportedMethod(String, method: Int)
        /// The entry's data does not inflate, or not to what its checksum says.
        case corruptData(String)
        /// The entry inflates to more than the limit allows.
        case tooLarge(String)
    }

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []
    private var indexByPath: [String: Int] = [:]
    private var indexByLowercasedPath: [String: Int] = [:]

    /// - Complexity: O(size of the central directory) after an O(64 KB) search for its end.
    init(bytes: [UInt8]) throws(Fault) {
        self.bytes = bytes
        let (directoryOffset, directorySize, count) = try ZIPReader.directory(bytes)
        var offset = directoryOffset
        let end = directoryOffset + directorySize
        // Each central header is at least 46 bytes, so a count larger than that allows is
        // a lie that would only cost time.
        guard count <= directorySize / 46 else { throw .damagedDirectory }
        entries.reserveCapacity(count)
        for _ in 0 ..< count {
            let entry = try ZIPReader.centralHeader(bytes, at: &offset, end: end)
            let lowered = entry.path.lowercased()
            if indexByPath[entry.path] == nil { indexByPath[entry.path] = entries.count }
            if indexByLowercasedPath[lowered] == nil { indexByLowercasedPath[lowered] = entries.count }
            entries.append(entry)
        }
    }

    /// The entry at `path`, matched exactly first, then ignoring case (some generators
    /// write `xl/SharedStrings.xml`).
    func entry(_ path: String) -> Entry? {
        (indexByPath[path] ?? indexByLowercasedPath[path.lowercased()]).map { entries[$0] }
    }

    /// An entry's contents, refused when they would be more than `limit` bytes.
    /// - Complexity: O(compressed + uncompressed size).
    func contents(of entry: Entry, limit: Int) throws(Fault) -> [UInt8] {
        let path = entry.path
        if entry.flags & 1 != 0 { throw .encrypted(path) }
        let start = entry.localHeaderOffset
        guard start <= bytes.count - 30, ZIPReader.uint32(bytes, start) == 0x0403_4B50 else { throw .damagedEntry(path) }
        let dataStart = start + 30 + Int(ZIPReader.uint16(bytes, start + 26)) + Int(ZIPReader.uint16(bytes, start + 28))
        guard dataStart <= bytes.count, entry.compressedSize <= bytes.count - dataStart else { throw .damagedEntry(path) }
        let data = dataStart ..< dataStart + entry.compressedSize
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limit else { throw .tooLarge(path) }
            contents = Array(bytes[data])
        case 8:
            let inflated = bytes.withUnsafeBytes { raw in
                Inflate.inflate(UnsafeRawBufferPointer(rebasing: raw[data]), expectedSize: entry.uncompressedSize,
                                limit: limit)
            }
            switch inflated {
            case let .success(output): contents = output
            case .failure(.exceedsLimit): throw .tooLarge(path)
            case .failure: throw .corruptData(path)
            }
        default:
            throw .unsupportedMethod(path, method: Int(entry.method))
        }
        guard contents.withUnsafeBytes({ Inflate.checksum($0) }) == entry.checksum else { throw .corruptData(path) }
        return contents
    }

    // MARK: Records

    /// Where the central directory is and how many entries it holds, from the end of
    /// central directory record (and its ZIP64 counterpart when a field is saturated).
    private static func directory(_ bytes: [UInt8]) throws(Fault) -> (offset: Int, size: Int, count: Int) {
        let n = bytes.count
        guard n >= 22 else { throw .noDirectory }
        // The record is 22 bytes plus a comment of up to 65,535: the last signature whose
        // comment ends exactly at the end of the data, else the last that fits at all.
        var found: Int?
        var position = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while position >= lowest {
            if uint32(bytes, position) == 0x0605_4B50 {
                let commentEnd = position + 22 + Int(uint16(bytes, position + 20))
                if commentEnd == n { found = position; break }
                if found == nil, commentEnd <= n { found = position }
            }
            position -= 1
        }
        guard let record = found else { throw .noDirectory }
        var count = Int(uint16(bytes, record + 10))
        var size = Int(uint32(bytes, record + 12))
        var offset = Int(uint32(bytes, record + 16))
        var directoryEnd = record
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the record names the ZIP64 end record.
            let locator = record - 20
            guard locator >= 0, uint32(bytes, locator) == 0x0706_4B50 else { throw .damagedDirectory }
            let zip64 = uint64(bytes, locator + 8)
            guard zip64 <= UInt64(locator), Int(zip64) <= locator - 56,
                  uint32(bytes, Int(zip64)) == 0x0606_4B50 else { throw .damagedDirectory }
            let record64 = Int(zip64)
            let wide = (uint64(bytes, record64 + 32), uint64(bytes, record64 + 40), uint64(bytes, record64 + 48))
            guard wide.0 <= UInt64(n), wide.1 <= UInt64(n), wide.2 <= UInt64(n) else { throw .damagedDirectory }
            (count, size, offset) = (Int(wide.0), Int(wide.1), Int(wide.2))
            directoryEnd = record64
        }
        guard offset <= directoryEnd, size <= directoryEnd - offset else { throw .damagedDirectory }
        return (offset, size, count)
    }

    /// Reads the central header at `offset` (moving it past the header), its sizes and
    /// offset widened from a ZIP64 extra field where saturated.
    private static func centralHeader(_ bytes: [UInt8], at offset: inout Int, end: Int) throws(Fault) -> Entry {
        let p = offset
        guard p <= end - 46, uint32(bytes, p) == 0x0201_4B50 else { throw .damagedDirectory }
        let nameLength = Int(uint16(bytes, p + 28))
        let extraLength = Int(uint16(bytes, p + 30))
        let commentLength = Int(uint16(bytes, p + 32))
        let next = p + 46 + nameLength + extraLength + commentLength
        guard next <= end else { throw .damagedDirectory }
        let nameRange = p + 46 ..< p + 46 + nameLength
        var entry = Entry(path: String(decoding: bytes[nameRange], as: UTF8.self),
                          flags: uint16(bytes, p + 8), method: uint16(bytes, p + 10), checksum: uint32(bytes, p + 16),
                          compressedSize: Int(uint32(bytes, p + 20)), uncompressedSize: Int(uint32(bytes, p + 24)),
                          localHeaderOffset: Int(uint32(bytes, p + 42)))
        if entry.uncompressedSize == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF
            || entry.localHeaderOffset == 0xFFFF_FFFF {
            var k = nameRange.upperBound
            let extraEnd = k + extraLength
            while k <= extraEnd - 4 {
                let id = uint16(bytes, k), length = Int(uint16(bytes, k + 2))
                let body = k + 4
                guard length <= extraEnd - body else { throw .damagedEntry(entry.path) }
                if id == 0x0001 {
                    var field = body
                    func wide() throws(Fault) -> Int {
                        guard field <= body + length - 8 else { throw .damagedEntry(entry.path) }
                        let value = uint64(bytes, field)
                        field += 8
                        guard value <= UInt64(bytes.count) else { throw .damagedEntry(entry.path) }
                        return Int(value)
                    }
                    // Only the saturated fields are present, in this order.
                    if entry.uncompressedSize == 0xFFFF_FFFF {
                        // An uncompressed size is not bounded by the archive: cap it instead.
                        guard field <= body + length - 8 else { throw .damagedEntry(entry.path) }
                        entry.uncompressedSize = Int(min(uint64(bytes, field), UInt64(Int32.max)))
                        field += 8
                    }
                    if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try wide() }
                    if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try wide() }
                }
                k = body + length
            }
        }
        offset = next
        return entry
    }

    private static func uint16(_ bytes: [UInt8], _ i: Int) -> UInt16 {
        UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        UInt32(uint16(bytes, i)) | UInt32(uint16(bytes, i + 2)) << 16
    }

    private static func uint64(_ bytes: [UInt8], _ i: Int) -> UInt64 {
        UInt64(uint32(bytes, i)) | UInt64(uint32(bytes, i + 4)) << 32
    }
}
