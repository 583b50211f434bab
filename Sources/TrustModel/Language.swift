/// The language of everything Guanxi says to a person: diagnostics, tables, labels.
///
/// Chinese labels always render; the language picks the words around them.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
    /// (the POSIX order of precedence); a value starting with `zh` means Chinese,
    /// anything else English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// Picks the Chinese or the English text.
    @inlinable
    public func pick(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }
}
