import ArgumentParser
import Guanxi

/// `guanxi influence PATH`: who is influential, who brokers, who is relied upon.
struct InfluenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: "Influence measures per node: degree, trust strength, PageRank, eigenvector, betweenness, closeness, constraint, effective size, k-core, community.",
        discussion: """
            The table shows the top nodes by --sort and the top five per measure, each with a line \
            on what it means. --format csv (UTF-8 with BOM, for Excel) and json give one row per \
            node with the columns id,name,kind,degree,strength,pagerank,eigenvector,betweenness,\
            harmonic,constraint,effective_size,core,community.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: "Rows in the table.")
    var top = 10

    @Option(help: "Measure to rank the table by: \(InfluenceTable.Measure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sort: InfluenceTable.Measure = .pagerank

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    @Option(help: "Compute only these measures (comma-separated); default all.")
    var measures: String?

    @Option(help: "Betweenness and closeness from this many seeded pivot sources instead of exactly (default: exact up to 50,000 ties, 256 pivots beyond).")
    var pivots: Int?

    @Option(help: "Seed of Louvain and of the pivots.")
    var seed: UInt64 = 42

    @Flag(help: "Print the time of loading, building the graphs and each measure to standard error.")
    var timings = false

    @Option(name: [.short, .customLong("output")], help: SharedHelp.output)
    var output: String?

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
        if let pivots, pivots < 2 { throw ValidationError("--pivots must be at least 2") }
        _ = try chosenMeasures()
    }

    func chosenMeasures() throws -> Set<InfluenceTable.Measure> {
        guard let measures else { return Set(InfluenceTable.Measure.allCases) }
        var chosen = Set<InfluenceTable.Measure>()
        for word in measures.split(separator: ",") {
            let name = word.trimmingSpaces().replacing("-", with: "_")
            guard let measure = InfluenceTable.Measure(rawValue: name == "effective_size" ? name : name.lowercased()) else {
                throw ValidationError("unknown measure \"\(word)\"; known: \(InfluenceTable.Measure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            chosen.insert(measure)
        }
        return chosen
    }

    func run() throws {
        let started = Stopwatch.now()
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let loadTime = Stopwatch.now() - started
        let loadPeak = Stopwatch.peakMemoryBytes()
        var chosen = try chosenMeasures()
        if format == .table { chosen.insert(sort) }
        let progress = Progress(language: language)
        let table = InfluenceTable.compute(
            network, options: .init(measures: chosen, betweennessPivots: pivots, seed: seed),
            progress: { measure in progress.report(measure) })
        progress.finish()
        if timings {
            func line(_ step: String, _ seconds: Double, _ peak: Int) -> String {
                "\(step) \(NumberText.fixed(seconds, 3)) s, peak \(peak / 1_000_000) MB\n"
            }
            StandardError.write(line("load", loadTime, loadPeak))
            for (step, seconds, peak) in table.timings { StandardError.write(line(step, seconds, peak)) }
        }
        if let sample = table.betweennessSample, format != .table {
            StandardError.write(language.pick(
                "guanxi: note: 桥梁值由 \(sample.pivots.count) 个随机起点估计，误差 ±\(NumberText.fixed(sample.errorBound, 3))（置信度 \(NumberText.percent(sample.confidence))）\n",
                "guanxi: note: betweenness estimated from \(sample.pivots.count) pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) at \(NumberText.percent(sample.confidence)) confidence\n"))
        }
        if let sample = table.harmonicSample, format != .table {
            StandardError.write(language.pick(
                "guanxi: note: 接近度由 \(sample.pivots.count) 个随机起点估计，除以其他节点数后误差 ±\(NumberText.fixed(sample.errorBound, 3))（置信度 \(NumberText.percent(sample.confidence))）\n",
                "guanxi: note: closeness estimated from \(sample.pivots.count) pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) per other node at \(NumberText.percent(sample.confidence)) confidence\n"))
        }
        let names = NodeNames(network, language: language, anonymize: anonymize)
        let bytes: [UInt8]
        switch format {
        case .table: bytes = Array(InfluenceWriter.table(table, of: network, top: top, sort: sort, language: language, names: names).utf8)
        case .csv: bytes = InfluenceWriter.csv(table, of: network, names: names)
        case .json: bytes = Array(InfluenceWriter.json(table, of: network, names: names).utf8)
        }
        try emit(bytes, to: output, language: language)
    }
}

extension InfluenceTable.Measure: ExpressibleByArgument {}

extension Substring {
    func trimmingSpaces() -> String { Vocabulary.trimmed(self) }
}
