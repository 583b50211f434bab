import ArgumentParser
import Guanxi
import Platform

/// The `guanxi` command: a thin layer over the `Guanxi` library.
public struct GuanxiCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "guanxi",
        abstract: L("绘制、度量社工站的合作网络，找出差距（社工站合作网络）。",
                    "Map, measure and draw the partner network of social work stations (社工站合作网络)."),
        discussion: L("""
            PATH 是含 nodes.csv 与 ties.csv（可另有 network.json）的文件夹，或一个 .json、.xlsx、.graphml 文件；\
            表头、类型和关系可写中文或英文。先用 guanxi init 生成模板。退出码：0 正常，64 用法有误，65 数据有误，\
            66 找不到或无法读取输入，73 无法写出结果。说明文档见 README.md 与 docs/。
            """, """
            PATH is a folder holding nodes.csv and ties.csv (and optionally network.json), or one \
            .json, .xlsx or .graphml file; headers, kinds and relations may be Chinese or English. \
            Start from a template: guanxi init. Exit codes: 0 fine, 64 bad usage, 65 bad data, 66 input \
            missing or unreadable, 73 output cannot be created. See README.md and docs/.
            """),
        version: GuanxiVersion.current,
        subcommands: [Validate.self, Summary.self,
                      InfluenceCommand.self, PathCommand.self, CommunitiesCommand.self, GapsCommand.self,
                      Render.self, LayoutWorkerCommand.self,
                      ReportCommand.self, DiffCommand.self, SurveyCommand.self,
                      Init.self, Convert.self, Generate.self]
    )

    public init() {}
}

/// The version printed by `guanxi --version`.
public enum GuanxiVersion {
    public static let current = Guanxi.version
}

/// Exit codes of sysexits.h, which scripts and CI can test for.
enum Exit {
    static let badData = ExitCode(65)
    static let inputUnavailable = ExitCode(66)
    static let cannotCreate = ExitCode(73)
}

/// Help texts several commands share, written once.
enum SharedHelp {
    static let networkPath = H("含 nodes.csv 与 ties.csv 的文件夹，或一个 .json、.xlsx 或 .graphml 文件。",
                               "A folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file.")
    static let anonymize = H("以化名显示服务对象（服务对象 07 / Client 07），并略去其属性，用于培训材料。",
                             "Show clients under pseudonyms (服务对象 07 / Client 07) and leave out their attributes, for training material.")
    static let output = H("写入此文件（整份写入，不留半截文件；缺少的文件夹会建立；- 表示标准输出），而不是标准输出；.xlsx、.csv、.json 按扩展名选格式。",
                          "Write to this file (whole or not at all; missing folders are created; - is standard output) instead of standard output; .xlsx, .csv and .json choose the format.")
    static let k = H("与 --anonymize 同用：不足 K 人的群体显示为“<K 人”，不写确切人数（默认 10）。",
                     "With --anonymize, a group under K people is shown as \"<K people\" without its exact size (default 10).")
}

/// `--lang zh|en`: the language of messages and output. Without it, the locale's (LC_ALL,
/// LC_MESSAGES, LANG); without that (or with the C locale), the language of the data's
/// headers — Chinese headers, Chinese messages; else English.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: H("提示与输出的语言：zh 或 en（默认：按 LANG/LC_ALL；未设置时按数据表头的语言）。",
                                 "Language of messages and output: zh or en (default: from LANG/LC_ALL; if unset, the language of the data's headers)."))
    var lang: Language?

    /// `--lang`, else the locale's; `nil` when neither chooses.
    var chosen: Language? { lang ?? Language.requested(by: ProcessEnvironment.variables) }

    /// The language before any data is read.
    var language: Language { chosen ?? .en }

    /// The language once the data is read: the data's headers decide when nothing else does.
    func language(for data: Language?) -> Language { chosen ?? data ?? .en }
}

extension Language: ExpressibleByArgument {}

enum ProcessEnvironment {
    static var variables: [String: String] {
        var result: [String: String] = [:]
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = System.environment(key) { result[key] = value }
        }
        return result
    }
}

/// Standard error, unbuffered, for diagnostics.
enum StandardError {
    /// Writes a message; control characters in it (from names, paths, Graphviz's warnings)
    /// are shown escaped (``TerminalText``), its own line breaks kept.
    static func write(_ text: String) {
        writeControl(TerminalText.escaped(text, keepingLineFeeds: true))
    }

    /// Writes text as it is: for Guanxi's own terminal controls (the progress line).
    static func writeControl(_ text: String) {
        var text = text
        // File descriptor 2 directly: the C `stderr` global is not concurrency-safe.
        _ = text.withUTF8 { System.write(System.standardError, UnsafeRawBufferPointer($0)) }
    }
}

/// Loads the network or prints why not (in the language `--lang`, the locale or the data's
/// headers give) and exits with the right code; returns the network with that language.
func loadOrExit(_ path: String, options: LanguageOption) throws -> (loaded: Guanxi.Loaded, language: Language) {
    do {
        let loaded = try Guanxi.load(path)
        let language = options.language(for: loaded.language)
        for line in loaded.warnings.listing(language) { StandardError.write(line + "\n") }
        return (loaded, language)
    } catch {
        let language = options.language(for: error.language)
        for line in error.diagnostics.listing(language) { StandardError.write(line + "\n") }
        let errors = error.diagnostics.errors.count
        StandardError.write(language == .zh
            ? "未能读取网络：\(errors) 个错误。\n"
            : "could not read the network: \(errors) error\(errors == 1 ? "" : "s").\n")
        throw error.inputUnavailable ? Exit.inputUnavailable : Exit.badData
    }
}

/// The node a person named by id, name or a fragment of a name (``NodeLookup``), or a
/// usage error (exit 64) saying what was meant or what is near. A node found by a fragment
/// is named on standard error, so the reader sees which one was taken.
func resolveOrExit(_ text: String, in network: TrustNetwork, language: Language,
                   preferring wanted: (Node) -> Bool = { _ in true }) throws -> Int32 {
    do {
        let found = try NodeLookup.resolve(text, in: network, preferring: wanted)
        if found.match == .fragment {
            let node = network[found.index]
            StandardError.write(language.pick("guanxi: note: “\(text)”认作“\(node.id)”（\(node.name)）\n",
                                              "guanxi: note: \"\(text)\" taken as \"\(node.id)\" (\(node.name))\n"))
        }
        return found.index
    } catch {
        StandardError.write("guanxi: error: \(error.message(language))\n")
        throw ExitCode(64)
    }
}

/// Writes a command's output to standard output (no `-o`, or `-o -`), or whole to a file
/// (``AtomicFile``: a failed run leaves no partial file, links and devices are written
/// through).
func emit(_ bytes: [UInt8], to output: String?, language: Language) throws {
    var bytes = bytes
    let path = output ?? AtomicFile.standardOutput
    // Text for a terminal (CSV included) never carries a name's escape sequences there; a
    // file or a pipe gets the data as it is.
    if path == AtomicFile.standardOutput, System.isTerminal(System.standardOutput),
       let text = String(validating: bytes, as: UTF8.self) {
        bytes = Array(TerminalText.escaped(text, keeping: ["\n", "\r", "\t"]).utf8)
    }
    do {
        try AtomicFile.write(bytes, to: path)
    } catch {
        StandardError.write("guanxi: error: \(error.message(language))\n")
        throw Exit.cannotCreate
    }
}

/// Writes a command's output handed over in chunks (``AtomicFile/write(to:streaming:)``):
/// the same bytes as ``emit(_:to:language:)`` writing their concatenation, never held whole
/// (but for a terminal, where a name's escape sequences are shown escaped).
func emit(to output: String?, language: Language,
          streaming produce: (AtomicFile.ChunkSink) throws(WriteError) -> Void) throws {
    let path = output ?? AtomicFile.standardOutput
    if path == AtomicFile.standardOutput, System.isTerminal(System.standardOutput) {
        var bytes: [UInt8] = []
        try produce { chunk throws(WriteError) in bytes += chunk }
        return try emit(bytes, to: output, language: language)
    }
    do {
        try AtomicFile.write(to: path, streaming: produce)
    } catch {
        StandardError.write("guanxi: error: \(error.message(language))\n")
        throw Exit.cannotCreate
    }
}

/// Progress on standard error for long runs: silent for the first two seconds and when
/// standard error is not a terminal (scripts, CI), then one overwritten line per step.
final class Progress: @unchecked Sendable {
    private let started = Stopwatch.now()
    private let language: Language
    private let enabled = System.isTerminal(System.standardError)
    private var shown = false

    init(language: Language) { self.language = language }

    func report(_ measure: InfluenceTable.Measure) {
        guard enabled, Stopwatch.now() - started > 2 else { return }
        shown = true
        StandardError.writeControl("\r\u{1B}[K" + language.pick("正在计算：", "computing: ") + measure.title(language) + "…")
    }

    func finish() {
        if shown { StandardError.writeControl("\r\u{1B}[K") }
    }
}
