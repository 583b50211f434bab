import Foundation
import Guanxi
import Testing

/// Partner surveys of the 东湖街道 network in Q3, with every expectation worked by hand
/// (written as fractions below, so the arithmetic can be checked by eye).
@Suite struct SurveyTests {
    /// The GB18030 CSV with Chinese headers, 1–4:
    ///
    /// - ST → SO, three raters. 甲: trust (2 + 3) / 2 = 2.5 (openness blank), value
    ///   (4 + 4 + 3) / 3 = 11/3; 乙: trust 10/3, value (2 + 2) / 2 = 2; 丙 (ST written by its
    ///   name): trust 1, value 3. Trust (2.5 + 10/3 + 1) / 3 = 41/18 → (41/18 − 1) / 3 =
    ///   23/54; value (11/3 + 2 + 3) / 3 = 26/9 → 17/27.
    /// - SO → ST, two unnamed raters: trust 4 → 1 and 3.5 → 5/6, mean 11/12; value only from
    ///   the first, 3 → 2/3.
    /// - C1 → O1 (by names), rater 王 on two rows, pooled: trust 3 → 2/3; value
    ///   (2 + 2 + 2 + 4) / 4 = 2.5 → 1/2.
    /// - ST → V1: trust 10/3 → 7/9, no value; no tie from ST to V1 (a warning).
    /// - O2 → ST: a row left blank, skipped.
    ///
    /// Network trust (23/54 + 11/12 + 2/3 + 7/9) / 4 = 301/432; value (17/27 + 2/3 + 1/2) / 3
    /// = 97/162. Respondents ST, SO, C1 of the ten organisations: 30%.
    @Test func chineseCSVInGB18030OnAFourPointScale() throws {
        let q3 = try network("donghu-q3.json")
        let outcome = try Guanxi.survey(fixture("survey-q3-gb18030.csv"), network: q3)
        let survey = outcome.survey
        let pairs = survey.pairs.map { "\(q3[$0.respondent].id)→\(q3[$0.partner].id)" }
        #expect(pairs == ["ST→SO", "SO→ST", "C1→O1", "ST→V1"])
        let expected: [(trust: Double?, value: Double?, raters: Int, tied: Bool)] = [
            (23.0 / 54, 17.0 / 27, 3, true), (11.0 / 12, 2.0 / 3, 2, true), (2.0 / 3, 0.5, 1, true), (7.0 / 9, nil, 1, false),
        ]
        for (pair, want) in zip(survey.pairs, expected) {
            #expect(close(pair.trust, want.trust) && close(pair.value, want.value), "\(pair)")
            #expect(pair.raters == want.raters && pair.tied == want.tied)
        }
        #expect(close(survey.networkTrust, 301.0 / 432))
        #expect(close(survey.networkValue, 97.0 / 162))
        #expect(survey.respondents == 3 && survey.organisations == 10)
        #expect(abs(survey.responseRate - 0.3) < 1e-12)
        let warnings = outcome.warnings.map { $0.formatted(.en) }
        #expect(warnings == [
            "\(fixture("survey-q3-gb18030.csv")):8:7: warning: rater \"王\" already rated this pair on line 7; the answers are pooled",
            "\(fixture("survey-q3-gb18030.csv")):9:1: warning: the network has no tie from \"ST\" to \"V1\"; the rating is not written (no tie is invented)",
        ])
    }

    /// The workbook with English headers (PARTNER's own wording) under a merged title row, on
    /// a 1–5 scale:
    ///
    /// - ST → C2: Li trust (5 + 4 + 4) / 3 = 13/3, value (3 + 3) / 2 = 3; Wang (names, not
    ///   ids) trust (3 + 5) / 2 = 4, value (2 + 4) / 2 = 3. Trust (13/3 + 4) / 2 = 25/6 →
    ///   (25/6 − 1) / 4 = 19/24; value 3 → 1/2.
    /// - C2 → O2: trust 4 → 3/4; value 5 → 1.
    /// - U1 → O2: trust (2 + 3) / 2 = 2.5 → 3/8; value (1 + 1 + 2) / 3 = 4/3 → 1/12.
    ///
    /// Network trust (19/24 + 3/4 + 3/8) / 3 = 23/36; value (1/2 + 1 + 1/12) / 3 = 19/36.
    @Test func englishWorkbookOnAFivePointScale() throws {
        let q3 = try network("donghu-q3.json")
        let outcome = try Guanxi.survey(fixture("survey-q3.xlsx"), network: q3, scale: 5)
        let survey = outcome.survey
        #expect(survey.pairs.map { "\(q3[$0.respondent].id)→\(q3[$0.partner].id)" } == ["ST→C2", "C2→O2", "U1→O2"])
        let expected: [(Double, Double, Int)] = [(19.0 / 24, 0.5, 2), (0.75, 1, 1), (3.0 / 8, 1.0 / 12, 1)]
        for (pair, want) in zip(survey.pairs, expected) {
            #expect(close(pair.trust, want.0) && close(pair.value, want.1) && pair.raters == want.2, "\(pair)")
            #expect(pair.tied)
        }
        #expect(close(survey.networkTrust, 23.0 / 36) && close(survey.networkValue, 19.0 / 36))
        #expect(outcome.warnings.isEmpty)
    }

    /// The same workbook read as 1–4 answers: every 5 is an error at its cell.
    @Test func scoresOutsideTheScaleAreErrorsAtTheirCells() throws {
        let q3 = try network("donghu-q3.json")
        #expect {
            try Guanxi.survey(fixture("survey-q3.xlsx"), network: q3)
        } throws: { error in
            guard let failure = error as? PartnerSurvey.Failure else { return false }
            let positions = failure.diagnostics.errors.compactMap { $0.position.map { "\($0.sheet ?? "")!\(SourcePosition.columnLetters($0.column))\($0.line)" } }
            return positions == ["Responses!D3", "Responses!F4", "Responses!G5", "Responses!H5", "Responses!I5"]
                && failure.diagnostics.errors.first?.formatted(.zh).hasSuffix("error: “Reliability”的评分“5”超出 1–4 的范围（5 分制请加 --scale 5）") == true
        }
    }

    @Test func unknownOrganisationsSelfRatingAndBadScoresAreAllReported() throws {
        let q3 = try network("donghu-q3.json")
        let csv = "respondent,partner,rater,reliability,influence\nST,S0,a,3,3\nST,ST,b,2,2\n东湖社工站,SO,c,2,x\n湖滨社区居委会,O1,d,0,4\nHS,东湖街道社工站,e,4,\n"
        let table = SurveyReader.readCSV(Array(csv.utf8), name: "answers.csv")
        #expect {
            try PartnerSurvey.compute(table, network: q3)
        } throws: { error in
            guard let failure = error as? PartnerSurvey.Failure else { return false }
            let lines = failure.diagnostics.map { $0.formatted(.en) }
            return lines == [
                "answers.csv:2:4: error: partner \"S0\" is neither an id nor a name in the network; did you mean \"SO\" (东湖街道办事处), \"ST\" (东湖街道社工站)?",
                "answers.csv:3:4: error: \"ST\" rates itself (respondent equals partner)",
                "answers.csv:4:1: error: respondent \"东湖社工站\" is neither an id nor a name in the network; did you mean \"ST\" (东湖街道社工站)?",
                "answers.csv:4:14: error: the \"influence\" score \"x\" is not a number",
                "answers.csv:5:14: error: the \"reliability\" score \"0\" is outside the scale 1–4 (add --scale 5 for 1–5 answers)",
            ]
        }
        // Messages name the column as the user wrote it, in either language.
        let chinese = SurveyReader.readCSV(Array("受访单位,被评单位,可靠程度,资源贡献\nST,SO,7,\n".utf8), name: "b.csv")
        #expect {
            try PartnerSurvey.compute(chinese, network: q3)
        } throws: { error in
            guard let failure = error as? PartnerSurvey.Failure else { return false }
            return failure.diagnostics.map { $0.formatted(.en) }
                == ["b.csv:2:7: error: the \"可靠程度\" score \"7\" is outside the scale 1–4 (add --scale 5 for 1–5 answers)"]
        }
    }

    @Test func missingColumnsAndNoAnswers() throws {
        let q3 = try network("donghu-q3.json")
        let noPartner = SurveyReader.readCSV(Array("受访单位,可靠\nST,3\n".utf8), name: "a.csv")
        #expect(noPartner.diagnostics.map { $0.formatted(.zh) } == ["a.csv:1:1: error: 问卷表缺少必需的列“被评单位”（或 partner）"])
        let noItems = SurveyReader.readCSV(Array("respondent,partner,remarks\nST,SO,fine\n".utf8), name: "b.csv")
        #expect(noItems.diagnostics.map { $0.formatted(.en) } == [
            "b.csv:1:20: warning: column \"remarks\" is not a survey column; ignored",
            "b.csv:1:1: error: the survey table has no score column: expected at least one of reliability, mission, openness, influence, involvement, resources",
        ])
        let blank = SurveyReader.readCSV(Array("respondent,partner,reliability\nST,SO,\n".utf8), name: "c.csv")
        #expect(throws: PartnerSurvey.Failure.self) { try PartnerSurvey.compute(blank, network: q3) }
    }

    /// The network written with the survey: measured trust on every tie from respondent to
    /// partner, the old trust and raters beside it, the measured value in `value` (the amount
    /// carried before in `value_before`), nothing else touched.
    @Test func appliedNetworkCarriesTheMeasuredTrust() throws {
        let q3 = try network("donghu-q3.json")
        let survey = try Guanxi.survey(fixture("survey-q3-gb18030.csv"), network: q3).survey
        let applied = survey.applied(to: q3)
        #expect(applied.nodes == q3.nodes)
        #expect(applied.tieAttributeNames == ["trust_before", "raters", "value_before"])
        for (before, after) in zip(q3.ties, applied.ties) {
            #expect(before.relation == after.relation && before.frequency == after.frequency)
            switch key(before, q3) {
            case "ST→SO support":
                #expect(abs(after.trust - 23.0 / 54) < 1e-9)
                #expect(after.attributes == ["trust_before": "0.7", "raters": "3"])
                #expect(abs((after.value ?? -1) - 17.0 / 27) < 1e-9)
            case "SO→ST support":
                #expect(abs(after.trust - 11.0 / 12) < 1e-9)
                #expect(after.attributes["trust_before"] == "0.85" && after.attributes["raters"] == "2")
            case "C1→O1 support":
                #expect(abs(after.trust - 2.0 / 3) < 1e-9 && after.value == 0.5)
            default:
                #expect(after.trust == before.trust && after.value == before.value && after.attributes.isEmpty, "\(key(before, q3))")
            }
        }
        // A rated tie that carried an amount keeps it in value_before.
        let withAmount = try q3.replacingTies(q3.ties.map { tie in
            key(tie, q3) != "ST→SO support" ? tie
                : Tie(source: tie.source, target: tie.target, relation: tie.relation, trust: tie.trust, mutual: tie.mutual,
                      frequency: tie.frequency, value: 3000, since: tie.since, attributes: tie.attributes)
        }, tieAttributeNames: q3.tieAttributeNames)
        let rated = try #require(survey.applied(to: withAmount).ties.first { key($0, q3) == "ST→SO support" })
        #expect(rated.attributes["value_before"] == "3000" && abs((rated.value ?? -1) - 17.0 / 27) < 1e-9)
        // Read back from CSV, the trust is the same double.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Guanxi.write(applied, to: folder + "/out")
        let back = try Guanxi.load(folder + "/out").network
        #expect(back.ties.map(\.trust) == applied.ties.map(\.trust))
        #expect(back.ties.map(\.attributes) == applied.ties.map(\.attributes))
    }

    /// Every tie from the respondent to the partner takes the trust, whatever its relation.
    @Test func everyRelationFromRespondentToPartnerIsRated() throws {
        let nodes: [(String, NodeKind)] = [("AG", .agency), ("ST", .station)]
        let net = try network(nodes: nodes, ties: [("AG", "ST", .management, 0.85), ("AG", "ST", .supervision, 0.8),
                                                   ("ST", "AG", .cooperation, 0.6)])
        let table = SurveyReader.readCSV(Array("respondent,partner,reliability,mission,openness\nAG,ST,4,4,3\n".utf8))
        let applied = try PartnerSurvey.compute(table, network: net).survey.applied(to: net)
        // (4 + 4 + 3) / 3 = 11/3 → (11/3 − 1) / 3 = 8/9 on both AG → ST ties; ST → AG untouched.
        let expected: [Double] = [8.0 / 9, 8.0 / 9, 0.6]
        #expect(zip(applied.ties, expected).allSatisfy { abs($0.trust - $1) < 1e-9 })
        let before: [String?] = applied.ties.map { $0.attributes["trust_before"] }
        #expect(before == ["0.85", "0.8", nil])
    }

    @Test func theSurveyFormListsThePartnersAndReadsBack() throws {
        let q3 = try network("donghu-q3.json")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Guanxi.writeSurveyForm(for: q3, to: folder, scale: 5, language: .zh)
        let blankForm = SurveyReader.read(path: folder + "/survey.xlsx")
        #expect(blankForm.diagnostics.isEmpty)
        #expect(blankForm.source.sheet == "答卷")
        #expect(blankForm.items == SurveyItem.allCases)
        // One row per pair of organisations with a tie from the first to the second (no
        // client): 13 ties between organisations in Q3, none repeated.
        let rows = blankForm.records.map { "\($0.respondent?.text ?? "")→\($0.partner?.text ?? "")" }
        #expect(rows.count == 13)
        #expect(rows.first == "湖城区社会工作总站→东湖街道社工站")
        #expect(!rows.contains { $0.contains("独居老人") })
        // A blank form has no answers yet.
        #expect(throws: PartnerSurvey.Failure.self) { try PartnerSurvey.compute(blankForm, network: q3) }
        try Guanxi.writeSurveyForm(for: q3, to: folder, format: .csv, language: .en)
        let csv = String(decoding: try #require(FileManager.default.contents(atPath: folder + "/survey.csv")), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}respondent,partner,rater,reliability (1–4),mission (1–4),openness (1–4),influence (1–4),involvement (1–4),resources (1–4)\r\n"))
        #expect(throws: WriteError.self) { try Guanxi.writeSurveyForm(for: q3, to: folder, language: .zh) }
    }
}

/// Equal within 1e-9, both absent counting as equal.
func close(_ a: Double?, _ b: Double?) -> Bool {
    switch (a, b) {
    case let (x?, y?): abs(x - y) < 1e-9
    case (nil, nil): true
    default: false
    }
}

/// How answers name organisations: ids, names, the form's `名称（编号）` for a shared name, a
/// unique part of a name (said in a warning), a shared name alone (an error listing them).
@Suite struct SurveyNamingTests {
    let net: TrustNetwork

    init() throws {
        net = try TrustNetwork(
            nodes: [Node(id: "ST", name: "青山街道社工站", kind: .station), Node(id: "C1", name: "红星社区居委会", kind: .committee),
                    Node(id: "C2", name: "红星社区居委会", kind: .committee), Node(id: "CL", name: "青山街道残联", kind: .federation)],
            ties: [Tie(source: 0, target: 1, relation: .cooperation, trust: 0.7), Tie(source: 0, target: 2, relation: .cooperation, trust: 0.6),
                   Tie(source: 0, target: 3, relation: .cooperation, trust: 0.8)])
    }

    @Test func theFormWritesSharedNamesWithTheirIDs() throws {
        let form = SurveyReader.readXLSX(try SurveyWorkbook.files(for: net, language: .zh)[0].bytes)
        #expect(form.records.map { $0.partner?.text } == ["红星社区居委会（C1）", "红星社区居委会（C2）", "青山街道残联"])
    }

    @Test func namesIDsAndFragmentsResolve() throws {
        let csv = "受访单位,被评单位,可靠\n青山街道社工站,红星社区居委会（C2）,3\nST,残联,4\nst,C1,2\n"
        let outcome = try PartnerSurvey.compute(SurveyReader.readCSV(Array(csv.utf8), name: "a.csv"), network: net)
        #expect(outcome.survey.pairs.map { net[$0.partner].id } == ["C2", "CL", "C1"])
        #expect(outcome.warnings.map { $0.formatted(.zh) } == ["a.csv:3:4: warning: 被评单位“残联”按“CL”（青山街道残联）读取"])
    }

    @Test func aSharedNameAloneIsAnError() throws {
        let csv = "respondent,partner,reliability\nST,红星社区居委会,3\n"
        #expect {
            try PartnerSurvey.compute(SurveyReader.readCSV(Array(csv.utf8), name: "a.csv"), network: net)
        } throws: { error in
            (error as? PartnerSurvey.Failure)?.diagnostics.map { $0.formatted(.en) } == [
                "a.csv:2:4: error: partner \"红星社区居委会\" could be several nodes: \"C1\" (红星社区居委会), \"C2\" (红星社区居委会); write the id or more of the name",
            ]
        }
    }

    @Test func theTextReportReadsInBothLanguages() throws {
        let csv = "respondent,partner,rater,reliability,influence\nST,C1,a,4,2\nST,C1,b,3,\nST,CL,,2,4\n"
        let survey = try PartnerSurvey.compute(SurveyReader.readCSV(Array(csv.utf8)), network: net).survey
        let zh = SurveyWriter.text(survey, of: net, language: .zh)
        #expect(zh.hasPrefix("伙伴问卷（1–4 分）：1 个单位作答，共 4 个单位，回收率 25.0%\n全网信任 0.58 · 价值 0.67（2 对评价的平均，0–1）\n"))
        // ST → C1: trust (4 + 3) / 2 = 3.5 → 0.83; value 2 → 0.33.
        #expect(zh.contains("青山街道社工站  红星社区居委会         2  0.83    0.70  0.33"), "\(zh)")
        let en = SurveyWriter.text(survey, of: net, language: .en)
        #expect(en.hasPrefix("Partner survey (scale 1–4): 1 of 4 organisations answered, response rate 25.0%\nNetwork trust 0.58 · value 0.67 (means over 2 rated pairs, 0–1)\n"))
    }
}
