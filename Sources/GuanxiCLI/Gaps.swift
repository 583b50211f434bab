import ArgumentParser
import Guanxi

/// `guanxi gaps PATH`: what is missing, weak or fragile, and what to do about it.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: L("差距与建议：闲置资源、未满足的需求、覆盖、五社联动、薄弱与单向的信任、单点依赖、互助、引荐、层级、着力点。",
                    "Gaps and what to do: untapped resources, unmet needs, coverage, 五社联动, weak and one-sided trust, single points of failure, mutual aid, introductions, hierarchy, focus."),
        discussion: L("""
            文字输出按类别列出问题，按分数排序，概况数字在前；全市规模（问题分属多个社工站）时，文字、csv 和工作簿\
            按社工站分组，每类列出总数和排名靠前的几条（--top）。-o 差距.xlsx 写出工作簿（问题与建议、按需求的覆盖、\
            按社区的覆盖、五社联动各一张表）；--format csv 写出问题与建议；json 列出全部问题，含中英两种说明和事实，\
            供脚本使用。阈值默认取 network.json 中的设置。
            """, """
            Text groups the findings by kind, ranked by score, with the summary figures on top; at \
            city scale (findings under several stations) text, csv and the workbook are grouped per \
            station, each kind with its total and its top few (--top). -o gaps.xlsx writes a workbook \
            (findings, coverage per need, coverage per community, 五社联动, a sheet each); --format \
            csv writes the findings; json gives {"summary": {...}, "findings": [...]} with every \
            finding, both languages and the facts. Thresholds default to network.json's.
            """))

    @Argument(help: SharedHelp.networkPath)
    var path: String

    @Option(name: .long, parsing: .upToNextOption,
            help: H("只看这些类别（空格或逗号分隔）：\(FindingKind.allCases.map(\.keyword).joined(separator: "、"))。",
                    "Only these kinds (space- or comma-separated): \(FindingKind.allCases.map(\.keyword).joined(separator: ", "))."))
    var only: [String] = []

    /// `--only` as kinds: `--only weak-trust one-sided-trust` or `--only weak-trust,one-sided-trust`
    /// (as `influence --measures` takes them).
    var kinds: [FindingKind] {
        get throws {
            try only.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }) }.map { word in
                guard let kind = FindingKind(argument: String(word)) else {
                    let all = FindingKind.allCases.map(\.keyword)
                    throw ValidationError(L("--only 不认识“\(word)”；可用：\(all.joined(separator: "、"))",
                                            "--only: unknown kind '\(word)'; use one of: \(all.joined(separator: ", "))"))
                }
                return kind
            }
        }
    }

    @Option(help: H("只看与这个社工站有关的问题（编号、名称或名称的一部分）。",
                    "Only findings that concern this station (an id, a name or part of a name)."))
    var station: String?

    @Option(name: .customLong("path-trust"), help: H("路径信任达到多少才算可信（默认 0.5）。", "Trust a path needs to count as trusted (default 0.5)."))
    var pathTrust: Double?

    @Option(help: H("两个方向的信任相差多少算单向（默认 0.3）。", "Difference that makes a pair one-sided (default 0.3)."))
    var asymmetry: Double?

    @Option(help: H("信任低于多少算紧张（默认 0.3）。", "Trust below which a tie is strained (default 0.3)."))
    var strained: Double?

    @Option(name: .customLong("coverage-flag"), help: H("覆盖率低于中位数的多少比例时标出该社区（默认 0.5）。",
                                                        "Share of the median coverage below which a community is flagged (default 0.5)."))
    var coverageFlag: Double?

    @Option(help: H("每个社工站建议的引荐数。", "Introductions suggested per station."))
    var introductions = 3

    @Option(help: H("文字、csv 和工作簿中每类列出的条数（全市规模时为每个社工站每类；默认 15，全市规模时 3）。",
                    "Findings listed per kind (per station and kind at city scale) in text, csv and the workbook (default 15, or 3 at city scale)."))
    var top: Int?

    @Flag(help: H("在标准错误上打印读取、分析各步和写出所用的时间与内存峰值。",
                  "Print the time and peak memory of loading, of each step of the analysis and of writing to standard error."))
    var timings = false

    @OptionGroup var output: TableOutputOptions

    @Flag(help: SharedHelp.anonymize)
    var anonymize = false

    @Option(help: SharedHelp.k)
    var k = NodeNames.defaultK

    @OptionGroup var options: LanguageOption

    func validate() throws {
        for (name, value) in [("--path-trust", pathTrust), ("--asymmetry", asymmetry), ("--strained", strained),
                              ("--coverage-flag", coverageFlag)] {
            if let value, !(0...1).contains(value) {
                throw ValidationError(L("\(name) 应在 0 与 1 之间", "\(name) must be between 0 and 1"))
            }
        }
        guard introductions >= 0 else { throw ValidationError(L("--introductions 不能小于 0", "--introductions must be 0 or more")) }
        if let top, top < 1 { throw ValidationError(L("--top 至少为 1", "--top must be at least 1")) }
        guard k >= 1 else { throw ValidationError(L("--k 至少为 1", "--k must be at least 1")) }
        _ = try kinds
    }

    func run() throws {
        var clock = Stopwatch()
        let (loaded, language) = try loadOrExit(path, options: options)
        let network = loaded.network
        var steps = [("load", clock.lap(), Stopwatch.peakMemoryBytes())]
        let format = try output.chosen(language: language)
        var thresholds = network.thresholds
        if let pathTrust { thresholds.pathTrust = pathTrust }
        if let asymmetry { thresholds.asymmetry = asymmetry }
        if let strained { thresholds.strained = strained }
        if let coverageFlag { thresholds.coverageFlag = coverageFlag }
        let station = try self.station.map { network[try resolveOrExit($0, in: network, language: language, preferring: \.kind.isSocialWorkPost)].id }
        let only = Set(try kinds)
        let analysis: GapAnalysis
        do {
            analysis = try Guanxi.gaps(network, options: .init(only: only, station: station, thresholds: thresholds,
                                                               introductionsPerStation: introductions))
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw ExitCode(64)
        }
        steps += analysis.timings
        _ = clock.lap()
        let names = NodeNames(network, language: language, anonymize: anonymize, k: k)
        try output.write(format, language: language,
                         text: { GapsWriter.text(analysis, of: network, language: language, perKind: top, names: names) },
                         jsonStream: { sink throws(WriteError) in try GapsWriter.json(analysis, of: network, names: names, into: sink) },
                         tables: { ResultTables.gaps(analysis, of: network, names: names, language: language, perKind: top) })
        steps.append(("write", clock.lap(), Stopwatch.peakMemoryBytes()))
        if timings {
            for (step, seconds, peak) in steps {
                StandardError.write("\(step) \(NumberText.fixed(seconds, 3)) s, peak \(peak / 1_000_000) MB\n")
            }
        }
    }
}

extension FindingKind: ExpressibleByArgument {}
