import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams an XML document's events to closures, with namespace prefixes removed
/// (`x:row` → `row`, `r:id` → `id`): the workbook and GraphML readers match elements by
/// local name, so documents from generators that prefix the spreadsheet namespace (the .NET
/// Open XML SDK writes `<x:worksheet>`) or use Strict OOXML's namespaces read the same.
///
/// Built on Foundation's `XMLParser` (libxml2 on Linux): external entities are not resolved,
/// and libxml2 limits entity expansion, so a hostile file cannot read local files or blow up.
final class SAXParser: NSObject, XMLParserDelegate {
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
        /// libxml2's error code.
        var code = 0
    }

    /// Where the parser is (1-based), for positions of elements in diagnostics.
    struct Location { var line: Int; var column: Int }

    private let parser: XMLParser
    private let onStart: (String, [String: String], Location) -> Void
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void
    /// The first error, as reported while parsing: on Linux `parse()` can return true after
    /// errors (libxml2 recovers), so errors are caught as they happen.
    private var firstError: Failure?
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

    /// Parses `data`, calling `start` for each element (its local name, attributes by local
    /// name, and where it is), `end` when it closes, and `text` for character data (possibly
    /// in several pieces). Returns the first well-formedness error, if any.
    /// - Complexity: O(n) in the document's length.
    static func parse(_ data: Data, start: @escaping (String, [String: String], Location) -> Void,
                      end: @escaping (String) -> Void = { _ in }, text: @escaping (String) -> Void = { _ in }) -> Failure? {
        let sax = SAXParser(data: data, onStart: start, onEnd: end, onText: text)
        let parsed = sax.parser.parse()
        // Foundation on Linux reports libxml2's "internal error" (1) after the last element of
        // a large document (seen from about 20 MB) although every event was delivered; an error
        // after the root element closed is real only if it is another code (content after the
        // root element).
        if sax.rootClosed, let first = sax.firstError, first.code == 1 { return nil }
        if let first = sax.firstError { return first }
        if sax.rootClosed, (sax.parser.parserError as NSError?)?.code == 1 { return nil }
        if !parsed || sax.parser.parserError != nil {
            let code = (sax.parser.parserError as NSError?)?.code ?? 0
            return Failure(message: describe(code), line: max(1, sax.parser.lineNumber), column: max(1, sax.parser.columnNumber))
        }
        if !sax.sawElement {
            return Failure(message: describe(4), line: 1, column: 1)
        }
        if sax.depth != 0 {
            return Failure(message: "the document ends before all its elements are closed (truncated?)",
                           line: max(1, sax.parser.lineNumber), column: max(1, sax.parser.columnNumber))
        }
        return nil
    }

    /// A readable message for libxml2's error codes (Foundation gives none on Linux).
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: "the document is empty"
        case 5: "the document is cut short, or has content after its root element"
        case 9: "a character XML does not allow"
        case 23, 26: "an undefined entity (only &amp; &lt; &gt; &quot; &apos; and &#…; are known)"
        case 38, 39, 40, 41: "an attribute value is not in quotes"
        case 42: "an attribute is given twice"
        case 73: "a tag is not closed with >"
        case 76: "an opening and a closing tag do not match"
        case 77: "the document ends before all its elements are closed (truncated?)"
        default: "malformed XML (libxml2 error \(code))"
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        let code = (parseError as NSError).code
        firstError = Failure(message: SAXParser.describe(code), line: max(1, parser.lineNumber),
                             column: max(1, parser.columnNumber), code: code)
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
