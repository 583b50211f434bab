/// A JSON value with the line and column it starts at, for diagnostics that point into a
/// `.json` network or `network.json`.
///
/// Written by hand because Foundation's `JSONSerialization` and `JSONDecoder` say where a
/// *syntax* error is but not where a *value* is, and Guanxi must point at the node whose kind
/// is misspelt. Numbers keep their written text, so nothing is lost or rounded.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([Positioned])
    case object([(key: String, value: Positioned)])

    struct Positioned {
        var value: JSONValue
        var line: Int
        var column: Int
    }

    /// The text of a scalar as a cell would hold it (`nil` for arrays, objects and null).
    var scalarText: String? {
        switch self {
        case let .string(text): text
        case let .number(text): text
        case let .bool(flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    /// A short name of the value's type, for messages.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A recursive-descent JSON parser (RFC 8259) over UTF-8 bytes, with a nesting limit so that
/// hostile input cannot overflow the stack.
///
/// - Complexity: O(n).
struct JSONParser {
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
        var tooDeep = false
    }

    static let nestingLimit = 512

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ bytes: [UInt8]) -> Result<JSONValue.Positioned, Failure> {
        var parser = JSONParser(bytes: bytes)
        do throws(Failure) {
            parser.skipSpace()
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.i == bytes.count else { throw parser.failure("unexpected text after the end of the document") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    /// The last column computed, so that finding the column of each value costs only the
    /// bytes since the previous one (a minified file is one long line).
    private var counted = (offset: 0, column: 1)

    /// Character column of the current byte.
    private mutating func column() -> Int {
        if counted.offset < lineStart || counted.offset > i { counted = (lineStart, 1) }
        var k = counted.offset
        var count = counted.column
        while k < i, k < bytes.count {
            if bytes[k] & 0xC0 != 0x80 { count += 1 }
            k += 1
        }
        counted = (k, count)
        return count
    }

    private mutating func failure(_ message: String) -> Failure {
        Failure(message: message, line: line, column: column())
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue.Positioned {
        guard depth < JSONParser.nestingLimit else {
            var tooDeep = failure("nested deeper than \(JSONParser.nestingLimit) levels")
            tooDeep.tooDeep = true
            throw tooDeep
        }
        let (startLine, startColumn) = (line, column())
        guard i < bytes.count else { throw failure("unexpected end of the document (truncated?)") }
        let value: JSONValue
        switch bytes[i] {
        case 0x7B: value = try object(depth: depth)
        case 0x5B: value = try array(depth: depth)
        case 0x22: value = .string(try string())
        case 0x74: try literal("true"); value = .bool(true)
        case 0x66: try literal("false"); value = .bool(false)
        case 0x6E: try literal("null"); value = .null
        case 0x2D, 0x30...0x39: value = .number(try number())
        default: throw failure("unexpected character")
        }
        return JSONValue.Positioned(value: value, line: startLine, column: startColumn)
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard i < bytes.count, bytes[i] == expected else { throw failure("invalid literal") }
            i += 1
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.i
            while parser.i < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.i]) { parser.i += 1 }
            return parser.i - from
        }
        guard digits(&self) > 0 else { throw failure("invalid number") }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            guard digits(&self) > 0 else { throw failure("invalid number") }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard digits(&self) > 0 else { throw failure("invalid number") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        i += 1  // opening quote
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw failure("unterminated string (truncated?)") }
            let b = bytes[i]
            switch b {
            case 0x22:
                i += 1
                return String(decoding: out, as: UTF8.self)
            case 0x5C:
                i += 1
                guard i < bytes.count else { throw failure("unterminated string (truncated?)") }
                let escape = bytes[i]
                i += 1
                switch escape {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            out.append(contentsOf: Array(String(Character(Unicode.Scalar(0xFFFD) ?? " ")).utf8))
                            scalar = low
                        }
                    }
                    let character = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "\u{FFFD}"
                    out.append(contentsOf: Array(character.utf8))
                default:
                    i -= 1
                    throw failure("invalid escape in string")
                }
            case 0x00...0x1F:
                if b == 0x0A { throw failure("line break inside a string (unterminated string?)") }
                throw failure("control character inside a string")
            default:
                out.append(b)
                i += 1
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var items: [JSONValue.Positioned] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw failure("unexpected end of the document: missing \"]\" (truncated?)") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw failure("expected \",\" or \"]\"")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        i += 1
        var members: [(key: String, value: JSONValue.Positioned)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < bytes.count else { throw failure("unexpected end of the document: missing \"}\" (truncated?)") }
            guard bytes[i] == 0x22 else { throw failure("expected a quoted key") }
            let key = try string()
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw failure("expected \":\" after a key") }
            i += 1
            skipSpace()
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard i < bytes.count else { throw failure("unexpected end of the document: missing \"}\" (truncated?)") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(members) }
            throw failure("expected \",\" or \"}\"")
        }
    }
}
