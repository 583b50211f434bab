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
    /// mean "cooperation"?`
    public func formatted(_ language: Language) -> String {
        let prefix = position.map { "\($0): " } ?? "guanxi: "
        return prefix + severity.name(language) + ": " + problem.message(language)
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
    /// The lines to show a person: every diagnostic up to `limit`, then one line counting
    /// the rest, so a million bad rows print a screenful, not a million lines.
    public func listing(_ language: Language, limit: Int = 100) -> [String] {
        var lines = prefix(limit).map { $0.formatted(language) }
        if count > limit {
            let rest = self[limit...]
            let errors = rest.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
            let warnings = rest.count - errors
            lines.append(language == .zh
                ? "……另有 \(rest.count) 条未列出（错误 \(errors) 条，警告 \(warnings) 条）"
                : "… and \(rest.count) more not shown (\(errors) errors, \(warnings) warnings)")
        }
        return lines
    }
}
