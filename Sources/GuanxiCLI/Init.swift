import ArgumentParser
import Guanxi

/// `guanxi init DIR`: a blank, ready-to-fill template.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a blank, ready-to-fill template (workbook or CSV pair) with a guide to every column, kind, relation and tag.")

    @Argument(help: "The folder to write into (created if missing).")
    var directory: String

    @Option(help: "Template format: xlsx (a workbook with drop-down lists) or csv (nodes.csv, ties.csv and a guide).")
    var format: TemplateWriter.Format = .xlsx

    @Flag(help: "Overwrite template files that already exist.")
    var force = false

    @OptionGroup var options: LanguageOption

    func run() throws {
        let language = options.language
        do {
            try Guanxi.writeTemplate(to: directory, format: format, language: language, overwrite: force)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        let written = format == .xlsx ? "network.xlsx" : "nodes.csv, ties.csv, \(language.pick("说明.txt", "guide.txt"))"
        print(language.pick("已写入模板：\(directory)（\(written)）", "Template written: \(directory) (\(written))"))
    }
}

extension TemplateWriter.Format: ExpressibleByArgument {}
