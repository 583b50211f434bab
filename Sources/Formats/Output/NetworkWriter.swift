import TrustModel

/// Every format Guanxi writes a network in, and where each goes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Guanxi's own JSON, lossless.
    case json
    /// An Excel/WPS workbook, lossless.
    case xlsx
    /// GraphML for Gephi, yEd, networkx and igraph, lossless.
    case graphml
    /// GEXF 1.3 for Gephi: kinds coloured, trust as weight.
    case gexf
    /// A folder of `nodes.csv`, `ties.csv` (UTF-8 with BOM) and `network.json`, lossless.
    case csv
    /// A folder in the layout of Neo4j's bulk importer.
    case neo4j
    /// Graphviz DOT: written by the Diagrams module (not in this layer).
    case dot

    /// Whether the output is a folder rather than one file.
    public var isFolder: Bool { self == .csv || self == .neo4j }

    /// The format a path's extension names; a path without a known extension is a folder
    /// of CSV files.
    public static func inferred(from path: String) -> ExportFormat {
        // Standard output takes one file: the lossless text format.
        if path == AtomicFile.standardOutput { return .json }
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".xlsx") { return .xlsx }
        if name.hasSuffix(".graphml") { return .graphml }
        if name.hasSuffix(".gexf") { return .gexf }
        if name.hasSuffix(".dot") || name.hasSuffix(".gv") { return .dot }
        return .csv
    }

    /// The extension of `path` when it names another kind of file than a network is written
    /// as (`测量后.xls`, `net.pdf`, `net.csv`: a network is two tables, written as a folder
    /// of CSV files), which ``inferred(from:)`` would turn into a folder of that name; `nil`
    /// for a network format or a plain folder name.
    public static func otherKindOfFile(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = String(name[name.index(after: dot)...])
        return otherFileExtensions.contains(ext) ? ext : nil
    }

    /// Extensions of files people may name an output by mistake.
    static let otherFileExtensions: Set<String> = ["xls", "xlsm", "xlsb", "ods", "et", "csv", "tsv", "txt", "pdf",
                                                   "doc", "docx", "wps", "html", "htm", "md", "png", "svg", "jpg"]

    /// The usage error for ``otherKindOfFile(_:)``.
    public static func otherKindOfFileMessage(_ path: String, extension ext: String, _ language: Language) -> String {
        language.pick("输出 \(TerminalText.escaped(path)) 的扩展名（.\(ext)）不是网络的格式：网络可写成一个文件夹（CSV，名称不带扩展名）或 .xlsx、.json、.graphml、.gexf 文件",
                      "the output \(TerminalText.escaped(path)) has the extension .\(ext), which is no network format: write a folder (CSV, a name without an extension) or an .xlsx, .json, .graphml or .gexf file")
    }
}

/// Writes a network in any ``ExportFormat``, whole or not at all (``AtomicFile``).
public enum NetworkWriter {
    /// The files of the output: one with an empty name for a single-file format (it goes
    /// to the path itself), or named files inside the output folder.
    /// - Parameter language: the language of headers and names in CSV and XLSX (both read
    ///   back the same); the other formats use English keywords.
    public static func files(_ network: TrustNetwork, format: ExportFormat,
                             language: Language) throws(WriteError) -> [(name: String, bytes: [UInt8])] {
        switch format {
        case .json: return [("", Array(NetworkJSONWriter.render(network).utf8))]
        case .graphml: return [("", Array(GraphMLWriter.render(network).utf8))]
        case .gexf: return [("", Array(GEXFWriter.render(network).utf8))]
        case .xlsx: return [("", try XLSXWriter.render(NetworkWorkbook.sheets(network, language: language)))]
        case .csv: return NetworkCSVWriter.files(network, language: language)
        case .neo4j: return Neo4jWriter.files(network)
        case .dot:
            // DOT is drawn by the Diagrams layer (above this one): `Guanxi.write` asks it.
            throw .unsupportedFormat("dot")
        }
    }

    /// Writes the network to `path`: a file (`-`: standard output), or for folder formats a
    /// folder (created if missing, only once its files are written) holding the files.
    public static func write(_ network: TrustNetwork, to path: String, format: ExportFormat,
                             language: Language) throws(WriteError) {
        try place(files(network, format: format, language: language), at: path, isFolder: format.isFolder, overwrite: true)
    }

    /// Writes files made by one of the writers: to `path` itself, or into the folder
    /// `path`. Refuses to replace existing files unless `overwrite`.
    public static func place(_ files: [(name: String, bytes: [UInt8])], at path: String, isFolder: Bool,
                             overwrite: Bool) throws(WriteError) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        if path == AtomicFile.standardOutput {
            guard !isFolder, files.count == 1 else { throw .severalFilesToStandardOutput }
            return try AtomicFile.write(files.map { (path, $0.bytes) })
        }
        if isFolder {
            switch FileBytes.kind(of: trimmed) {
            case .file, .other: throw .wrongKind(path: trimmed)
            case .missing, .directory: break
            }
        } else if FileBytes.kind(of: trimmed) == .directory {
            throw .wrongKind(path: trimmed)
        }
        let targets = files.map { (path: isFolder ? trimmed + "/" + $0.name : trimmed, bytes: $0.bytes) }
        if !overwrite, let existing = targets.first(where: { FileBytes.kind(of: $0.path) != .missing }) {
            throw .exists(path: existing.path)
        }
        // A missing folder is created with its files, complete or not at all.
        try AtomicFile.write(targets)
    }
}

/// Blank, ready-to-fill templates for `guanxi init`.
public enum TemplateWriter {
    public enum Format: String, Sendable, CaseIterable { case xlsx, csv }

    /// The template's files, to go into the folder: `network.xlsx`, or `nodes.csv`,
    /// `ties.csv` and a guide (`说明.txt` / `guide.txt`), all with headers in `language`.
    public static func files(format: Format, language: Language) throws(WriteError) -> [(name: String, bytes: [UInt8])] {
        switch format {
        case .xlsx:
            return [("network.xlsx", try XLSXWriter.render(NetworkWorkbook.template(language: language)))]
        case .csv:
            let nodes = SpreadsheetCSV.render([NodeColumn.allCases.map { .text($0.header(language)) }])
            let ties = SpreadsheetCSV.render([TieColumn.allCases.map { .text($0.header(language)) }])
            return [("nodes.csv", nodes), ("ties.csv", ties),
                    (language.pick("说明.txt", "guide.txt"), guideText(language))]
        }
    }

    /// The guide as plain text (UTF-8 with BOM, CRLF, so Notepad on Windows shows it).
    static func guideText(_ language: Language) -> [UInt8] {
        var lines: [String] = [language.pick(
            "Guanxi 网络模板：在 nodes.csv（节点）与 ties.csv（关系）中每行填写一个节点或一条关系，然后运行 guanxi validate 检查。",
            "Guanxi network template: fill in one node per row of nodes.csv and one tie per row of ties.csv, then run guanxi validate."), ""]
        for row in VocabularyGuide.rows(language).dropFirst() {
            let texts = row.compactMap { field -> String? in
                if case let .text(text) = field, !text.isEmpty { return text }
                return nil
            }
            if texts.count == 1 { lines.append(""); lines.append(texts[0]); continue }
            lines.append(texts.joined(separator: " — "))
        }
        return SpreadsheetCSV.byteOrderMark + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
