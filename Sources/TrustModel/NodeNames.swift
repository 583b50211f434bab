/// The names a reader sees: names as written, or — for training material (`--anonymize`)
/// — clients under stable pseudonyms (服务对象 07 / Client 07), numbered by their order in
/// the network so a client keeps its number in every diagram, table and report.
///
/// Anonymized output also hides the exact size of a small group: a pseudonym, the
/// community and the need together could still single out a handful of bereaved families,
/// so any head count from 1 to k − 1 is printed as "<k" (k-anonymity on the printed
/// counts; k = 10 by default, `--k`). Every diagram, table and finding prints people
/// through ``people(_:)`` or ``count(_:)``.
public struct NodeNames: Sendable {
    public let network: TrustNetwork
    public let language: Language
    public let anonymize: Bool
    /// Head counts below this are printed as "<k" when anonymizing.
    public let k: Int
    private let clientNumber: [Int32: Int]
    private let numberWidth: Int

    /// The smallest group size shown exactly in anonymized output unless told otherwise.
    public static let defaultK = 10

    public init(_ network: TrustNetwork, language: Language, anonymize: Bool, k: Int = NodeNames.defaultK) {
        self.network = network
        self.language = language
        self.anonymize = anonymize
        self.k = max(1, k)
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

    /// Whether a head count is too small to print exactly: anonymizing, and 1 ≤ count < k
    /// (nobody, 0, singles nobody out).
    public func hidesCount(_ people: Int) -> Bool {
        anonymize && people > 0 && people < k
    }

    /// A head count for a table cell: "12", or "<10" when it could single out a small group.
    public func count(_ people: Int) -> String {
        hidesCount(people) ? "<\(k)" : String(people)
    }

    /// A head count with its unit, for a sentence or a label: "12 人" / "12 people", or
    /// "<10 人" / "<10 people" when anonymizing a small group.
    public func people(_ people: Int) -> String {
        if hidesCount(people) { return language.pick("<\(k) 人", "<\(k) people") }
        return language.pick("\(people) 人", people == 1 ? "1 person" : "\(people) people")
    }

    /// The size of a node's group as ``people(_:)`` prints it (a client's `size`).
    public func groupSize(_ index: Int32) -> String {
        people(network[index].size)
    }
}
