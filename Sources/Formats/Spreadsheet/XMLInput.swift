import Platform
import TrustModel

/// Makes an XML document safe to hand to Foundation's `XMLParser` (libxml2), and checks it
/// as text first, in one linear pass:
/// - decoded to UTF-8 (a byte-order mark, or the encoding its declaration names, through
///   iconv), and the declaration rewritten not to name an encoding, so libxml2 reads exactly
///   the bytes checked here;
/// - every byte well-formed UTF-8 and every character one XML 1.0 allows (`Char`) —
///   including inside the names of elements, attributes and processing instructions, where
///   libxml2 passes invalid UTF-8 through and Foundation then traps turning it into a Swift
///   string (a damaged workbook crashed the process that way);
/// - no document type declaration with an internal subset (none in workbooks at all):
///   entities are never needed, and their expansion is the classic XML bomb;
/// - at most ``attributeLimit`` attributes per element (libxml2 2.9 checks an element's
///   attributes for repeats pairwise: 40,000 of them take a second, a million hours);
/// - no processing instruction reaches XMLParser (one without data crashed it);
/// - names, attribute values and comments within ``nameLimit`` and ``valueLimit``.
enum XMLInput {
    static let attributeLimit = 1_000
    /// The longest element or attribute name and the longest attribute value or comment
    /// read: below libxml2's own limits (50,000 bytes and 10 MB), whose errors name neither
    /// the length nor the right cause.
    static let nameLimit = 10_000
    static let valueLimit = 8_000_000

    /// A fault and where it is: a 0-based byte offset, made a line and column by
    /// ``prepare(_:allowDocumentType:guessGB18030:)``.
    struct Fault: Error {
        var fault: XMLFault
        var offset: Int
        var line = 1
        var column = 1
    }

    /// The document as UTF-8 that libxml2 reads as written.
    /// - Parameters:
    ///   - allowDocumentType: whether a `<!DOCTYPE …>` without an internal subset is read
    ///     (GraphML may carry one; workbook parts never do).
    ///   - guessGB18030: whether bytes that are not UTF-8, in a document declaring no
    ///     encoding, are read as GB18030 (a GraphML file saved on Chinese Windows).
    /// - Complexity: O(n).
    static func prepare(_ bytes: [UInt8], allowDocumentType: Bool, guessGB18030: Bool) -> Result<[UInt8], Fault> {
        var text: [UInt8]
        switch decode(bytes, guessGB18030: guessGB18030) {
        case let .success(decoded): text = decoded
        case var .failure(fault):
            (fault.line, fault.column) = position(of: fault.offset, in: bytes)
            return .failure(fault)
        }
        var instructions: [Range<Int>] = []
        if var fault = check(text, allowDocumentType: allowDocumentType, instructions: &instructions) {
            (fault.line, fault.column) = position(of: fault.offset, in: text)
            return .failure(fault)
        }
        // Processing instructions carry nothing Guanxi reads, and Foundation's XMLParser
        // crashes on one without data (`<?pi?>`: libxml2 hands it a null pointer): each is
        // blanked to spaces (line breaks kept), which every place it may stand allows. The
        // XML declaration goes too: its encoding is decoded already (a declaration naming
        // another would make libxml2 decode the UTF-8 again), and a malformed one is where
        // libxml2's recovery found a PI this pass had not.
        for range in instructions {
            for i in range where text[i] != 0x0A { text[i] = 0x20 }
        }
        return .success(text)
    }

    // MARK: Decoding

    private static func decode(_ bytes: [UInt8], guessGB18030: Bool) -> Result<[UInt8], Fault> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes[3...]), guessGB18030: false) }
        for (mark, name) in [([UInt8]([0xFF, 0xFE]), "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] where bytes.starts(with: mark) {
            guard let decoded = System.transcode(Array(bytes[2...]), from: name, to: "UTF-8") else {
                return .failure(Fault(fault: .undecodable(encoding: "UTF-16"), offset: 0))
            }
            return .success(decoded)
        }
        guard let declared = declaredEncoding(bytes) else { return utf8(bytes, guessGB18030: guessGB18030) }
        let normalized = declared.lowercased().filter { $0 != "-" && $0 != "_" }
        // UTF-16 or UTF-32 declared over bytes an ASCII declaration was read from is a
        // mislabel; libxml2 itself goes by the bytes there.
        if ["utf8", "utf16", "utf32", "ucs2", "ucs4", "usascii", "ascii"].contains(normalized) {
            return utf8(bytes, guessGB18030: false)
        }
        if let decoded = System.transcode(bytes, from: declared, to: "UTF-8") { return .success(decoded) }
        if System.transcode([0x41], from: declared, to: "UTF-8") == nil {
            return .failure(Fault(fault: .unknownEncoding(declared), offset: 0))
        }
        return .failure(Fault(fault: .undecodable(encoding: declared), offset: 0))
    }

    private static func utf8(_ bytes: [UInt8], guessGB18030: Bool) -> Result<[UInt8], Fault> {
        guard let bad = TextDecoding.firstInvalidUTF8(bytes) else { return .success(bytes) }
        if guessGB18030, let converted = System.transcode(bytes, from: "GB18030", to: "UTF-8") { return .success(converted) }
        return .failure(Fault(fault: .invalidUTF8, offset: bad))
    }

    /// The range of the XML declaration (`<?xml … ?>` at the very start), if there is one:
    /// up to the first `>`, which must close it.
    private static func declaration(_ bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count > 6, bytes.starts(with: Array("<?xml".utf8)),
              [0x20, 0x09, 0x0A, 0x0D].contains(bytes[5]),
              let close = bytes.prefix(1_024).firstIndex(of: 0x3E), bytes[close - 1] == 0x3F else { return nil }
        return 0 ..< close + 1
    }

    /// The value of `encoding="…"` in the declaration.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard let range = declaration(bytes) else { return nil }
        let declaration = bytes[range]
        let key = Array("encoding".utf8)
        guard let start = declaration.indices.first(where: { declaration[$0...].starts(with: key) }) else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var rest = declaration[(start + key.count)...].drop(while: isSpace)
        guard rest.first == 0x3D else { return nil }  // =
        rest = rest.dropFirst().drop(while: isSpace)
        guard let quote = rest.first, quote == 0x22 || quote == 0x27 else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    // MARK: Checking

    private enum State { case content, tag, quoted(UInt8), comment, cdata, instruction, documentType, documentTypeQuoted(UInt8) }

    /// The first fault in UTF-8 `text`, if any (see ``XMLInput``).
    /// `instructions` gets the range of each processing instruction, the XML declaration
    /// included (to its end, or to the end of the text if it is not closed).
    static func check(_ text: [UInt8], allowDocumentType: Bool, instructions: inout [Range<Int>]) -> Fault? {
        var instructionStart = 0
        var found: [Range<Int>] = []
        defer { instructions = found }
        return text.withUnsafeBufferPointer { p -> Fault? in
            let n = p.count
            var i = 0
            var state = State.content
            var sawElement = false
            var attributes = 0
            // Where the current name (in a tag) and the current value or comment began.
            var nameStart = 0
            var valueStart = 0
            func starts(_ literal: StaticString) -> Bool {
                let count = literal.utf8CodeUnitCount
                guard i + count <= n else { return false }
                let pointer = literal.utf8Start
                for k in 0 ..< count where p[i + k] != pointer[k] { return false }
                return true
            }
            while i < n {
                let b = p[i]
                if b >= 0x80 {
                    // One multi-byte character: well-formed UTF-8, and not U+FFFE/U+FFFF.
                    guard let length = TextDecoding.utf8Length(p, at: i) else { return Fault(fault: .invalidUTF8, offset: i) }
                    if b == 0xEF, p[i + 1] == 0xBF, p[i + 2] >= 0xBE {
                        return Fault(fault: .disallowedCharacter(0xFFFE + UInt32(p[i + 2] - 0xBE)), offset: i)
                    }
                    i += length
                    continue
                }
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return Fault(fault: .disallowedCharacter(UInt32(b)), offset: i) }
                switch state {
                case .content:
                    guard b == 0x3C else { break }  // <
                    if starts("<!--") { state = .comment; valueStart = i; i += 4; continue }
                    if starts("<![CDATA[") { state = .cdata; i += 9; continue }
                    if starts("<?") {
                        state = .instruction
                        instructionStart = i
                        i += 2
                        continue
                    }
                    if starts("<!DOCTYPE"), !sawElement {
                        guard allowDocumentType else { return Fault(fault: .documentTypeDeclaration, offset: i) }
                        state = .documentType
                        i += 9
                        continue
                    }
                    if i + 1 < n, p[i + 1] != 0x2F { sawElement = true }  // not </
                    attributes = 0
                    nameStart = i + 1
                    state = .tag
                case .tag:
                    switch b {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x3D, 0x2F, 0x3E, 0x22, 0x27, 0x3C:
                        // The end of a name: space, =, /, >, a quote or <.
                        if i - nameStart > nameLimit { return Fault(fault: .nameTooLong(limit: nameLimit), offset: nameStart) }
                        nameStart = i + 1
                    default: break
                    }
                    switch b {
                    // A `<` inside a tag or an attribute value is malformed, and libxml2's
                    // recovery would read markup from there that this pass did not see.
                    case 0x3C: return Fault(fault: .markupInTag, offset: i)
                    case 0x22, 0x27: state = .quoted(b); valueStart = i
                    case 0x3E: state = .content
                    case 0x3D:  // =
                        attributes += 1
                        if attributes > attributeLimit { return Fault(fault: .tooManyAttributes(limit: attributeLimit), offset: i) }
                    default: break
                    }
                case let .quoted(quote):
                    if b == quote {
                        if i - valueStart > valueLimit { return Fault(fault: .valueTooLong(limit: valueLimit), offset: valueStart) }
                        state = .tag
                        nameStart = i + 1
                    } else if b == 0x3C { return Fault(fault: .markupInTag, offset: i) }
                case .comment:
                    if starts("-->") {
                        if i - valueStart > valueLimit { return Fault(fault: .valueTooLong(limit: valueLimit), offset: valueStart) }
                        state = .content
                        i += 3
                        continue
                    }
                case .cdata:
                    if starts("]]>") { state = .content; i += 3; continue }
                case .instruction:
                    if starts("?>") {
                        state = .content
                        i += 2
                        found.append(instructionStart ..< i)
                        continue
                    }
                case .documentType:
                    switch b {
                    case 0x3C: return Fault(fault: .markupInTag, offset: i)
                    case 0x5B: return Fault(fault: .documentTypeDeclaration, offset: i)  // [: an internal subset
                    case 0x22, 0x27: state = .documentTypeQuoted(b)
                    case 0x3E: state = .content
                    default: break
                    }
                case let .documentTypeQuoted(quote):
                    if b == quote { state = .documentType }
                }
                i += 1
            }
            if case .instruction = state { found.append(instructionStart ..< n) }
            return nil
        }
    }

    /// The 1-based line and column of a byte offset in UTF-8 text, counting characters.
    static func position(of offset: Int, in text: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in text.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
