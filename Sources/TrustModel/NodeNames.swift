/// The names a reader sees: names as written, or — for training material (`--anonymize`)
/// — clients under stable pseudonyms (服务对象 07 / Client 07), numbered by their order in
/// the network so a client keeps its number in every diagram, table and report.
public struct NodeNames: Sendable {
    public let network: TrustNetwork
    public let language: Language
    public let anonymize: Bool
    private let clientNumber: [Int32: Int]
    private let numberWidth: Int

    public init(_ network: TrustNetwork, language: Language, anonymize: Bool) {
        self.network = network
        self.language = language
        self.anonymize = anonymize
        var numbers: [Int32: Int] = [:]
        if anonymize {
            for (index, node) in network.nodes.enumerated() where node.kind == .client {
                numbers[Int32(index)] = numbers.count + 1
            }
        }
        clientNumber = numbers
        numberWidth = max(2, String(numbers.count).count)
    }

    /// Whether a node's identity and attributes must be hidden.
    public func isHidden(_ index: Int32) -> Bool {
        anonymize && network[index].kind == .client
    }

    /// The name to show.
    public func name(_ index: Int32) -> String {
        isHidden(index) ? pseudonym(index) : network[index].name
    }

    /// The id to show: hidden clients show their pseudonym instead of their id.
    public func id(_ index: Int32) -> String {
        isHidden(index) ? pseudonym(index) : network[index].id
    }

    /// The pseudonym of a client: 服务对象 07 / Client 07.
    public func pseudonym(_ index: Int32) -> String {
        let number = String(clientNumber[index] ?? 0)
        let padded = String(repeating: "0", count: max(0, numberWidth - number.count)) + number
        return language.pick("服务对象 \(padded)", "Client \(padded)")
    }
}
