import ArgumentParser
import Guanxi
import Platform

/// The `guanxi` command: a thin layer over the `Guanxi` library.
public struct GuanxiCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "guanxi",
        abstract: "Map, measure and draw the partner network of social work stations (社工站合作网络).",
        discussion: """
            PATH is a folder holding nodes.csv and ties.csv (and optionally network.json), or one \
            .json, .xlsx or .graphml file. Exit codes: 0 fine, 64 bad usage, 65 bad data, 66 input \
            missing or unreadable, 73 output cannot be created.
            """,
        version: GuanxiVersion.current,
        subcommands: [Validate.self, Summary.self,
                      InfluenceCommand.self, PathCommand.self, CommunitiesCommand.self, GapsCommand.self,
                      Render.self, LayoutWorkerCommand.self,
                      ReportCommand.self,
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

/// `--lang zh|en`, defaulting to the locale.
/// Help texts several commands share, written once.
enum SharedHelp {
    static let networkPath: ArgumentHelp = "A folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file."
    static let anonymize: ArgumentHelp = "Show clients under pseudonyms (服务对象 07 / Client 07) and leave out their attributes, for training material."
    static let output: ArgumentHelp = "Write to this file instead of standard output (whole or not at all; missing folders are created; - is standard output)."
}

struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of messages and output: zh or en (default: from LANG/LC_ALL).")
    var lang: Language?

    var language: Language {
        lang ?? Language.fromEnvironment(ProcessEnvironment.variables)
    }
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

/// Loads the network or prints why not and exits with the right code.
func loadOrExit(_ path: String, language: Language) throws -> Guanxi.Loaded {
    do {
        let loaded = try Guanxi.load(path)
        for line in loaded.warnings.listing(language) { StandardError.write(line + "\n") }
        return loaded
    } catch {
        for line in error.diagnostics.listing(language) { StandardError.write(line + "\n") }
        let errors = error.diagnostics.errors.count
        StandardError.write(language == .zh
            ? "未能读取网络：\(errors) 个错误。\n"
            : "could not read the network: \(errors) error\(errors == 1 ? "" : "s").\n")
        throw error.inputUnavailable ? Exit.inputUnavailable : Exit.badData
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
