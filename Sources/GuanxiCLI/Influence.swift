import ArgumentParser
import Guanxi

/// `guanxi influence PATH`: who is influential, who brokers, who is relied upon.
struct InfluenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "influence",
        abstract: L("每个节点的影响力指标：伙伴数、信任强度、影响力（PageRank）、特征向量、桥梁、接近度、受限度、有效规模、核心层、社群。",
                    "Influence measures per node: degree, trust strength, PageRank, eigenvector, betweenness, closeness, constraint, effective size, k-core, community."),
        discussion: L("""
            文字输出列出按 --sort 排在前面的节点，以及每个指标的前五名和一句说明。-o 影响力.xlsx 或             --format csv|xlsx 每个节点一行、每个指标一列（中文表头，数值按人读的习惯取舍），外加一张指标说明；            json 的列为 id,name,kind,degree,strength,pagerank,eigenvector,betweenness,harmonic,constraint,            effective_size,core,community。
            """, """
            The table shows the top nodes by --sort and the top five per measure, each with a line \
            on what it means. -o influence.xlsx or --format csv|xlsx give one row per node and one column \
            per measure, rounded as people read them, with a sheet on what each means; json (and English \
            CSV) use the columns id,name,kind,degree,strength,pagerank,eigenvector,betweenness,\
            harmonic,constraint,effective_size,core,community.
            """))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(help: H("文字输出列出的行数。", "Rows in the table."))
    var top = 10

    @Option(help: H("文字输出按哪个指标排序：\(InfluenceTable.Measure.allCases.map(\.rawValue).joined(separator: "、"))。",
                    "Measure to rank the table by: \(InfluenceTable.Measure.allCases.map(\.rawValue).joined(separator: ", "))."))
    var sort: InfluenceTable.Measure = .pagerank

    @Option(help: H("只计算这些指标（用逗号分隔）；默认全部。", "Compute only these measures (comma-separated); default all."))
    var measures: String?

    @Option(help: H("桥梁与接近度由这么多个随机起点估计，而不精确计算（默认：5 万条关系以内精确，以上用 256 个起点）。",
                    "Betweenness and closeness from this many seeded pivot sources instead of exactly (default: exact up to 50,000 ties, 256 pivots beyond)."))
    var pivots: Int?

    @Option(help: H("Louvain 与随机起点的种子。", "Seed of Louvain and of the pivots."))
    var seed: UInt64 = 42

    @Flag(help: H("在标准错误上打印读取、建图和每个指标所用的时间。", "Print the time of loading, building the graphs and each measure to standard error."))
    var timings = false

    @OptionGroup var output: TableOutputOptions

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard top > 0 else { throw ValidationError(L("--top 至少为 1", "--top must be at least 1")) }
        if let pivots, pivots < 2 { throw ValidationError(L("--pivots 至少为 2", "--pivots must be at least 2")) }
        _ = try chosenMeasures()
    }

    func chosenMeasures() throws -> Set<InfluenceTable.Measure> {
        guard let measures else { return Set(InfluenceTable.Measure.allCases) }
        var chosen = Set<InfluenceTable.Measure>()
        for word in measures.split(separator: ",") {
            let name = word.trimmingSpaces().replacing("-", with: "_")
            guard let measure = InfluenceTable.Measure(rawValue: name == "effective_size" ? name : name.lowercased()) else {
                let known = InfluenceTable.Measure.allCases.map(\.rawValue)
                throw ValidationError(L("未知的指标“\(word)”；可用：\(known.joined(separator: "、"))",
                                        "unknown measure \"\(word)\"; known: \(known.joined(separator: ", "))"))
            }
            chosen.insert(measure)
        }
        return chosen
    }

    func run() throws {
        let started = Stopwatch.now()
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        let format = try output.chosen(language: language)
        let loadTime = Stopwatch.now() - started
        let loadPeak = Stopwatch.peakMemoryBytes()
        var chosen = try chosenMeasures()
        if format == .text { chosen.insert(sort) }
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
        if let sample = table.betweennessSample, format != .text {
            StandardError.write(language.pick(
                "guanxi: note: 桥梁值由 \(sample.pivots.count) 个随机起点估计，误差 ±\(NumberText.fixed(sample.errorBound, 3))（置信度 \(NumberText.percent(sample.confidence))）\n",
                "guanxi: note: betweenness estimated from \(sample.pivots.count) pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) at \(NumberText.percent(sample.confidence)) confidence\n"))
        }
        if let sample = table.harmonicSample, format != .text {
            StandardError.write(language.pick(
                "guanxi: note: 接近度由 \(sample.pivots.count) 个随机起点估计，除以其他节点数后误差 ±\(NumberText.fixed(sample.errorBound, 3))（置信度 \(NumberText.percent(sample.confidence))）\n",
                "guanxi: note: closeness estimated from \(sample.pivots.count) pivot sources, within ±\(NumberText.fixed(sample.errorBound, 3)) per other node at \(NumberText.percent(sample.confidence)) confidence\n"))
        }
        let names = NodeNames(network, language: language, anonymize: anonymize)
        try output.write(format, language: language,
                         text: { InfluenceWriter.table(table, of: network, top: top, sort: sort, language: language, names: names) },
                         json: { InfluenceWriter.json(table, of: network, names: names) },
                         tables: { ResultTables.influence(table, of: network, names: names, language: language) })
    }
}

extension InfluenceTable.Measure: ExpressibleByArgument {}

extension Substring {
    func trimmingSpaces() -> String { Vocabulary.trimmed(self) }
}
