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
    }

    /// Where the parser is (1-based), for positions of elements in diagnostics.
    struct Location { var line: Int; var column: Int }

    private let parser: XMLParser
    private let onStart: (String, [String: String], Location) -> Void
    private let onEnd: (String) -> Void
    private let onText: (String) -> Void

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
        if sax.parser.parse() { return nil }
        let error = sax.parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
        return Failure(message: error, line: max(1, sax.parser.lineNumber), column: max(1, sax.parser.columnNumber))
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
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
        onEnd(SAXParser.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        onText(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        onText(String(decoding: CDATABlock, as: UTF8.self))
    }
}
