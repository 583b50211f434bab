import ArgumentParser
import Guanxi

/// `guanxi gaps PATH`: what is missing, weak or fragile, and what to do about it.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Gaps and what to do: untapped resources, unmet needs, coverage, 五社联动, weak and one-sided trust, single points of failure, mutual aid, introductions, hierarchy, focus.",
        discussion: """
            Text groups the findings by kind, ranked by score, with the summary figures on top. \
            --format json gives {"summary": {...}, "findings": [...]} with both languages; csv is \
            for Excel. Thresholds default to network.json's, then to DESIGN's defaults.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(name: .long, parsing: .upToNextOption,
            help: "Only these kinds: \(FindingKind.allCases.map(\.keyword).joined(separator: ", ")).")
    var only: [FindingKind] = []

    @Option(help: "Only findings that concern this station (its id).")
    var station: String?

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(name: .customLong("path-trust"), help: "Trust a path needs to count as trusted (default 0.5).")
    var pathTrust: Double?

    @Option(help: "Difference that makes a pair one-sided (default 0.3).")
    var asymmetry: Double?

    @Option(help: "Trust below which a tie is strained (default 0.3).")
    var strained: Double?

    @Option(name: .customLong("coverage-flag"), help: "Share of the median coverage below which a community is flagged (default 0.5).")
    var coverageFlag: Double?

    @Option(help: "Introductions suggested per station.")
    var introductions = 3

    @Option(name: [.short, .customLong("output")], help: SharedHelp.output)
    var output: String?

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        for (name, value) in [("--path-trust", pathTrust), ("--asymmetry", asymmetry), ("--strained", strained),
                              ("--coverage-flag", coverageFlag)] {
            if let value, !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1") }
        }
        guard introductions >= 0 else { throw ValidationError("--introductions must be 0 or more") }
    }

    func run() throws {
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        var thresholds = network.thresholds
        if let pathTrust { thresholds.pathTrust = pathTrust }
        if let asymmetry { thresholds.asymmetry = asymmetry }
        if let strained { thresholds.strained = strained }
        if let coverageFlag { thresholds.coverageFlag = coverageFlag }
        let station = try self.station.map { network[try resolveOrExit($0, in: network, language: language)].id }
        let analysis: GapAnalysis
        do {
            analysis = try Guanxi.gaps(network, options: .init(only: Set(only), station: station, thresholds: thresholds,
                                                               introductionsPerStation: introductions, anonymize: anonymize))
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw ExitCode(64)
        }
        let names = NodeNames(network, language: language, anonymize: anonymize)
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(GapsWriter.text(analysis, of: network, language: language, names: names).utf8)
        case .json: bytes = Array(GapsWriter.json(analysis, of: network, names: names).utf8)
        case .csv: bytes = GapsWriter.csv(analysis, of: network, language: language, names: names)
        }
        try emit(bytes, to: output, language: language)
    }
}

extension FindingKind: ExpressibleByArgument {}
