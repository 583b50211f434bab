import ArgumentParser
import Guanxi

/// `guanxi generate --scale N --seed S -o DIR`: a seeded synthetic city (``SyntheticCity``).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a seeded synthetic city network (nodes.csv, ties.csv, network.json) to try Guanxi at a city's size.",
        discussion: """
            Head stations, stations, offices in committees, street offices, agencies, federations, \
            businesses, universities, social organisations, volunteer teams, charity funds and clients \
            with needs and sizes, with varied trust, some mutual aid, a few one-sided pairs and some idle \
            resource holders. Scale 1, 10, 100, 1000 give about 1k, 10k, 100k, 1M ties (about 600 nodes \
            per 1,000 ties). The same scale and seed always give the same bytes.
            """)

    @Option(help: "Size: about 1,000 ties per unit (1, 10, 100, 1000 …).")
    var scale = 1

    @Option(help: "Random seed: the same seed gives the same city.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing; files replaced).")
    var output: String

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard scale >= 1, scale <= 100_000 else { throw ValidationError("--scale must be between 1 and 100000") }
    }

    func run() throws {
        let language = options.language
        let network: TrustNetwork
        do {
            network = try SyntheticCity.generate(scale: scale, seed: seed, language: language)
        } catch {
            StandardError.write("guanxi: error: the generator made an invalid network (\(error)); please report it\n")
            throw ExitCode(70)
        }
        do {
            try Guanxi.write(network, to: output, format: .csv, language: language)
        } catch {
            StandardError.write("guanxi: error: \(error.message(language))\n")
            throw Exit.cannotCreate
        }
        print(language.pick("已生成：\(output)（\(network.nodes.count) 个节点、\(network.ties.count) 条关系）",
                            "Generated: \(output) (\(network.nodes.count) nodes, \(network.ties.count) ties)"))
    }
}
