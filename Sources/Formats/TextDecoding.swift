import Platform
import TrustModel

/// Decodes a text file the way Excel and WPS on Chinese Windows save it: UTF-8 with or
/// without a byte-order mark, UTF-16 with a mark ("Unicode text"), or GB18030/GBK (plain
/// "CSV" there). The result is UTF-8 bytes, so the parsers work on one encoding.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8, utf8WithBOM, utf16LE, utf16BE, gb18030
    }

    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        public var encoding: Encoding
    }

    /// Decodes `bytes`, or names the problem: empty, binary, a workbook, or neither UTF-8
    /// nor GB18030.
    /// - Complexity: O(n); UTF-8 input (the common case) is validated in place and copied
    ///   once.
    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, ProblemAt> {
        if bytes.isEmpty { return .failure(ProblemAt(.emptyFile)) }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return .failure(ProblemAt(.spreadsheetNotCSV))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes[3...])
            if let bad = firstInvalidUTF8(body) { return .failure(ProblemAt(.undecodableText, byteOffset: bad + 3)) }
            return .success(Decoded(utf8: body, encoding: .utf8WithBOM))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else { return .failure(ProblemAt(.undecodableText)) }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                let (lo, hi) = littleEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
                units.append(UInt16(hi) << 8 | UInt16(lo))
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            if text.unicodeScalars.contains("\u{FFFD}") { return .failure(ProblemAt(.undecodableText)) }
            return .success(Decoded(utf8: Array(text.utf8), encoding: littleEndian ? .utf16LE : .utf16BE))
        }
        // Text never holds NUL; a NUL near the start means a binary file.
        if bytes.prefix(8192).contains(0) { return .failure(ProblemAt(.binaryFile)) }
        guard let bad = firstInvalidUTF8(bytes) else { return .success(Decoded(utf8: bytes, encoding: .utf8)) }
        if let converted = convertGB18030(bytes) {
            return .success(Decoded(utf8: converted, encoding: .gb18030))
        }
        return .failure(ProblemAt(.undecodableText, byteOffset: bad))
    }

    /// What a file that should be a CSV table is instead, told from its first bytes: a
    /// workbook (Excel, WPS), a web page saved from a download link, a PDF or an image;
    /// `nil` when it may be a table. One error for the file, instead of its bytes read as
    /// rows of nonsense.
    public static func notATable(_ bytes: [UInt8]) -> Problem? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return .spreadsheetNotCSV
        }
        let signatures: [(bytes: [UInt8], kind: String)] = [
            (Array("%PDF".utf8), "PDF"), ([0x89, 0x50, 0x4E, 0x47], "PNG"), ([0xFF, 0xD8, 0xFF], "JPEG"),
            (Array("GIF8".utf8), "GIF"), (Array("{\\rtf".utf8), "RTF"),
        ]
        if let known = signatures.first(where: { bytes.starts(with: $0.bytes) }) { return .documentNotCSV(kind: known.kind) }
        // A web page: its first tag, after a byte-order mark and white space, is HTML's.
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == 0x3C else { return nil }
        let head = String(decoding: bytes[start ..< min(bytes.count, start + 1024)], as: UTF8.self).lowercased()
        if ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].contains(where: head.contains) { return .webPageNotCSV }
        return nil
    }

    /// The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlongs,
    /// no surrogates, nothing above U+10FFFF), or `nil`.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let n = buffer.count
            var i = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while i < n {
                // Eight ASCII bytes at a time: most of a CSV is ASCII.
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = buffer[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return i
                }
                guard i + length <= n else { return i }
                let second = buffer[i + 1]
                guard second >= lower, second <= upper else { return i }
                for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
                i += length
            }
            return nil
        }
    }

    /// GB18030 (a superset of GBK and GB2312) to UTF-8; `nil` when the bytes are not valid
    /// GB18030.
    static func convertGB18030(_ bytes: [UInt8]) -> [UInt8]? {
        transcode(bytes, from: "GB18030", to: "UTF-8")
    }

    /// Text as GB18030 bytes, as Excel on Chinese Windows saves it.
    public static func gb18030Encoded(_ text: String) -> [UInt8]? {
        transcode(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// Converts between encodings (through iconv, ``System/transcode(_:from:to:)``).
    private static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        System.transcode(bytes, from: source, to: target)
    }
}

/// A problem found before any position is known, with the byte offset it concerns if any;
/// the reader turns the offset into a line and column.
public struct ProblemAt: Error, Sendable {
    public var problem: Problem
    public var byteOffset: Int?

    public init(_ problem: Problem, byteOffset: Int? = nil) {
        self.problem = problem
        self.byteOffset = byteOffset
    }
}

