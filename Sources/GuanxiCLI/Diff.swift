import ArgumentParser
import Guanxi

/// `guanxi diff OLD NEW`: what changed between two versions of a network.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of a network (last quarter and this one): nodes, ties, trust, measures, influence and findings.",
        discussion: """
            OLD and NEW may be in different formats and languages. Nodes are matched by id; ties by \
            (source, target, relation), the relation by its keyword (支持 = support); a mutual tie \
            written the other way round is the same tie. Findings are matched by kind and the node \
            each is about. The format comes from --format, else from the -o extension (.json, .csv, \
            .xlsx), else text.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, xlsx }

    @Argument(help: "The earlier network (a folder with nodes.csv and ties.csv, or a .json, .xlsx or .graphml file).")
    var old: String

    @Argument(help: "The later network, in any format Guanxi reads.")
    var new: String

    @Option(help: "Output format: text, json, csv or xlsx (default: from the -o extension, else text).")
    var format: Format?

    @Option(help: "Largest influence moves listed per measure.")
    var movers = 10

    @Option(name: [.short, .customLong("output")], help: SharedHelp.output)
    var output: String?

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard movers >= 0 else { throw ValidationError("--movers must be 0 or more") }
        if chosenFormat == .xlsx, output == nil {
            throw ValidationError("--format xlsx needs -o FILE.xlsx")
        }
    }

    var chosenFormat: Format {
        if let format { return format }
        let name = output?.lowercased() ?? ""
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".xlsx") { return .xlsx }
        return .text
    }

    func run() throws {
        let before = try loadOrExit(old, options: options).loaded.network
        let (loaded, language) = try loadOrExit(new, options: options)
        let after = loaded.network
        let diff = Guanxi.diff(before, after, options: .init(movers: movers))
        let bytes: [UInt8]
        switch chosenFormat {
        case .text: bytes = Array(DiffWriter.text(diff, language: language).utf8)
        case .json: bytes = Array(DiffWriter.json(diff).utf8)
        case .csv: bytes = DiffWriter.csv(diff, language: language)
        case .xlsx:
            do {
                bytes = try DiffWriter.workbook(diff, language: language)
            } catch {
                StandardError.write("guanxi: error: \(error.message(language))\n")
                throw Exit.cannotCreate
            }
        }
        try emit(bytes, to: output, language: language)
    }
}
