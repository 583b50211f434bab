import ArgumentParser
import Guanxi

/// `guanxi init DIR`: a blank, ready-to-fill template; with `--survey`, a partner survey form.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("写出一份待填写的空白模板（工作簿或两张 CSV），附每一列、类型、关系和标签的说明；或用 --survey 为一个网络写出伙伴问卷。",
                    "Write a blank, ready-to-fill template (workbook or CSV pair) with a guide to every column, kind, relation and tag; or, with --survey, a partner survey form for a network."),
        discussion: L("""
            加 --survey 时，问卷以下拉选项列出网络中的机构，每个机构与其每个有关系的伙伴各占一行。网络由 --network NET \
            给出；DIR 本身是网络时也可（问卷写到它所在的文件夹）。填好后运行 guanxi survey survey.xlsx --network NET -o OUTDIR。
            """, """
            With --survey, the form lists the network's organisations in drop-down lists and has one \
            row per organisation and partner it has a tie to. The network is --network NET, or DIR \
            itself when DIR is a network (then the form goes into its folder). Fill it in, then run \
            guanxi survey survey.xlsx --network NET -o OUTDIR.
            """))

    @Argument(help: H("写入的文件夹（不存在则创建）；加 --survey 且没有 --network 时，为网络本身。",
                      "The folder to write into (created if missing); with --survey and no --network, the network itself."))
    var directory: String

    @Argument(help: H("加 --survey 时也可在这里给出网络（或输出文件夹）：两个路径中是网络的那个就是网络。",
                      "With --survey, the network (or the folder) may be given here too: of the two paths, the one that is a network is the network."))
    var other: String?

    @Option(help: H("模板格式：xlsx（带下拉选项的工作簿）或 csv（nodes.csv、ties.csv 和说明）。",
                    "Template format: xlsx (a workbook with drop-down lists) or csv (nodes.csv, ties.csv and a guide)."))
    var format: TemplateWriter.Format = .xlsx

    @Flag(help: H("为一个网络写出伙伴问卷（survey.xlsx 或 survey.csv），而不是空白模板。",
                  "Write a partner survey form (survey.xlsx, or survey.csv) for a network instead of a blank template."))
    var survey = false

    @Option(help: H("与 --survey 一起用：问卷列出哪个网络的伙伴。", "With --survey: the network whose partners the form lists."))
    var network: String?

    @Option(help: H("与 --survey 一起用：答案从 1 到这个数（PARTNER 量表为 4；1–5 分的问卷为 5）。",
                    "With --survey: answers run from 1 to this (4 in PARTNER; 5 for 1–5 forms)."))
    var scale = 4

    @Flag(help: H("覆盖已存在的文件。", "Overwrite files that already exist."))
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if !survey, network != nil { throw ValidationError(L("--network 需与 --survey 一起使用", "--network goes with --survey")) }
        if !survey, let other { throw ValidationError(L("多余的参数“\(other)”", "unexpected argument \"\(other)\"")) }
        if network != nil, let other { throw ValidationError(L("已用 --network 给出网络，多余的参数“\(other)”", "the network is given by --network; unexpected argument \"\(other)\"")) }
        guard (2...10).contains(scale) else { throw ValidationError(L("--scale 应在 2 与 10 之间", "--scale must be between 2 and 10")) }
    }

    func run() throws {
        // Without --lang or a locale, a folder named in Chinese asks for a Chinese template.
        let language = options.language(for: Language.of([directory]) == .zh ? .zh : nil)
        if survey { return try writeSurvey() }
        do {
            try Guanxi.writeTemplate(to: directory, format: format, language: language, overwrite: force)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        let written = format == .xlsx ? "network.xlsx" : "nodes.csv, ties.csv, \(language.pick("说明.txt", "guide.txt"))"
        print(language.pick("已写入模板：\(directory)（\(written)）", "Template written: \(directory) (\(written))"))
    }

    /// The network and the folder the form goes into: `--network NET` and DIR; or of two paths
    /// the one that is a network and the other; or DIR alone as the network, the form going
    /// into its folder (beside a network file).
    private func surveyPaths() throws -> (network: String, folder: String) {
        if let network { return (network, directory) }
        if let other {
            switch (NetworkReader.isNetworkInput(directory), NetworkReader.isNetworkInput(other)) {
            case (true, false): return (directory, other)
            case (false, true): return (other, directory)
            default:
                throw ValidationError(L("分不清“\(directory)”与“\(other)”哪个是网络：请用 --network 给出网络",
                                        "cannot tell which of \"\(directory)\" and \"\(other)\" is the network: give it with --network"))
            }
        }
        guard FileBytes.kind(of: directory) != .directory else { return (directory, directory) }
        return (directory, directory.contains("/") ? String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)]) : ".")
    }

    private func writeSurvey() throws {
        let (source, folder) = try surveyPaths()
        let (read, language) = try loadOrExit(source, options: options)
        let loaded = read.network
        let surveyFormat: SurveyWorkbook.Format = format == .csv ? .csv : .xlsx
        do {
            try Guanxi.writeSurveyForm(for: loaded, to: folder, format: surveyFormat, scale: scale, language: language,
                                       overwrite: force)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        let name = surveyFormat == .xlsx ? "survey.xlsx" : "survey.csv"
        let path = folder == "." ? name : (folder.hasSuffix("/") ? folder : folder + "/") + name
        print(language.pick("已写入问卷：\(path)（1–\(scale) 分）", "Survey form written: \(path) (scale 1–\(scale))"))
    }
}

extension TemplateWriter.Format: ExpressibleByArgument {}
