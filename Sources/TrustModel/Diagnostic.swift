/// How bad a problem is: an error stops the run (nothing is written), a warning does not.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }

    public func name(_ language: Language) -> String {
        // The words `error`/`warning` stay English in both languages, like compilers print
        // them, so scripts and editors can match them; the message itself is translated.
        rawValue
    }
}

/// One problem found in the user's data, at a position, printed as
/// `file:line:column: error|warning: message` in the user's language.
public struct Diagnostic: Hashable, Sendable, Comparable {
    public var position: SourcePosition?
    public var problem: Problem

    public init(_ problem: Problem, at position: SourcePosition?) {
        self.problem = problem
        self.position = position
    }

    public var severity: Severity { problem.severity }

    /// The full line, e.g. `ties.csv:14:3: error: unknown relation "coperation"; did you
    /// mean "cooperation"?` — one line whatever the data holds: control characters from
    /// file names and cells are shown escaped (``TerminalText``).
    /// A quoted value longer than ``longestValue`` characters is shown by its start and end
    /// (`“9999…9999”`): a cell of a megabyte made a line of a megabyte.
    public func formatted(_ language: Language) -> String {
        let prefix = position.map { "\($0): " } ?? "guanxi: "
        return TerminalText.escaped(prefix + severity.name(language) + ": " + Diagnostic.shortened(problem.message(language)))
    }

    /// The most characters of a quoted value a diagnostic shows.
    public static let longestValue = 80

    /// `message` with each value in quotes (`“…”`, or `"…"` in English) longer than
    /// ``longestValue`` characters cut to its first 60 and last 10.
    /// - Complexity: O(n); a message with no long value is returned as is.
    static func shortened(_ message: String) -> String {
        guard message.utf8.count > longestValue else { return message }
        var out = ""
        var rest = message[...]
        while let open = rest.firstIndex(where: { $0 == "“" || $0 == "\"" }) {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: rest[open] == "“" ? "”" : "\"") else { break }
            let value = rest[afterOpen ..< close]
            out += rest[..<afterOpen]
            out += shortenedValue(value)
            rest = rest[close...]
            out.append(rest.removeFirst())
        }
        return out + rest
    }

    /// A value longer than ``longestValue`` characters cut to its first 60 and last 10.
    static func shortenedValue<Text: StringProtocol>(_ value: Text) -> String {
        value.count > longestValue ? value.prefix(60) + "…" + value.suffix(10) : String(value)
    }

    /// By file and position; problems without a position first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.position, rhs.position) {
        case (nil, .some): true
        case (.some, nil): false
        case let (l?, r?) where l != r: l < r
        default: lhs.problem.message(.en) < rhs.problem.message(.en)
        }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}

extension Array where Element == Diagnostic {
    /// The lines to show a person: at most `perKind` diagnostics of each kind of problem
    /// (in position order), then one line per kind counting the rest — so a million
    /// isolated nodes print a screenful, and an error is never hidden behind warnings.
    public func listing(_ language: Language, perKind: Int = 20) -> [String] {
        var shown: [String: Int] = [:]
        var lines: [String] = []
        var hidden: [(problem: Problem, severity: Severity, count: Int)] = []
        var hiddenIndex: [String: Int] = [:]
        for diagnostic in self {
            let code = diagnostic.problem.code
            let count = shown[code, default: 0]
            shown[code] = count + 1
            if count < perKind {
                lines.append(diagnostic.formatted(language))
            } else if let i = hiddenIndex[code] {
                hidden[i].count += 1
            } else {
                hiddenIndex[code] = hidden.count
                hidden.append((diagnostic.problem, diagnostic.severity, 1))
            }
        }
        for (problem, severity, count) in hidden {
            lines.append(language == .zh
                ? "guanxi: \(severity.rawValue): ……另有 \(count) 条同类问题未列出：\(problem.kindDescription(.zh))"
                : "guanxi: \(severity.rawValue): … and \(count) more not shown: \(problem.kindDescription(.en))")
        }
        return lines
    }
}
