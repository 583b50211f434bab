import Foundation
import Testing
import ZIPFoundation
@testable import Formats
import Platform
import TrustModel

/// Inputs made to crash, hang or exhaust the readers (issue 16): each must end in one clear
/// error, quickly, without a crash — through the library as through the CLI.
@Suite struct HostileInputTests {
    /// A ZIP archive of the given parts, deflated.
    static func archive(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position) ..< Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }

    /// The parts of the demo network's workbook, as Guanxi writes it.
    static func demoParts() throws -> [(String, [UInt8])] {
        let loaded = try #require(NetworkReader.read(path: demo).network)
        let bytes = try XLSXWriter.render(NetworkWorkbook.sheets(loaded, language: .zh))
        let reader = try ZIPReader(bytes: bytes)
        return try reader.entries.map { ($0.path, try reader.contents(of: $0, limit: .max)) }
    }

    static func replacing(_ path: String, in parts: [(String, [UInt8])],
                          _ change: ([UInt8]) -> [UInt8]) -> [(String, [UInt8])] {
        parts.map { $0.0 == path ? ($0.0, change($0.1)) : $0 }
    }

    /// `bytes` with the first occurrence of `target` replaced.
    static func replacingFirst(_ target: String, with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        let needle = Array(target.utf8)
        guard let start = bytes.indices.first(where: { bytes[$0...].starts(with: needle) }) else { return bytes }
        return Array(bytes[..<start]) + replacement + Array(bytes[(start + needle.count)...])
    }

    static func faults(_ outcome: NetworkReader.Outcome) -> [WorkbookFault] {
        outcome.diagnostics.compactMap {
            if case let .unreadableWorkbook(fault) = $0.problem { fault } else { nil }
        }
    }

    @Test func demoWorkbookStillReads() throws {
        let outcome = NetworkReader.readXLSX(try Self.archive(Self.demoParts()))
        #expect(outcome.network?.ties.count == 195)
    }

    // MARK: The ZIP container

    @Test func endRecordPointingPastTheEndIsAnError() throws {
        // Crashed inside ZIPFoundation's Archive.MemoryFile.readData ("Range requires
        // lowerBound <= upperBound").
        var bytes = try Self.archive(Self.demoParts())
        let record = try #require(bytes.indices.last { bytes[$0...].starts(with: [0x50, 0x4B, 0x05, 0x06]) })
        for (field, value) in [(16, UInt32(bytes.count + 1_000)), (12, UInt32(0xFFFF_FF00)), (16, UInt32.max - 3)] {
            var damaged = bytes
            withUnsafeBytes(of: value.littleEndian) { for k in 0 ..< 4 { damaged[record + field + k] = $0[k] } }
            #expect(Self.faults(NetworkReader.readXLSX(damaged)) == [.damagedArchive])
        }
        // Cut short anywhere: a clear error, never a crash.
        for length in stride(from: 2, to: bytes.count, by: max(1, bytes.count / 97)) {
            let outcome = NetworkReader.readXLSX(Array(bytes[..<length]))
            #expect(outcome.network == nil)
            #expect(outcome.diagnostics.count == 1)
        }
        bytes[record - 1] ^= 0xFF
        #expect(NetworkReader.readXLSX(bytes).network == nil)
    }

    @Test func localHeaderOutsideTheFileIsAnError() throws {
        var bytes = try Self.archive(Self.demoParts())
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02], name = Array("xl/workbook.xml".utf8)
        let central = try #require(bytes.indices.first {
            bytes[$0...].starts(with: signature) && bytes[($0 + 46)...].starts(with: name)
        })
        // The workbook's local header offset, then its compressed size, past the end.
        for (field, value) in [(42, UInt32(bytes.count - 10)), (20, UInt32(bytes.count))] {
            var damaged = bytes
            withUnsafeBytes(of: value.littleEndian) { for k in 0 ..< 4 { damaged[central + field + k] = $0[k] } }
            #expect(Self.faults(NetworkReader.readXLSX(damaged)) == [.damagedPart("xl/workbook.xml")])
        }
        // Data that fails its checksum.
        bytes[central + 16] ^= 0xFF
        #expect(Self.faults(NetworkReader.readXLSX(bytes)) == [.damagedPart("xl/workbook.xml")])
    }

    /// A ZIP archive written by hand: `parts` stored, and one part given as raw deflate data
    /// with the size and checksum of what it inflates to.
    static func archive(stored parts: [(String, [UInt8])],
                        deflated: (path: String, data: [UInt8], size: Int, checksum: UInt32)) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        var out: [UInt8] = [], central: [UInt8] = []
        let entries = parts.map { (path: $0.0, data: $0.1, method: 0, size: $0.1.count,
                                   checksum: $0.1.withUnsafeBytes { Inflate.checksum($0) }) }
            + [(path: deflated.path, data: deflated.data, method: 8, size: deflated.size, checksum: deflated.checksum)]
        for entry in entries {
            let name = Array(entry.path.utf8)
            let common = le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0x21) + le32(Int(entry.checksum))
                + le32(entry.data.count) + le32(entry.size) + le16(name.count) + le16(0)
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(out.count) + name
            out += [0x50, 0x4B, 0x03, 0x04] + common + name + entry.data
        }
        let start = out.count
        out += central
        out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(central.count) + le32(start) + le16(0)
        return out
    }

    @Test func bombIsCappedAndNamesTheSheet() throws {
        // 623 KB holding a 600 MB sheet peaked at 2.4 GB, then said "file is empty". Now the
        // workbook reader stops at the cap (20 × the file, at least 64 MB, at most 600 MB)
        // and names the sheet.
        let parts = try Self.demoParts()
        let sheet = try #require(parts.first { $0.0 == "xl/worksheets/sheet1.xml" }?.1)
        let opening = Array("<sheetData>".utf8)
        let at = try #require(sheet.indices.first { sheet[$0...].starts(with: opening) }) + opening.count
        // Rows without cells: what a sheet formatted far down holds, and what the reader skips.
        let rows = Array(String(repeating: "<row/>", count: 1_000_000 / 6).utf8)
        let head = Array(sheet[..<at]), tail = Array(sheet[at...])
        let (data, checksum) = Inflate.deflate([(head, 1), (rows, 600), (tail, 1)])
        let bomb = Self.archive(stored: parts.filter { $0.0 != "xl/worksheets/sheet1.xml" },
                                deflated: ("xl/worksheets/sheet1.xml", data, head.count + 600 * rows.count + tail.count, checksum))
        #expect(bomb.count < 1_000_000)
        let started = System.monotonicSeconds()
        let outcome = NetworkReader.readXLSX(bomb, name: "bomb.xlsx")
        #expect(System.monotonicSeconds() - started < 10)
        let limit = XLSXReader.expansionLimit(fileSize: bomb.count)
        #expect(limit == XLSXReader.expansionFloor)
        #expect(Self.faults(outcome) == [.tooLarge(part: "xl/worksheets/sheet1.xml", sheet: "节点", limit: limit)])
        #expect(outcome.diagnostics.first?.formatted(.zh).contains("工作表“节点”") == true)
        // 2 MB from a file of a few KB, far past 20 times its size but under the floor, is read.
        let (small, smallChecksum) = Inflate.deflate([(head, 1), (rows, 2), (tail, 1)])
        let fine = Self.archive(stored: parts.filter { $0.0 != "xl/worksheets/sheet1.xml" },
                                deflated: ("xl/worksheets/sheet1.xml", small, head.count + 2 * rows.count + tail.count, smallChecksum))
        #expect(fine.count * XLSXReader.expansionFactor < 2 * rows.count)
        #expect(NetworkReader.readXLSX(fine).network?.nodes.count == 73)
    }

    @Test func sharedStringsCannotAmplifyText() throws {
        // One 100 KB shared string named by 2,000 cells is 200 MB of cell text from a few KB.
        let big = String(repeating: "长", count: 100_000)
        let cells = (1 ... 2_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>0</v></c></row>" }.joined()
        let bytes = try workbook(sheets: [("nodes", cells), ("ties", "")], sharedStrings: [big])
        let outcome = NetworkReader.readXLSX(bytes)
        guard case .tooLarge(_, "nodes", _)? = Self.faults(outcome).first else {
            Issue.record("expected the text cap, got \(outcome.diagnostics)")
            return
        }
    }

    // MARK: XML checked as text

    @Test func invalidUTF8InNamesIsAnErrorNotACrash() throws {
        // libxml2 passes invalid UTF-8 in these names through; Foundation's XMLParser then
        // trapped (exit 132).
        let parts = try Self.demoParts()
        let cases: [(String, [UInt8])] = [
            ("?>", Array("?><?x".utf8) + [0xFF, 0xFE] + Array(" y?>".utf8)),  // a processing instruction's name
            ("<sheet ", Array("<sheet a".utf8) + [0xC3, 0x28] + Array("b=\"1\" ".utf8)),  // an attribute's name
            ("<sheet ", Array("<sh".utf8) + [0xED, 0xA0, 0x80] + Array("eet ".utf8)),  // a surrogate in an element name
            ("<sheets>", Array("<sheets>".utf8) + [0xEF, 0xBF, 0xBF]),  // U+FFFF
            ("<sheets>", Array("<sheets>".utf8) + [0x1B]),  // ESC
        ]
        for (target, replacement) in cases {
            let damaged = Self.replacing("xl/workbook.xml", in: parts) { Self.replacingFirst(target, with: replacement, in: $0) }
            let faults = Self.faults(NetworkReader.readXLSX(try Self.archive(damaged)))
            guard case let .damagedXML(part, fault, _, _)? = faults.first, faults.count == 1 else {
                Issue.record("expected one XML fault for \(replacement), got \(faults)")
                continue
            }
            #expect(part == "xl/workbook.xml")
            switch fault {
            case .invalidUTF8, .disallowedCharacter: break
            default: Issue.record("unexpected fault \(fault)")
            }
        }
    }

    @Test func documentTypesAndEntitiesAreRefused() throws {
        let parts = try Self.demoParts()
        let doctype = Array("?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>".utf8)
        let damaged = Self.replacing("xl/workbook.xml", in: parts) { Self.replacingFirst("?>", with: doctype, in: $0) }
        guard case .damagedXML(_, .documentTypeDeclaration, _, _)? = Self.faults(NetworkReader.readXLSX(try Self.archive(damaged))).first else {
            Issue.record("a DTD in a workbook part must be refused")
            return
        }
        // GraphML: a bare DOCTYPE reads; entity declarations do not (the billion laughs).
        let body = "<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"t\" for=\"edge\" attr.name=\"trust\"/><graph><node id=\"a\"><data key=\"k\">station</data></node><node id=\"b\"><data key=\"k\">client</data></node><edge source=\"a\" target=\"b\"><data key=\"r\">service</data><data key=\"t\">0.5</data></edge></graph></graphml>"
        let plain = NetworkReader.readGraphML(Array(("<?xml version=\"1.0\"?><!DOCTYPE graphml SYSTEM \"graphml.dtd\">" + body).utf8))
        #expect(plain.network?.ties.count == 1)
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY a0 \"lol\">"
        for i in 1 ... 9 { laughs += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">" }
        laughs += "]>" + body.replacingOccurrences(of: ">station<", with: ">station &a9;<")
        let refused = NetworkReader.readGraphML(Array(laughs.utf8))
        #expect(refused.diagnostics.map(\.problem) == [.invalidXML(.documentTypeDeclaration)])
    }

    @Test(.timeLimit(.minutes(5))) func thousandsOfAttributesAreRefusedQuickly() throws {
        // libxml2 2.9 compares an element's attributes pairwise: 40,000 took a second,
        // a million hours.
        let attributes = (0 ..< 200_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let text = "<graphml><graph><node id=\"a\" \(attributes)/></graph></graphml>"
        let outcome = NetworkReader.readGraphML(Array(text.utf8))
        #expect(outcome.diagnostics.map(\.problem) == [.invalidXML(.tooManyAttributes(limit: XMLInput.attributeLimit))])
    }

    @Test func hugeNamesValuesAndCommentsAreRefusedByName() throws {
        // Past libxml2's own limits an 11 MB attribute value was "not in quotes", an 11 MB
        // comment "libxml2 error 45" and a 60,000-byte name "libxml2 error 110".
        let big = String(repeating: "a", count: 11_000_000)
        let graph = "<graph><node id=\"a\"/></graph></graphml>"
        let cases: [(String, XMLFault)] = [
            ("<graphml><key id=\"k\" for=\"node\" attr.name=\"\(big)\"/>" + graph, .valueTooLong(limit: XMLInput.valueLimit)),
            ("<graphml><!--\(big)-->" + graph, .valueTooLong(limit: XMLInput.valueLimit)),
            ("<graphml><\(big.prefix(60_000))/>" + graph, .nameTooLong(limit: XMLInput.nameLimit)),
            ("<graphml><key \(big.prefix(60_000))=\"1\"/>" + graph, .nameTooLong(limit: XMLInput.nameLimit)),
        ]
        for (text, fault) in cases {
            let outcome = NetworkReader.readGraphML(Array(text.utf8), name: "g.graphml")
            #expect(outcome.diagnostics.map(\.problem) == [.invalidXML(fault)])
            #expect(outcome.diagnostics.first?.position.map { "\($0)" }.map { $0.hasPrefix("g.graphml:1:") } == true)
        }
        // Long text content is data, and read.
        let text = "<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><key id=\"n\" for=\"node\" attr.name=\"name\"/><graph><node id=\"a\"><data key=\"k\">station</data><data key=\"n\">\(big)</data></node></graph></graphml>"
        #expect(NetworkReader.readGraphML(Array(text.utf8)).network?.nodes.first?.name.utf8.count == 11_000_000)
    }

    @Test func graphMLDeclaredEncodingsAreDecoded() throws {
        let body = "<graphml><key id=\"k\" for=\"node\" attr.name=\"kind\"/><key id=\"r\" for=\"edge\" attr.name=\"relation\"/><key id=\"t\" for=\"edge\" attr.name=\"trust\"/><graph><node id=\"站\"><data key=\"k\">社工站</data></node><node id=\"b\"><data key=\"k\">client</data></node><edge source=\"站\" target=\"b\"><data key=\"r\">service</data><data key=\"t\">0.5</data></edge></graph></graphml>"
        let gbk = try #require(System.transcode(Array(("<?xml version=\"1.0\" encoding=\"GBK\"?>\n" + body).utf8), from: "UTF-8", to: "GBK"))
        #expect(NetworkReader.readGraphML(gbk).network?.nodes.first?.id == "站")
        let unknown = NetworkReader.readGraphML(Array(("<?xml version=\"1.0\" encoding=\"x-nothing\"?>" + body).utf8))
        #expect(unknown.diagnostics.map(\.problem) == [.invalidXML(.unknownEncoding("x-nothing"))])
        // Key defaults multiply over every node: bounded by the file's size.
        let keys = (0 ..< 2_000).map { "<key id=\"d\($0)\" for=\"node\" attr.name=\"a\($0)\"><default>x</default></key>" }.joined()
        let nodes = (0 ..< 2_000).map { "<node id=\"n\($0)\"><data key=\"k\">client</data></node>" }.joined()
        let many = body.replacingOccurrences(of: "<graph>", with: keys + "<graph>" + nodes)
        let outcome = NetworkReader.readGraphML(Array(many.utf8))
        guard case .graphMLDefaultsTooMany? = outcome.diagnostics.first?.problem else {
            Issue.record("expected the defaults cap, got \(outcome.diagnostics.prefix(2))")
            return
        }
    }

    // MARK: Linear readers

    // Quadratic readers would take hours on these; linear ones take seconds even in a debug
    // build on a loaded machine, so the time limit tells them apart without a stopwatch.
    @Test(.timeLimit(.minutes(5))) func trailingSpacesAreTrimmedInLinearTime() {
        // 100,000 trailing spaces took 26 s (the trimming loop), 1.7 MB never finished.
        let spaces = String(repeating: " ", count: 1_700_000)
        let outcome = read(nodes: "id,kind,name\nA,station,a\(spaces)\nB,client,b\(spaces)\n",
                           ties: "source,target,relation,trust\nA,B,service,0.5\(spaces)\n")
        #expect(outcome.network?.nodes.first?.name == "a")
        #expect(Vocabulary.trimmed(" \u{3000}中 文\t\u{FEFF}") == "中 文")
        #expect(Vocabulary.trimmed("   ") == "")
    }

    @Test(.timeLimit(.minutes(5))) func wideHeaderIsLinear() throws {
        // A header of 500,000 columns ran for minutes (each compared with all before it,
        // and each field's column counted from the line's start).
        let columns = (0 ..< 500_000).map { "c\($0)" }.joined(separator: ",")
        let wide = read(nodes: "id,kind,\(columns)\nA,station\nB,client\n", ties: "source,target,relation,trust\nA,B,service,0.5\n")
        #expect(wide.network?.nodeAttributeNames.count == 500_000)
    }

    @Test(.timeLimit(.minutes(5))) func aRecordKeepsAtMostAMillionCells() {
        // A 30 MB line of commas took 1.4 GB (48 bytes a field): cells past the cap are
        // scanned past, not stored; the next record is read as usual.
        let cap = CSVScanner.maxFieldsPerRecord
        let bytes = Array(("a" + String(repeating: ",", count: cap + 5000) + "\nx,y\n").utf8)
        var counts: [Int] = []
        let stop = CSVScanner(bytes: bytes, delimiter: 0x2C).scan { counts.append($0.count) }
        #expect(stop == nil)
        #expect(counts == [cap, 2])
        let wide = read(nodes: "id,kind,name\nA,station,a" + String(repeating: ",", count: cap + 10) + "\nB,client,b\n",
                        ties: "source,target,relation,trust\nA,B,service,0.5\n")
        #expect(wide.network?.nodes.map(\.name) == ["a", "b"])
    }

    @Test(.timeLimit(.minutes(5))) func manyTagsAndAMisspeltKindAreLinear() throws {
        // 200,000 tags in one cell (each compared with all before it), and a kind of 1 MB
        // measured against every spelling for a suggestion.
        let tags = (0 ..< 200_000).map { "t\($0)" }.joined(separator: ";")
        let tagged = read(nodes: "id,kind,resources\nA,station,\"\(tags)\"\nB,client,\n", ties: "source,target,relation,trust\nA,B,service,0.5\n")
        #expect(tagged.network?.nodes.first?.resources.count == 200_000)
        let misspelt = String(repeating: "stati0n", count: 150_000)
        let unknown = read(nodes: "id,kind\nA,\(misspelt)\nB,client\n", ties: "source,target,relation,trust\nA,B,service,0.5\n")
        #expect(unknown.diagnostics.map(\.problem.code) == ["unknown-kind"])
    }

    /// The seconds `work` takes.
    static func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let time = clock.measure(work)
        return Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
    }

    @Test func aHeaderCellOfMegabytesIsNotLookedUpAsAName() {
        // A header cell was lowercased and searched character by character for a column's
        // name several times over: 1.7 million characters took 7 s (50 MB: 80 s), where
        // the same in a data cell takes 0.2 s. Ten lookups now cost less than one pass.
        let long = "备注" + String(repeating: "注", count: 2_000_000)
        let hinted = "能力（" + long + "）"
        let pass = Self.seconds { #expect(long.count == 2_000_002) }
        var roles: [String] = []
        let lookups = Self.seconds {
            for _ in 0 ..< 5 {
                for text in [long, hinted] {
                    roles.append(TableHeader.role(.nodes, text).map { "\($0)" } ?? "-")
                    roles.append(TableHeader.splitRoles(.nodes, text).map { "\($0)" } ?? "-")
                }
            }
        }
        #expect(Array(roles.prefix(4)) == ["-", "-", "node(TrustModel.NodeColumn.capacity)", "-"])
        #expect(lookups < pass, "\(lookups) s for ten lookups, \(pass) s for one pass")
        let ties = "source,target,relation,trust\nA,B,service,0.5\n"
        let outcome = read(nodes: "id,kind,\(long.prefix(100_000)),能力（\(long.prefix(100_000))）\nA,station,,3\nB,client,,\n", ties: ties)
        #expect(outcome.network?.nodeAttributeNames.count == 1)
        #expect(outcome.network?.nodes.first?.capacity == 3)
    }

    @Test func aMisspellingOnEveryRowIsMeasuredOnce() {
        // 100,000 nodes with one misspelt kind took 12 s: "did you mean" was searched again
        // on every row. Now the misspelt rows cost about what correct ones do.
        let n = 20_000
        let ties = "source,target,relation,trust\nn0,n1,service,0.5\n"
        let correct = Self.seconds { _ = read(nodes: "id,kind\n" + (0 ..< n).map { "n\($0),client\n" }.joined(), ties: ties) }
        var misspelt: NetworkReader.Outcome?
        let wrong = Self.seconds {
            misspelt = read(nodes: "id,kind\n" + (0 ..< n).map { "n\($0),\($0 % 2 == 0 ? "clinet" : "服务对像")\n" }.joined(), ties: ties)
        }
        let kinds = misspelt?.diagnostics.filter { $0.problem.code == "unknown-kind" } ?? []
        #expect(kinds.count == n)
        #expect(kinds.last?.formatted(.en).hasSuffix("did you mean \"服务对象\"?") == true)
        #expect(wrong < 5 * correct + 0.5, "\(wrong) s misspelt, \(correct) s correct")
    }

    @Test(.timeLimit(.minutes(5))) func wideJSONObjectIsLinear() throws {
        let keys = (0 ..< 200_000).map { "\"k\($0)\": 1" }.joined(separator: ",")
        let json = "{\"nodes\": [{\"id\": \"A\", \"kind\": \"station\", \(keys)}, {\"id\": \"B\", \"kind\": \"client\"}], \"ties\": [{\"source\": \"A\", \"target\": \"B\", \"relation\": \"service\", \"trust\": 0.5}]}"
        #expect(NetworkReader.readJSON(Array(json.utf8)).network?.nodeAttributeNames.count == 200_000)
    }

    @Test(.timeLimit(.minutes(5))) func aNameSharedByManyIsLookedUpOnce() {
        // 60,000 ties written with a name 60,000 clients share: each row searched every node.
        let n = 60_000
        let nodes = "id,name,kind\nS,s,station\n" + (0 ..< n).map { "n\($0),x,client\n" }.joined()
        let ties = "source,target,relation,trust\n" + String(repeating: "S,x,service,0.5\n", count: n)
        let outcome = read(nodes: nodes, ties: ties)
        #expect(outcome.diagnostics.filter { $0.problem.code == "ambiguous-node-name" }.count == n)
    }

    @Test func farColumnsAndHugeMergesAreBounded() throws {
        // Rows with a cell in column XFD under a header of two columns: each row was made
        // 16,384 cells wide (a billion cells from a million such rows, a few megabytes
        // zipped); now the cells past the header are kept apart and warned about.
        let far = (2 ... 2_001).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"inlineStr\"><is><t>n\($0)</t></is></c><c r=\"B\($0)\" t=\"inlineStr\"><is><t>client</t></is></c><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        let ties = row(1, ["source", "target", "relation", "trust"]) + row(2, ["n2", "n3", "service", "#0.5"])
        let wide = try workbook(sheets: [("nodes", row(1, ["id", "kind"]) + far), ("ties", ties)])
        let read = NetworkReader.readXLSX(wide)
        #expect(read.network?.nodes.count == 2_000)
        #expect(read.diagnostics.filter { $0.problem.code == "extra-fields" }.count == 2_000)
        #expect(read.diagnostics.first { $0.problem.code == "extra-fields" }?.position?.column == 16_384)
        // Merges over a million rows in every column, and thousands overlapping: bounded by
        // the cells the sheet holds, one error naming the sheet.
        // The top row holds a value in every column; a hundred rows below it.
        let top = row(2, ["n2", "n3", "service", "#0.5"] + Array(repeating: "#1", count: 16_380))
        let rows = top + (3 ... 101).map { row($0, ["n2", "n3", "service", "#0.5"]) }.joined()
        let merges = (3 ... 16_384).map { "<mergeCell ref=\"\(SourcePosition.columnLetters($0))2:\(SourcePosition.columnLetters($0))1048576\"/>" }
            + Array(repeating: "<mergeCell ref=\"A2:A1048576\"/>", count: 5_000)
        let merged = row(1, ["source", "target", "relation", "trust"]) + rows
            + "</sheetData><mergeCells>" + merges.joined() + "</mergeCells><sheetData>"
        let nodes = row(1, ["id", "kind"]) + row(2, ["n2", "station"]) + row(3, ["n3", "client"])
        let outcome = NetworkReader.readXLSX(try workbook(sheets: [("nodes", nodes), ("ties", merged)]))
        #expect(Self.faults(outcome) == [.mergedCellsTooMany(sheet: "ties")])
    }

    // MARK: Files

    @Test func hugeNodesFileIsOneErrorNamingIt() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writeFile(folder + "/ties.csv", Array("source,target,relation,trust\nA,B,service,0.5\n".utf8))
        try makeSparseFile(folder + "/nodes.csv", size: 2_200_000_000)
        let outcome = NetworkReader.read(path: folder)
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.inputUnavailable)
        let line = try #require(outcome.diagnostics.first?.formatted(.en))
        #expect(line.contains(folder + "/nodes.csv") && line.contains("2.2 GB"))
    }
}
