import ArgumentParser
import Guanxi

/// `guanxi init DIR`: a blank, ready-to-fill template; with `--survey`, a partner survey form.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a blank, ready-to-fill template (workbook or CSV pair) with a guide to every column, kind, relation and tag; or, with --survey, a partner survey form for a network.",
        discussion: """
            With --survey, the form lists the network's organisations in drop-down lists and has one \
            row per organisation and partner it has a tie to. The network is --network NET, or DIR \
            itself when DIR is a network (then the form goes into its folder). Fill it in, then run \
            guanxi survey survey.xlsx --network NET -o OUTDIR.
            """)

    @Argument(help: "The folder to write into (created if missing); with --survey and no --network, the network itself.")
    var directory: String

    @Option(help: "Template format: xlsx (a workbook with drop-down lists) or csv (nodes.csv, ties.csv and a guide).")
    var format: TemplateWriter.Format = .xlsx

    @Flag(help: "Write a partner survey form (survey.xlsx, or survey.csv) for a network instead of a blank template.")
    var survey = false

    @Option(help: "With --survey: the network whose partners the form lists.")
    var network: String?

    @Option(help: "With --survey: answers run from 1 to this (4 in PARTNER; 5 for 1–5 forms).")
    var scale = 4

    @Flag(help: "Overwrite files that already exist.")
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
        if !survey, network != nil { throw ValidationError("--network goes with --survey") }
        guard (2...10).contains(scale) else { throw ValidationError("--scale must be between 2 and 10") }
    }

    func run() throws {
        let language = options.language
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

    private func writeSurvey() throws {
        let source = network ?? directory
        let (read, language) = try loadOrExit(source, options: options)
        let loaded = read.network
        // Into DIR; or, when DIR is the network, into its folder (beside a network file).
        var folder = directory
        if network == nil, FileBytes.kind(of: directory) != .directory {
            folder = directory.contains("/") ? String(directory[..<(directory.lastIndex(of: "/") ?? directory.endIndex)]) : "."
        }
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
