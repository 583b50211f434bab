import TestSupport
import Formats
import TrustModel

let fixtures = repositoryRoot + "/Tests/FormatsTests/Fixtures"
let demo = repositoryRoot + "/Datasets/ximarket"

/// Reads a network from CSV text.
func read(nodes: String, ties: String) -> NetworkReader.Outcome {
    NetworkReader.readCSV(nodes: Array(nodes.utf8), ties: Array(ties.utf8))
}

/// The diagnostics as printed, in English unless asked.
func lines(_ outcome: NetworkReader.Outcome, _ language: Language = .en) -> [String] {
    outcome.diagnostics.map { $0.formatted(language) }
}

let simpleNodes = """
    id,name,kind,area,resources,needs,size
    ST,西市场街道社工站,station,,,,
    C1,东园社区居委会,committee,,场地,,
    K1,残障人士小组,client,C1,,康复,12

    """
