import ArgumentParser
import Guanxi
import Platform

/// The language of `--help` and of the messages given before any data is read.
///
/// swift-argument-parser builds help texts from the command types' static configurations
/// and property wrappers, before anything is parsed; so the language is read from the raw
/// command line (`--lang zh`, `--lang=zh`) and the locale first, and every help text picks
/// its words from it (``L(_:_:)``). Once the data is read, messages may follow the data's
/// language instead (``LanguageOption/language(for:)``).
enum CLILanguage {
    static let current: Language = chosen(arguments: CommandLine.arguments, environment: ProcessEnvironment.variables) ?? .en

    /// `--lang` as written on the command line, else the locale; `nil` when neither says.
    static func chosen(arguments: [String], environment: [String: String]) -> Language? {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            if argument == "--" { break }
            var value: String?
            if argument == "--lang" { value = iterator.next() }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst(7)) }
            // A value that is not a language leaves the choice to the locale (the parser then
            // reports it).
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
        }
        return Language.requested(by: environment)
    }
}

/// A text of the command line in the language of ``CLILanguage/current``.
func L(_ zh: String, _ en: String) -> String { CLILanguage.current.pick(zh, en) }

/// A help text in the language of ``CLILanguage/current``.
func H(_ zh: String, _ en: String) -> ArgumentHelp { ArgumentHelp(L(zh, en)) }

/// Puts into Chinese the words swift-argument-parser writes around our texts (section
/// headings, `(default: …)`, its usage errors), which it offers no way to translate.
enum ParserWords {
    static func translated(_ text: String, _ language: Language) -> String {
        guard language == .zh else { return text }
        var out = text
        for (english, chinese) in replacements { out = out.replacing(english, with: chinese) }
        out = rewrite(out, prefix: "Missing expected argument '", suffix: "'") { "缺少参数 '\($0)'" }
        out = rewrite(out, prefix: "Unknown option '", suffix: "'") { "未知的选项 '\($0)'" }
        out = rewrite(out, prefix: "Unexpected argument '", suffix: "'") { "多余的参数 '\($0)'" }
        out = rewrite(out, prefix: "Missing value for '", suffix: "'") { "选项 '\($0)' 缺少值" }
        out = rewrite(out, prefix: "The value '", suffix: "'") { "值 '\($0)'" }
        out = rewrite(out, prefix: "See '", suffix: "' for more information.") { "运行 '\($0)' 查看说明。" }
        out = rewrite(out, prefix: "See '", suffix: "' for detailed help.") { "运行 '\($0)' 查看各子命令的说明。" }
        return out
    }

    private static let replacements: [(String, String)] = [
        ("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("Usage: ", "用法："),
        ("ARGUMENTS:\n", "参数：\n"), ("OPTIONS:\n", "选项：\n"), ("SUBCOMMANDS:\n", "子命令：\n"),
        ("Show help information.", "显示帮助。"), ("Show the version.", "显示版本号。"),
        ("(default: ", "（默认："), ("; default: ", "；默认："), ("(values: ", "（可选："),
        ("Error: ", "guanxi: error: "), ("Help:  ", "说明："),
        (" is invalid for '", " 不适用于 '"), ("'. Did you mean '", "'；是不是 '"),
        ("<subcommand>", "<子命令>"), (". Please provide one of '", "；可选 '"), ("' and '", "' 或 '"), ("' or '", "' 或 '"), ("', '", "'、'"),
    ]

    /// Rewrites each `prefix…suffix` run with `make(…)`.
    private static func rewrite(_ text: String, prefix: String, suffix: String, _ make: (String) -> String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: prefix), let end = rest[start.upperBound...].range(of: suffix) {
            out += rest[..<start.lowerBound]
            out += make(String(rest[start.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return out + rest
    }
}

extension GuanxiCommand {
    /// Runs `guanxi` as `main()` does, with help and usage errors in the user's language.
    public static func mainInUserLanguage() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            exit(withError: nil)
        } catch {
            let code = exitCode(for: error)
            let message = ParserWords.translated(fullMessage(for: error), CLILanguage.current)
                // A closing full-width parenthesis for each opened one in the help texts' values.
                .replacingOpenParentheses()
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.write(message + "\n") }
            }
            System.exit(code.rawValue)
        }
    }
}

extension String {
    /// `（默认：10)` → `（默认：10）`: the parser closes with a half-width parenthesis what
    /// the translation opened full-width. Parentheses pair up as they nest, so a half-width
    /// pair in the text (`(x − 1) / (量表 − 1)`) stays half-width after a closed full-width
    /// one (`受访单位（respondent）`).
    fileprivate func replacingOpenParentheses() -> String {
        var out = ""
        var open: [Character] = []
        for character in self {
            switch character {
            case "(", "（":
                open.append(character)
                out.append(character)
            case ")", "）":
                guard let opened = open.popLast() else { out.append(character); continue }
                out.append(opened == "（" ? "）" : ")")
            default: out.append(character)
            }
        }
        return out
    }
}
