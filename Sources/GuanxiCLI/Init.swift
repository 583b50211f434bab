import ArgumentParser
import Guanxi

/// `guanxi init DIR`: a blank, ready-to-fill template.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("写出一份待填写的空白模板（工作簿或两张 CSV），附每一列、类型、关系和标签的说明。",
                    "Write a blank, ready-to-fill template (workbook or CSV pair) with a guide to every column, kind, relation and tag."))

    @Argument(help: H("写入的文件夹（不存在则创建）。", "The folder to write into (created if missing)."))
    var directory: String

    @Option(help: H("模板格式：xlsx（带下拉选项的工作簿）或 csv（nodes.csv、ties.csv 和说明）。",
                    "Template format: xlsx (a workbook with drop-down lists) or csv (nodes.csv, ties.csv and a guide)."))
    var format: TemplateWriter.Format = .xlsx

    @Flag(help: H("覆盖已存在的模板文件。", "Overwrite template files that already exist."))
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
