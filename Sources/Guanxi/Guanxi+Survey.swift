extension Guanxi {
    /// Trust and value measured by a partner survey (PARTNER's six questions): reads the
    /// answers (CSV in any encoding Guanxi reads, or `.xlsx`) and checks and computes them
    /// against `network` (``PartnerSurvey``). Apply the result with
    /// ``PartnerSurvey/applied(to:)`` to get the network with the measured trust.
    ///
    /// ```swift
    /// let network = try Guanxi.load("Datasets/ximarket").network
    /// let outcome = try Guanxi.survey("Datasets/ximarket-survey.csv", network: network)
    /// try Guanxi.write(outcome.survey.applied(to: network), to: "surveyed")
    /// ```
    /// - Parameter scale: answers run from 1 to `scale` (4 in PARTNER, 5 for 1–5 forms); by
    ///   default the scale the item headers state (`可靠（1–5）`, as the form writes them), else 4.
    public static func survey(_ path: String, network: TrustNetwork, scale: Int? = nil) throws(PartnerSurvey.Failure) -> PartnerSurvey.Outcome {
        let table = SurveyReader.read(path: path)
        return try PartnerSurvey.compute(table, network: network, scale: scale ?? table.statedScale ?? 4)
    }

    /// Writes the survey form for `network` into the folder `path` (created if missing):
    /// `survey.xlsx` with drop-down lists, or `survey.csv` and a guide. Existing files are
    /// kept unless `overwrite`.
    public static func writeSurveyForm(for network: TrustNetwork, to path: String, format: SurveyWorkbook.Format = .xlsx,
                                       scale: Int = 4, language: Language = .zh, overwrite: Bool = false) throws(WriteError) {
        try NetworkWriter.place(SurveyWorkbook.files(for: network, format: format, scale: scale, language: language),
                                at: path, isFolder: true, overwrite: overwrite)
    }
}
