/// The language of everything Guanxi says to a person: diagnostics, tables, labels.
///
/// Chinese labels always render; the language picks the words around them.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
    /// (the POSIX order of precedence); a value starting with `zh` means Chinese,
    /// anything else English; English when none is set.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        requested(by: environment) ?? .en
    }

    /// The language the environment asks for, or `nil` when it asks for none: no variable
    /// set, or the C/POSIX locale (what a bare server or container has, which says nothing
    /// about the person).
    public static func requested(by environment: [String: String]) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            if lowered == "c" || lowered == "posix" || lowered.hasPrefix("c.") { return nil }
            return lowered.hasPrefix("zh") ? .zh : .en
        }
        return nil
    }

    /// The language of text a person wrote (headers, sheet names): Chinese if it holds a
    /// Chinese character, else English; `nil` for no text.
    public static func of<S: Sequence>(_ texts: S) -> Language? where S.Element == String {
        var any = false
        for text in texts {
            if text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }) {
                return .zh
            }
            if !text.isEmpty { any = true }
        }
        return any ? .en : nil
    }

    /// Picks the Chinese or the English text.
    @inlinable
    public func pick(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }
}
