extension NetworkReader {
    /// Whether `path` is something ``read(path:)`` reads as a network: a folder holding a
    /// nodes and a ties table, or a `.json`, `.xlsx` or `.graphml` file — for a command given
    /// two paths, to tell the network from a folder to write into.
    /// - Complexity: a few `stat` calls.
    public static func isNetworkInput(_ path: String) -> Bool {
        switch FileBytes.kind(of: path) {
        case .directory:
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            func has(_ names: [String]) -> Bool { names.contains { FileBytes.kind(of: folder + "/" + $0) == .file } }
            return has(nodeFileNames) && has(tieFileNames)
        case .file:
            let lowered = path.lowercased()
            return [".json", ".xlsx", ".xlsm", ".graphml"].contains(where: lowered.hasSuffix)
        case .missing, .other:
            return false
        }
    }
}
