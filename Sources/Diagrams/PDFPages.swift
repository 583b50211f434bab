import Foundation

/// Joins PDFs into one PDF of their pages, in order: how a network view printed on A4 gets an
/// overview page and then a page per community. Each input is a PDF as Graphviz's cairo
/// device writes it (objects numbered from 1, one cross-reference table, a catalogue and a
/// page tree); the objects of each are renumbered after those of the one before, every
/// reference `n 0 R` outside stream data rewritten, the pages gathered under one new page
/// tree, and the first document's information dictionary kept. Stream data is copied byte
/// for byte. A PDF this cannot read (object streams, a cross-reference stream) gives `nil`:
/// the caller then keeps the first page alone.
///
/// Written here because no PDF library is available to Swift on Linux, and cairo (which
/// Graphviz draws PDFs with) cannot be given pages drawn by separate Graphviz renders.
/// - Complexity: O(total bytes).
public enum PDFPages {
    public static func merge(_ documents: [[UInt8]]) -> [UInt8]? {
        guard documents.count > 1 else { return documents.first }
        var parsed: [Document] = []
        for bytes in documents {
            guard let document = Document(bytes) else { return nil }
            parsed.append(document)
        }
        // New numbers: each document's objects (without its catalogue and page tree) in turn.
        var next = 1
        var renumbered: [[Int: Int]] = []
        for document in parsed {
            var map: [Int: Int] = [:]
            for number in document.objects.keys.sorted() where number != document.root && number != document.pages {
                map[number] = next
                next += 1
            }
            renumbered.append(map)
        }
        let pagesNumber = next, catalogNumber = next + 1
        var out = Array("%PDF-1.5\n%".utf8) + [0xB5, 0xED, 0xAE, 0xFB, 0x0A]
        var offsets: [Int: Int] = [:]
        var kids: [Int] = []
        for (k, document) in parsed.enumerated() {
            let map = renumbered[k]
            for number in document.objects.keys.sorted() where map[number] != nil {
                // Another document's information dictionary is left out (unreferenced).
                if k > 0, number == document.info { continue }
                guard let object = document.objects[number], let new = map[number] else { continue }
                var head = rewrite(object.head, map)
                if document.pageList.contains(number) {
                    head = replaceParent(head, with: pagesNumber)
                }
                offsets[new] = out.count
                out += Array("\(new) 0 obj\n".utf8) + Array(head.utf8)
                if let stream = object.stream { out += stream }
                out += Array("\nendobj\n".utf8)
            }
            kids += document.pageList.compactMap { map[$0] }
        }
        offsets[pagesNumber] = out.count
        out += Array("\(pagesNumber) 0 obj\n<< /Type /Pages\n   /Kids [ \(kids.map { "\($0) 0 R" }.joined(separator: " ")) ]\n   /Count \(kids.count)\n>>\nendobj\n".utf8)
        offsets[catalogNumber] = out.count
        out += Array("\(catalogNumber) 0 obj\n<< /Type /Catalog\n   /Pages \(pagesNumber) 0 R\n>>\nendobj\n".utf8)
        let xref = out.count
        var table = "xref\n0 \(catalogNumber + 1)\n0000000000 65535 f \n"
        for number in 1...catalogNumber {
            guard let offset = offsets[number] else { table += "0000000000 65535 f \n"; continue }
            table += String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset) + " 00000 n \n"
        }
        let info = parsed[0].info.flatMap { renumbered[0][$0] }.map { "   /Info \($0) 0 R\n" } ?? ""
        table += "trailer\n<< /Size \(catalogNumber + 1)\n   /Root \(catalogNumber) 0 R\n\(info)>>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    /// Rewrites every `n 0 R` in `text` whose number `map` knows.
    private static func rewrite(_ text: String, _ map: [Int: Int]) -> String {
        var result = ""
        var rest = Substring(text)
        while let match = rest.firstMatch(of: /(\d+) 0 R(?![A-Za-z0-9])/) {
            result += rest[..<match.range.lowerBound]
            let number = Int(match.output.1) ?? -1
            result += map[number].map { "\($0) 0 R" } ?? String(match.output.0)
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }

    /// A page's `/Parent n 0 R`, pointed at the new page tree.
    private static func replaceParent(_ text: String, with pages: Int) -> String {
        text.replacing(/\/Parent \d+ 0 R/, with: "/Parent \(pages) 0 R")
    }

    /// One PDF, read as far as joining needs.
    private struct Document {
        struct Object {
            /// The object's text from after `n 0 obj` to its stream's data (or its end).
            var head: String
            /// `stream` data and `endstream`, byte for byte, when it has a stream.
            var stream: [UInt8]?
        }
        var objects: [Int: Object] = [:]
        var root = 0
        var pages = 0
        var info: Int?
        /// The page objects, in order.
        var pageList: [Int] = []

        init?(_ bytes: [UInt8]) {
            let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
            guard let start = text.range(of: "startxref", options: .backwards),
                  let xref = Int(text[start.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
                  xref < bytes.count, text.utf8.count == bytes.count else { return nil }
            let tail = text.utf8.dropFirst(xref)
            guard String(decoding: tail.prefix(4), as: UTF8.self) == "xref",
                  let trailer = String(decoding: tail, as: UTF8.self).range(of: "trailer") else { return nil }
            let section = String(decoding: tail, as: UTF8.self)
            // Subsections: "first count", then count entries "offset generation n|f".
            let tokens = section[section.index(section.startIndex, offsetBy: 4)..<trailer.lowerBound]
                .split(whereSeparator: \.isWhitespace).map(String.init)
            var offsets: [Int: Int] = [:]
            var i = 0
            while i + 1 < tokens.count, let first = Int(tokens[i]), let count = Int(tokens[i + 1]) {
                i += 2
                for n in 0..<count where i + 2 < tokens.count + 1 {
                    if tokens[i + 2] == "n", let offset = Int(tokens[i]) { offsets[first + n] = offset }
                    i += 3
                }
            }
            let trailerText = section[trailer.upperBound...]
            func reference(_ key: String, in text: Substring) -> Int? {
                guard let match = text.firstMatch(of: try! Regex("/\(key)\\s+(\\d+)\\s+0\\s+R")) else { return nil }
                return Int(match.output[1].substring ?? "")
            }
            guard let root = reference("Root", in: trailerText) else { return nil }
            self.root = root
            info = reference("Info", in: trailerText)
            // Each object up to `endobj`, its stream (if any) skipped by its length.
            func integerObject(_ number: Int) -> Int? {
                guard let offset = offsets[number] else { return nil }
                let body = text.utf8.dropFirst(offset).prefix(80)
                return String(decoding: body, as: UTF8.self).split(whereSeparator: \.isWhitespace).dropFirst(3).first.flatMap { Int($0) }
            }
            for (number, offset) in offsets {
                let body = text.utf8.dropFirst(offset)
                guard let header = String(decoding: body.prefix(40), as: UTF8.self).range(of: "obj") else { return nil }
                let headStart = offset + String(decoding: body.prefix(40), as: UTF8.self)[..<header.upperBound].utf8.count
                let rest = text.utf8.dropFirst(headStart)
                let restText = String(decoding: rest, as: UTF8.self)
                guard let end = restText.range(of: "endobj") else { return nil }
                let stream = restText.range(of: "stream", range: restText.startIndex..<end.lowerBound)
                if let stream, !restText[..<stream.lowerBound].hasSuffix("end") {
                    let head = String(restText[..<stream.lowerBound])
                    var length: Int?
                    if let match = head.firstMatch(of: /\/Length\s+(\d+)\s+0\s+R/) { length = integerObject(Int(match.output.1) ?? -1) }
                    else if let match = head.firstMatch(of: /\/Length\s+(\d+)/) { length = Int(match.output.1) }
                    guard let length else { return nil }
                    var dataStart = headStart + restText[..<stream.upperBound].utf8.count
                    if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
                    if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
                    let dataEnd = dataStart + length
                    guard dataEnd <= bytes.count,
                          let close = String(decoding: bytes[dataEnd...].prefix(64), as: UTF8.self).range(of: "endstream") else { return nil }
                    let closeEnd = dataEnd + String(decoding: bytes[dataEnd...].prefix(64), as: UTF8.self)[..<close.upperBound].utf8.count
                    objects[number] = Object(head: head, stream: Array("stream\n".utf8) + Array(bytes[dataStart..<closeEnd]))
                } else {
                    objects[number] = Object(head: String(restText[..<end.lowerBound]), stream: nil)
                }
            }
            guard let catalog = objects[root], let pages = reference("Pages", in: Substring(catalog.head)),
                  let tree = objects[pages] else { return nil }
            self.pages = pages
            guard let kids = tree.head.firstMatch(of: /\/Kids\s*\[([^\]]*)\]/) else { return nil }
            pageList = String(kids.output.1).matches(of: /(\d+)\s+0\s+R/).compactMap { Int($0.output.1) }
            guard !pageList.isEmpty, pageList.allSatisfy({ objects[$0] != nil }) else { return nil }
        }
    }
}
