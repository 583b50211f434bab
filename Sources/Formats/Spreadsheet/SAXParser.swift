import Foundation
import TrustModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML document's events to closures, with namespace prefixes removed
/// (`x:row` → `row`, `r:id` → `id`): the workbook and GraphML readers match elements by
/// local name, so documents from generators that prefix the spreadsheet namespace (the .NET
/// Open XML SDK writes `<x:worksheet>`) or use Strict OOXML's namespaces read the same.
///
/// Built on Foundation's `XMLParser` (libxml2 on Linux), after ``XMLInput`` has checked the
/// document as text: external entities are not resolved, entity declarations are refused,
/// and libxml2 sees only well-formed UTF-8 of XML characters, so a hostile file can neither
/// read local files, blow up, nor crash the process.
final class SAXParser: NSObject, XMLParserDelegate {
    struct Failure: Error {
        var fault: XMLFault
        var line: Int
        var column: Int
    }

    /// Where the parser is (1-based), for positions of elements in diagnostics.
    struct Location { var line: Int; var column: Int }

    private let parser: XMLParser
    private let onStart: (String, [String: String], Location) -> Void
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void
    /// The first error, as reported while parsing: on Linux `parse()` can return true after
    /// errors (libxml2 recovers), so errors are caught as they happen.
    private var firstError: (code: Int, line: Int, column: Int)?
    /// Elements open; a document ending with some still open is truncated.
    private var depth = 0
    private var sawElement = false
    /// Whether the root element has closed: the document is complete.
    private var rootClosed = false

    private init(data: Data, onStart: @escaping (String, [String: String], Location) -> Void,
                 onEnd: @escaping (String) -> Void, onText: @escaping (String) -> Void) {
        parser = XMLParser(data: data)
        self.onStart = onStart
        self.onEnd = onEnd
        self.onText = onText
        super.init()
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
    }

    /// Parses `bytes`, calling `start` for each element (its local name, attributes by local
    /// name, and where it is), `end` when it closes, and `text` for character data (possibly
    /// in several pieces). Returns the first fault, if any: from checking the document as
    /// text (``XMLInput``), or a well-formedness error.
    /// - Parameters:
    ///   - allowDocumentType: GraphML may carry a `<!DOCTYPE>` (without entities); a
    ///     workbook's parts never do.
    ///   - guessGB18030: bytes that are not UTF-8 are tried as GB18030 (GraphML files).
    /// - Complexity: O(n) in the document's length.
    static func parse(_ bytes: [UInt8], allowDocumentType: Bool = false, guessGB18030: Bool = false,
                      start: @escaping (String, [String: String], Location) -> Void,
                      end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in }) -> Failure? {
        let prepared: [UInt8]
        switch XMLInput.prepare(bytes, allowDocumentType: allowDocumentType, guessGB18030: guessGB18030) {
        case let .success(text): prepared = text
        case let .failure(fault): return Failure(fault: fault.fault, line: fault.line, column: fault.column)
        }
        return prepared.withUnsafeBytes { raw -> Failure? in
            guard let base = raw.baseAddress, raw.count > 0 else { return Failure(fault: .empty, line: 1, column: 1) }
            // The checked bytes are parsed where they are, not copied into a Data.
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
            return SAXParser(data: data, onStart: start, onEnd: end, onText: text).run()
        }
    }

    private func run() -> Failure? {
        let parsed = parser.parse()
        let line = max(1, parser.lineNumber), column = max(1, parser.columnNumber)
        // Foundation on Linux reports libxml2's "internal error" (1) after the last element of
        // a large document (seen from about 20 MB) although every event was delivered; an error
        // after the root element closed is real only if it is another code (content after the
        // root element).
        if rootClosed, let first = firstError, first.code == 1 { return nil }
        if let first = firstError { return Failure(fault: .malformed(code: first.code), line: first.line, column: first.column) }
        let code = (parser.parserError as NSError?)?.code
        if rootClosed, code == 1 { return nil }
        if !parsed || code != nil { return Failure(fault: .malformed(code: code ?? 0), line: line, column: column) }
        if !sawElement { return Failure(fault: .empty, line: 1, column: 1) }
        if depth != 0 { return Failure(fault: .truncated, line: line, column: column) }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        firstError = ((parseError as NSError).code, max(1, parser.lineNumber), max(1, parser.columnNumber))
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        sawElement = true
        var local: [String: String] = [:]
        for (key, value) in attributes {
            let name = SAXParser.localName(key)
            // `xmlns:r="…"` declarations are not attributes of interest.
            if key.hasPrefix("xmlns") { continue }
            local[name] = value
        }
        onStart(SAXParser.localName(elementName), local, Location(line: parser.lineNumber, column: parser.columnNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        onEnd(SAXParser.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
