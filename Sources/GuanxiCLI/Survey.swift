import ArgumentParser
import Guanxi

/// `guanxi survey RESPONSES --network NET -o OUTDIR`: trust measured by asking the partners.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: L("用伙伴问卷（PARTNER 的六个问题）测得的信任与价值，写到网络的关系上。",
                    "Trust and value measured by a partner survey (PARTNER's six questions), written onto the network's ties."),
        discussion: L("""
            RESPONSES 是一个 CSV 文件或 .xlsx 工作簿，每个回答一行：受访单位（respondent）、被评单位（partner）、\
            可选的填写人（rater），以及信任题 可靠（reliability）、使命一致（mission）、开放沟通（openness）和价值题 \
            影响力（influence）、投入程度（involvement）、资源贡献（resources）中的任意几项；空格跳过。受访单位对被评单位的\
            信任 = 各填写人信任题平均分的平均，按 (x − 1) / (量表 − 1) 换算到 0–1；价值同理。有 -o 时，写出的网络中从受访\
            单位到被评单位的每条关系都用这个信任，原信任记在 trust_before 列，填写人数记在 raters 列，测得的价值写在 \
            value（价值）列，原来的价值（金额、小时）记在 value_before 列。问卷可用 guanxi init DIR --survey --network NET 生成。
            """, """
            RESPONSES is a CSV file or an .xlsx workbook, one row per answer: respondent (受访单位), \
            partner (被评单位), optional rater (填写人), and any of reliability (可靠), mission (使命一致), \
            openness (开放沟通) for trust and influence (影响力), involvement (投入程度), resources (资源贡献) \
            for value. Blank cells are skipped. Trust of respondent → partner = the mean over raters of \
            each rater's mean trust item, mapped to 0–1 as (x − 1) / (scale − 1); value likewise. With \
            -o, the network is written with that trust on every tie from respondent to partner, the \
            earlier trust in a column trust_before, the number of raters in raters, and the measured \
            value in value (the amount the tie carried before, if any, in value_before). `guanxi init DIR --survey --network NET` writes \
            the form.
            """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: H("答卷：一个 CSV 文件或 .xlsx 工作簿。", "The answers: a CSV file or an .xlsx workbook."))
    var responses: String

    @Option(help: SharedHelp.networkPath)
    var network: String

    @Option(name: [.short, .customLong("output")],
            help: H("把带有测得信任的网络写到这里：CSV 文件夹，或 .xlsx、.json、.graphml 文件。",
                    "Write the network with the measured trust here: a folder of CSV files, or a .xlsx, .json or .graphml file."))
    var output: String?

    @Option(help: H("答案从 1 到这个数（PARTNER 量表为 4；1–5 分的问卷为 5）。默认按评分列表头注明的范围（如“可靠（1–5）”），否则为 4。",
                    "Answers run from 1 to this (4 in PARTNER; 5 for 1–5 forms). Default: the range the score headers state (\"reliability (1–5)\"), else 4."))
    var scale: Int?

    @Option(help: H("打印什么：text 或 json。", "What to print: text or json."))
    var format: Format = .text

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if let scale, !(2...10).contains(scale) { throw ValidationError(L("--scale 应在 2 与 10 之间", "--scale must be between 2 and 10")) }
        if let output, let ext = ExportFormat.otherKindOfFile(output) {
            throw ValidationError(ExportFormat.otherKindOfFileMessage(output, extension: ext, CLILanguage.current))
        }
    }

    func run() throws {
        let (read, language) = try loadOrExit(network, options: options)
        let loaded = read.network
        let outcome: PartnerSurvey.Outcome
        do {
            outcome = try Guanxi.survey(responses, network: loaded, scale: scale)
        } catch {
            for line in error.diagnostics.listing(language) { StandardError.write(line + "\n") }
            let errors = error.diagnostics.errors.count
            StandardError.write(language.pick("未能读取问卷：\(errors) 个错误，没有写入任何文件。\n",
                                              "could not read the survey: \(errors) error\(errors == 1 ? "" : "s"); nothing written.\n"))
            let unavailable = error.diagnostics.contains { $0.severity == .error && $0.problem.isInputUnavailable }
            throw unavailable ? Exit.inputUnavailable : Exit.badData
        }
        for line in outcome.warnings.listing(language) { StandardError.write(line + "\n") }
        if let output {
            do {
                try Guanxi.write(outcome.survey.applied(to: loaded), to: output, language: language)
            } catch {
                StandardError.write("guanxi: error: \(error.message(language))\n")
                throw Exit.cannotCreate
            }
        }
        switch format {
        case .text:
            var text = SurveyWriter.text(outcome.survey, of: loaded, language: language)
            if let output { text += language.pick("\n已写入 \(output)\n", "\nWrote \(output)\n") }
            try emit(Array(text.utf8), to: nil, language: language)
        case .json:
            try emit(Array(SurveyWriter.json(outcome.survey, of: loaded).utf8), to: nil, language: language)
        }
    }
}
