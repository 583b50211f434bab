import TrustModel

/// Settings given as key–value pairs — a workbook's `settings`/`设置` sheet, GraphML
/// graph-level data — applied with exactly the rules of `network.json`: `title`/`标题`,
/// `date`/`日期`, the thresholds by name (`pathTrust` …) and `weakTrust.<relation>`; an
/// unknown key is warned about.
enum SettingsRows {
    struct Entry {
        var key: String
        var value: String
        var line: Int
        var column: Int
    }

    static func apply(_ entries: [Entry], source: TableSource, into builder: inout NetworkBuilder) {
        var members: [(key: String, value: JSONValue.Positioned)] = []
        var thresholds: [(key: String, value: JSONValue.Positioned)] = []
        var weakTrust: [(key: String, value: JSONValue.Positioned)] = []
        var thresholdsAt: (line: Int, column: Int)?
        var weakAt: (line: Int, column: Int)?
        for entry in entries {
            let key = Vocabulary.trimmed(entry.key)
            let value = JSONValue.Positioned(value: .string(Vocabulary.trimmed(entry.value)), line: entry.line, column: entry.column)
            let name = key.hasPrefix("thresholds.") ? String(key.dropFirst("thresholds.".count)) : key
            if name.hasPrefix("weakTrust.") {
                weakTrust.append((String(name.dropFirst("weakTrust.".count)), value))
                weakAt = weakAt ?? (entry.line, entry.column)
            } else if Thresholds.settableNames.contains(name) {
                thresholds.append((name, value))
                thresholdsAt = thresholdsAt ?? (entry.line, entry.column)
            } else {
                members.append((key, value))
            }
        }
        if let weakAt {
            thresholds.append(("weakTrust", JSONValue.Positioned(value: .object(weakTrust), line: weakAt.line, column: weakAt.column)))
            thresholdsAt = thresholdsAt ?? weakAt
        }
        if let thresholdsAt {
            members.append(("thresholds", JSONValue.Positioned(value: .object(thresholds), line: thresholdsAt.line,
                                                               column: thresholdsAt.column)))
        }
        JSONNetworkReader.applySettings(members, source: source, allowTables: false, into: &builder)
    }
}
