import Foundation
import TestSupport
@testable import Analysis
import Formats
import Phrasing
import Testing
import TrustModel

/// Facts apart from prose: `Analysis` holds no Chinese text, every kind is phrased in both
/// languages in one place, the JSON keeps its shape with the facts added, and anonymized
/// output never prints the exact size of a small group.
@Suite struct PhrasingTests {
    @Test func analysisHoldsNoChineseText() throws {
        let root = repositoryRoot + "/Sources/Analysis"
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            let chinese = text.unicodeScalars.contains { (0x4E00 ... 0x9FFF).contains($0.value) }
            #expect(!chinese, "Chinese text in Sources/Analysis/\(file)")
        }
    }

    @Test func everyKindIsPhrasedInBothLanguages() throws {
        // Between them the demo and the township cover every kind.
        var seen = Set<FindingKind>()
        for net in [try DemoGapsTests.demo(), try fixture("township"), try fixture("street")] {
            let analysis = try GapAnalysis.analyse(net)
            let zh = FindingPhrasing(NodeNames(net, language: .zh, anonymize: false))
            let en = FindingPhrasing(NodeNames(net, language: .en, anonymize: false))
            for finding in analysis.findings {
                seen.insert(finding.kind)
                let z = zh.sentences(finding), e = en.sentences(finding)
                for text in [z.explanation, z.action, e.explanation, e.action, zh.headline(finding), en.headline(finding)] {
                    #expect(!text.isEmpty && !text.contains(" nan") && !text.contains("NaN") && !text.contains("Optional("), "\(finding.kind): \(text)")
                }
                // The English words around the names are English; the Chinese ones Chinese.
                #expect(!e.action.contains("。") && !e.explanation.contains("，"), "\(e.explanation)")
                #expect(z.explanation.hasSuffix("。") || z.explanation.hasSuffix("）"), "\(z.explanation)")
            }
        }
        #expect(seen == Set(FindingKind.allCases), "unseen: \(Set(FindingKind.allCases).subtracting(seen))")
    }

    @Test func jsonKeepsItsShapeWithTheFactsAdded() throws {
        let net = try fixture("street")
        let analysis = try GapAnalysis.analyse(net)
        let bytes = GapsWriter.json(analysis, of: net, names: NodeNames(net, language: .en, anonymize: false))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["summary"] is [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == analysis.findings.count)
        for (finding, row) in zip(analysis.findings, findings) {
            #expect(row["kind"] as? String == finding.kind.keyword)
            #expect(row["severity"] as? String == finding.severity.rawValue)
            #expect(row["score"] is Double || row["score"] is Int)
            #expect((row["nodes"] as? [String]) == finding.nodes.map { net[$0].id })
            for key in ["explanation", "action"] {
                let text = try #require(row[key] as? [String: String])
                #expect(Set(text.keys) == ["zh", "en"] && !(text["zh"] ?? "").isEmpty && !(text["en"] ?? "").isEmpty)
            }
            #expect(row["facts"] is [String: Any])
            #expect(row["key"] as? String == finding.key(in: net).description)
        }
        // The facts as typed: the one-sided pair's relation and both trusts.
        let oneSided = try #require(findings.first { $0["kind"] as? String == "one-sided-trust" }?["facts"] as? [String: Any])
        let comparison = try #require((oneSided["comparisons"] as? [[String: Any]])?.first)
        #expect(comparison["relation"] as? String == "support" && comparison["trust"] as? Double == 1 && comparison["trustBack"] as? Double == 0.4)
    }

    @Test func theSameNetworkGivesTheSameBytes() throws {
        let net = try fixture("street")
        let names = NodeNames(net, language: .zh, anonymize: true)
        let runs = try (0 ..< 2).map { _ in
            let analysis = try GapAnalysis.analyse(net)
            return (GapsWriter.json(analysis, of: net, names: names), GapsWriter.text(analysis, of: net, language: .zh, names: names),
                    ResultTables.gaps(analysis, of: net, names: names, language: .zh).csv())
        }
        #expect(runs[0].0 == runs[1].0 && runs[0].1 == runs[1].1 && runs[0].2 == runs[1].2)
    }

    @Test func keysTellFindingsApartForMatchingAcrossQuarters() throws {
        for net in [try DemoGapsTests.demo(), try fixture("street"), try fixture("township")] {
            let keys = try GapAnalysis.analyse(net).findings.map { $0.key(in: net) }
            #expect(Set(keys).count == keys.count, "\(keys)")
        }
    }

    @Test func anonymizedFindingsNeverPrintTheSizeOfASmallGroup() throws {
        let net = try DemoGapsTests.demo()
        let analysis = try GapAnalysis.analyse(net)
        var checked = 0
        for language in Language.allCases {
            let names = NodeNames(net, language: language, anonymize: true)
            let phrasing = FindingPhrasing(names)
            let text = GapsWriter.text(analysis, of: net, language: language, names: names)
            let csv = String(decoding: ResultTables.gaps(analysis, of: net, names: names, language: language).csv(), as: UTF8.self)
            let json = String(decoding: GapsWriter.json(analysis, of: net, names: names), as: UTF8.self)
            for finding in analysis.findings {
                let sentences = phrasing.sentences(finding)
                // A small group's size is never next to its pseudonym, in any output.
                for client in finding.nodes where net[client].kind == .client && net[client].size < names.k {
                    let exact = language.pick("\(names.pseudonym(client))（\(net[client].size) 人", "\(names.pseudonym(client)) (\(net[client].size) people")
                    for output in [sentences.explanation, sentences.action, text, csv] {
                        #expect(!output.contains(exact), "\(exact)")
                    }
                    checked += 1
                }
            }
            // The generalised size is printed instead, and no client name leaks.
            #expect(text.contains(language.pick("<10 人", "<10 people")))
            #expect(!net.nodes.contains { $0.kind == .client && (text.contains($0.name) || csv.contains($0.name) || json.contains($0.name)) })
            // The JSON facts give small head counts as "<10" too.
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let facts = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["facts"] as? [String: Any] }
            let people = facts.compactMap { $0["people"] }
            #expect(people.contains { $0 as? String == "<10" })
            #expect(!people.contains { ($0 as? Int).map { $0 > 0 && $0 < 10 } ?? false })
        }
        #expect(checked > 0)
        // Without anonymizing, sizes are exact.
        let plain = GapsWriter.text(analysis, of: net, language: .zh, names: NodeNames(net, language: .zh, anonymize: false))
        #expect(plain.contains("（5 人，西岭社区居委会）") && !plain.contains("<10"))
    }

    @Test func kSetsTheSizeBelowWhichGroupsAreGeneralised() throws {
        let net = try DemoGapsTests.demo()
        let analysis = try GapAnalysis.analyse(net, options: .init(only: [.mutualAid]))
        let text = GapsWriter.text(analysis, of: net, language: .zh, names: NodeNames(net, language: .zh, anonymize: true, k: 15))
        // K10 (16 people) stays exact, K11 (7) and K12 (13) are under 15.
        #expect(text.contains("（16 人）") && text.contains("（<15 人）") && !text.contains("（13 人）"))
    }
}

/// A need whose holder the station reaches on a trusted route is unmet only because no
/// station or office serves the client: the text says so, never "only 0.80, below 0.50".
@Suite struct UnservedClientNeedPhrasingTests {
    @Test func aTrustedRouteIsNotCalledTooWeak() throws {
        // Volunteers serve K1, but no station or office serves it; the station reaches the
        // education holder at 0.8.
        let net = try network("""
            id,name,kind,area,resources,needs,size
            ST,青山站,station,,,,
            C1,河口社区居委会,committee,,,,
            ED,成长中心,social-org,,education,,
            VT,志愿队,volunteer,,companionship,,
            K1,困境儿童,client,C1,,education,14
            """, """
            source,target,relation,trust
            ST,ED,cooperation,0.8
            ST,C1,cooperation,0.8
            VT,K1,service,0.9
            VT,ST,volunteering,0.7
            """)
        let unmet = try findings(.unmetNeed, in: net)
        let finding = try #require(unmet.first)
        let need = try #require(finding.unmet?.needs.first)
        #expect(need.tag == Tag(.education) && need.nearest.trust >= 0.8 - 1e-9)
        for language in Language.allCases {
            let text = FindingPhrasing(NodeNames(net, language: language, anonymize: false)).sentences(finding)
            #expect(!text.explanation.contains("低于") && !text.explanation.contains("below"), "\(text.explanation)")
        }
        let zh = FindingPhrasing(NodeNames(net, language: .zh, anonymize: false)).sentences(finding)
        #expect(zh.explanation.contains("成长中心能提供，青山站也联系得到（路线信任 0.80）。没有社工站或社工室为其服务。"))
        #expect(zh.action.contains("由青山站为困境儿童接案服务"))
    }
}
