import StrategyKit

extension StrategyReport {
    /// The drafts as the selected draft scorer scored them, when that is not pbsm (whose
    /// evaluation is the decision matrix): each score with its terms, and which scorer it was.
    func draftScoreSection(_ t: Localizer) -> ReportSection? {
        guard !draftScores.isEmpty, let scorer = scorers.last else { return nil }
        var blocks: [ReportBlock] = [.paragraph(
            t("Bewertet mit ", "Scored with ") + scorerName(scorer, t) + ": " + t(scorer.summary)
                + t(". Die pbsm-Bewertung und die Entscheidungsmatrix oben bleiben davon unberührt.",
                    ". The pbsm evaluation and the decision matrix above are not affected."))]
        var table = ReportTable(headers: [t("Entwurf", "Draft"), t("Punkte", "Score")], alignments: [.left, .right])
        for entry in draftScores.sorted(by: { $0.score.value > $1.score.value }) {
            table.append([t(entry.draftName), t.number(entry.score.value)])
        }
        blocks.append(.table(table))
        for entry in draftScores where !entry.score.terms.isEmpty {
            blocks.append(.paragraph("**\(t(entry.draftName)): \(t.number(entry.score.value))**"))
            blocks.append(.bullets(entry.score.terms.map {
                "\(t($0.label)) \(t.number($0.value)) × \(t.number($0.weight))" + (t($0.reason).isEmpty ? "" : ": \(t($0.reason))")
            }))
        }
        return ReportSection(id: "draft-scores", title: t("Entwürfe nach \(scorer.id)", "Drafts by \(scorer.id)"),
                             blocks: blocks)
    }
}
