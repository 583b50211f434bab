import CSystem

/// Raw deflate streams (ZIP's method 8) inflated through zlib with a ceiling on what comes
/// out, and zlib's CRC-32: what reading a workbook needs of zlib.
public enum Inflate {
    public enum Failure: Error, Sendable, Equatable {
        /// The stream is not valid deflate data.
        case corrupt
        /// The stream ends before its last block.
        case truncated
        /// More than the limit would come out.
        case exceedsLimit
    }

    /// The bytes a raw deflate stream inflates to, at most `limit` of them.
    /// - Parameter expectedSize: the size the archive declares, used only to size the
    ///   first buffer (it may lie; the output grows by doubling up to the limit).
    /// - Complexity: O(input + output).
    public static func inflate(_ input: UnsafeRawBufferPointer, expectedSize: Int,
                               limit: Int) -> Result<[UInt8], Failure> {
        var stream = z_stream()
        guard guanxi_inflate_init_raw(&stream) == Z_OK else { return .failure(.corrupt) }
        defer { inflateEnd(&stream) }
        // One byte beyond the limit, so output past it is seen rather than cut silently.
        let ceiling = min(limit, Int.max - 1) + 1
        var capacity = min(ceiling, max(1 << 16, min(expectedSize, 1 << 26) + 1))
        var output = [UInt8](repeating: 0, count: capacity)
        var produced = 0
        guard input.count <= Int(UInt32.max) else { return .failure(.exceedsLimit) }
        stream.avail_in = UInt32(input.count)
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        while true {
            let before = (produced, stream.avail_in)
            let status: Int32 = output.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress.map { $0 + produced }
                stream.avail_out = UInt32(capacity - produced)
                let status = CSystem.inflate(&stream, Z_NO_FLUSH)
                produced = capacity - Int(stream.avail_out)
                return status
            }
            if produced > limit { return .failure(.exceedsLimit) }
            switch status {
            case Z_STREAM_END:
                output.removeSubrange(produced...)
                return .success(output)
            case Z_OK, Z_BUF_ERROR:
                if stream.avail_out > 0 {
                    // Room left, so zlib stopped for want of input: the stream is cut short.
                    guard stream.avail_in > 0 else { return .failure(.truncated) }
                    // Input and room both left yet nothing moved: never loop on it.
                    if status == Z_BUF_ERROR || before == (produced, stream.avail_in) { return .failure(.corrupt) }
                    continue
                }
                guard capacity < ceiling else { return .failure(.exceedsLimit) }
                capacity = min(ceiling, capacity * 2)
                output.append(contentsOf: repeatElement(0, count: capacity - output.count))
            default:
                return .failure(.corrupt)
            }
        }
    }

    /// Raw deflate of the segments one after another, each `times` times, and their CRC-32:
    /// for tests and fuzzing seeds, where a small archive must inflate hugely. Each segment
    /// is compressed once, ending on a full flush (byte-aligned, no reference back), so its
    /// repeats are copies of those bytes; only the last copy of the last ends the stream.
    /// - Complexity: O(Σ bytes) to compress, O(Σ bytes × times) for the checksum.
    public static func deflate(_ segments: [(bytes: [UInt8], times: Int)]) -> (data: [UInt8], checksum: UInt32) {
        var output: [UInt8] = []
        var crc: UInt32 = 0
        for (index, segment) in segments.enumerated() where segment.times > 0 {
            let isLast = index == segments.count - 1
            let flushed = compressed(segment.bytes, finishing: false)
            for round in 0 ..< segment.times {
                output += isLast && round == segment.times - 1 ? compressed(segment.bytes, finishing: true) : flushed
                crc = segment.bytes.withUnsafeBytes { checksum($0, continuing: crc) }
            }
        }
        return (output, crc)
    }

    /// One raw deflate stream of `bytes`: finished (the last block), or ended by a full
    /// flush so that more blocks may follow.
    private static func compressed(_ bytes: [UInt8], finishing: Bool) -> [UInt8] {
        var stream = z_stream()
        guard guanxi_deflate_init_raw(&stream, 9) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        bytes.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            repeat {
                let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    _ = CSystem.deflate(&stream, finishing ? Z_FINISH : Z_FULL_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                output.append(contentsOf: buffer[..<produced])
            } while stream.avail_out == 0
        }
        return output
    }

    /// The CRC-32 that ZIP records for each entry; `continuing` an earlier one to checksum
    /// data given in pieces.
    public static func checksum(_ bytes: UnsafeRawBufferPointer, continuing previous: UInt32 = 0) -> UInt32 {
        var crc = previous == 0 ? crc32(0, nil, 0) : UInt(previous)
        var rest = bytes
        while !rest.isEmpty, let base = rest.baseAddress {
            let count = min(rest.count, Int(UInt32.max))
            crc = crc32(crc, base.assumingMemoryBound(to: Bytef.self), UInt32(count))
            rest = UnsafeRawBufferPointer(rebasing: rest[count...])
        }
        return UInt32(truncatingIfNeeded: crc)
    }
}
