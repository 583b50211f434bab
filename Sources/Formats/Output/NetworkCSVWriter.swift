import TrustModel

/// A network as a folder Guanxi reads back: `nodes.csv`, `ties.csv` (UTF-8 with BOM, for
/// Excel; formula-like text neutralised reversibly, see ``SpreadsheetCSV``) and, when the
/// network has a title, a date or thresholds, `network.json`.
enum NetworkCSVWriter {
    static func files(_ network: TrustNetwork, language: Language) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = [
            ("nodes.csv", SpreadsheetCSV.render(NetworkTables.nodes(network, language: language))),
            ("ties.csv", SpreadsheetCSV.render(NetworkTables.ties(network, language: language))),
        ]
        let settings = NetworkJSONWriter.settingsMembers(network)
        if !settings.isEmpty {
            files.append(("network.json", Array(JSONWriter.render(.object(settings)).utf8)))
        }
        return files
    }
}
