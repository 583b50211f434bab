import ArgumentParser
import Guanxi

/// `guanxi generate --scale N --seed S -o DIR`: a seeded synthetic city (``SyntheticCity``).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: L("写出一个按种子生成的虚拟城市网络（nodes.csv、ties.csv、network.json），用来在城市规模上试用 Guanxi。",
                    "Write a seeded synthetic city network (nodes.csv, ties.csv, network.json) to try Guanxi at a city's size."),
        discussion: L("""
            包括总站、社工站、居委会里的社工室、街道办、承接方、群团组织、企业、高校、社会组织、志愿队、慈善基金和带需求与人数的\
            服务对象，信任各不相同，有一些互助、少数单向的伙伴对和一些闲置的资源方。规模 1、10、100、1000 约为 1 千、1 万、\
            10 万、100 万条关系（每 1000 条关系约 600 个节点）。同样的规模和种子总是得到同样的文件。
            """, """
            Head stations, stations, offices in committees, street offices, agencies, federations, \
            businesses, universities, social organisations, volunteer teams, charity funds and clients \
            with needs and sizes, with varied trust, some mutual aid, a few one-sided pairs and some idle \
            resource holders. Scale 1, 10, 100, 1000 give about 1k, 10k, 100k, 1M ties (about 600 nodes \
            per 1,000 ties). The same scale and seed always give the same bytes.
            """))

    @Option(help: H("规模：每个单位约 1000 条关系（1、10、100、1000 ……）。", "Size: about 1,000 ties per unit (1, 10, 100, 1000 …)."))
    var scale = 1

    @Option(help: H("随机种子：同一种子得到同一个城市。", "Random seed: the same seed gives the same city."))
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")], help: H("写入的文件夹（不存在则创建；同名文件会被替换）。",
                                                           "The folder to write into (created if missing; files replaced)."))
    var output: String

    @OptionGroup var options: LanguageOption

    func validate() throws {
        guard scale >= 1, scale <= 100_000 else { throw ValidationError(L("--scale 应在 1 与 100000 之间", "--scale must be between 1 and 100000")) }
    }

    func run() throws {
        let language = options.language
        let network: TrustNetwork
        do {
            network = try SyntheticCity.generate(scale: scale, seed: seed, language: language)
        } catch {
            StandardError.write("guanxi: error: " + language.pick("生成器生成了无效的网络（\(error)），请报告此问题\n",
                                                                 "the generator made an invalid network (\(error)); please report it\n"))
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
