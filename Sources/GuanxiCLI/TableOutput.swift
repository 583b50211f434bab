import ArgumentParser
import Guanxi
import Platform

/// `--format` and `-o` of a command that prints tables (summary, influence, communities,
/// path, gaps): text for the terminal, or a workbook, CSV or JSON, chosen by `--format` or
/// by the extension of `-o` (``TableDocument/Format/chosen(requested:output:)``).
struct TableOutputOptions: ParsableArguments {
    @Option(help: H("输出格式：text（文字）、csv、xlsx（工作簿）或 json；默认按 -o 的扩展名，否则为 text。",
                    "Output format: text, csv, xlsx (a workbook) or json; default from the -o extension, else text."))
    var format: TableDocument.Format?

    @Option(name: [.short, .customLong("output")], help: SharedHelp.output)
    var output: String?

    /// The format to write, or a usage error (exit 64): `--format` contradicting `-o`, JSON
    /// where the command has none, a workbook for a terminal.
    func chosen(json: Bool = true, language: Language) throws -> TableDocument.Format {
        let format: TableDocument.Format
        do {
            format = try TableDocument.Format.chosen(requested: self.format, output: output)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw ExitCode(64)
        }
        if format == .json, !json {
            StandardError.write("guanxi: error: " + language.pick("这个命令没有 JSON 输出；可用 text、csv 或 xlsx",
                                                                 "this command has no JSON output; use text, csv or xlsx") + "\n")
            throw ExitCode(64)
        }
        if format == .xlsx, output == nil || output == AtomicFile.standardOutput, System.isTerminal(System.standardOutput) {
            StandardError.write("guanxi: error: " + language.pick("工作簿不能显示在终端里：请用 -o 文件名.xlsx 写入文件",
                                                                 "a workbook cannot be shown on a terminal: write it to a file with -o NAME.xlsx") + "\n")
            throw ExitCode(64)
        }
        return format
    }

    /// Writes what the format asks for: the command's own text or JSON, or its tables as
    /// CSV or a workbook. `jsonStream`, when given, writes JSON handed over in chunks as it
    /// is made (a city's gaps, too large to hold whole).
    func write(_ format: TableDocument.Format, language: Language, text: () -> String, json: () -> String = { "" },
               jsonStream: ((AtomicFile.ChunkSink) throws(WriteError) -> Void)? = nil, tables: () -> TableDocument) throws {
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(text().utf8)
        case .json:
            if let jsonStream { return try emit(to: output, language: language, streaming: jsonStream) }
            bytes = Array(json().utf8)
        case .csv: bytes = tables().csv()
        case .xlsx:
            do {
                bytes = try tables().xlsx()
            } catch {
                StandardError.write("guanxi: error: \(error.message(language))\n")
                throw Exit.cannotCreate
            }
        }
        try emit(bytes, to: output, language: language)
    }
}

extension TableDocument.Format: ExpressibleByArgument {
    /// `table` is the name `influence` used for its text.
    public init?(argument: String) {
        let word = argument.lowercased()
        self.init(rawValue: word == "table" ? "text" : word)
    }
}
