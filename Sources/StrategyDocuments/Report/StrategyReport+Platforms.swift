import StrategyKit

extension StrategyReport {
    /// The platform ranking, the channel count the hours carry, and every score's terms.
    func platformSection(_ t: Localizer) -> ReportSection {
        let ranking = platformRanking
        var blocks: [ReportBlock] = [.paragraph(ranking.reasons.map { t($0) }.joined(separator: " "))]
        if let scorer = scorers.first {
            blocks.append(.paragraph(t("Bewertet mit ", "Scored with ") + scorerName(scorer, t) + ": " + t(scorer.summary) + "."))
        }
        let termLabels = termOrder(t)
        var table = ReportTable(
            headers: ["#", t("Plattform", "Platform"), t("Punkte", "Score")] + termLabels
                + [t("Aufwand Std./W.", "Effort h/wk"), t("kumuliert", "cumulative"), t("Empfehlung", "Recommended")],
            alignments: [.right, .left, .right] + termLabels.map { _ in .right } + [.right, .right, .left])
        for entry in ranking.entries {
            let values = termLabels.map { label in
                entry.score.terms.first { t($0.label) == label }.map { t.number($0.value) } ?? "–"
            }
            let verdict = entry.recommended ? t("ja", "yes")
                : entry.withinCapacity ? t("nein: Höchstzahl", "no: maximum") : t("nein: Stunden", "no: hours")
            table.append([String(entry.rank), entry.platformName, t.number(entry.score.value)] + values
                         + [t.number(entry.effortHoursPerWeek), t.number(entry.cumulativeEffort), verdict],
                         style: entry.recommended ? .good : .normal)
        }
        blocks.append(.table(table))
        blocks.append(.paragraph(t(
            "„nein: Stunden“ = der kumulierte Aufwand übersteigt die Stunden für Kanäle; „nein: Höchstzahl“ = die Stunden tragen den Kanal, aber es werden höchstens \(rankingSettings.maxRecommendedChannels) empfohlen.",
            "“no: hours” = the cumulative effort exceeds the hours for channels; “no: maximum” = the hours carry the channel, but at most \(rankingSettings.maxRecommendedChannels) are recommended.")))
        blocks.append(.chart(.bars(BarChart(
            title: t("Passung je Plattform (0–1)", "Fit per platform (0–1)"),
            bars: ranking.entries.map {
                BarChart.Bar(label: "\($0.rank). \($0.platformName)", value: $0.score.value, highlighted: $0.recommended)
            },
            maximum: 1,
            legend: [t("blau: empfohlen, grau: nicht empfohlen", "blue: recommended, grey: not recommended")],
            language: t.language))))
        blocks.append(.chart(.matrix(ScoreMatrixChart(
            title: t("Terme der Bewertung (0–1)", "Score terms (0–1)"),
            rows: ranking.entries.map(\.platformName), columns: termLabels,
            values: ranking.entries.map { entry in
                termLabels.map { label in entry.score.terms.first { t($0.label) == label }?.value }
            },
            language: t.language))))
        let active = organization.presences.filter { $0.status == .active && !ranking.recommended.contains($0.platform) }
        if !active.isEmpty {
            blocks.append(.note(t("Heute aktiv, aber nicht empfohlen: ", "Active today but not recommended: ")
                + active.map { "\(platformName($0.platform)) (\(t("Rang", "rank")) \(ranking.entry($0.platform)?.rank ?? 0))" }
                    .joined(separator: ", ")
                + t(". Ein aktiver Kanal kostet Stunden, die den empfohlenen fehlen.",
                    ". An active channel costs hours the recommended ones then lack.")))
        }
        blocks.append(.heading(t("So entstehen die Punkte", "How the scores are made")))
        blocks.append(.paragraph(t(
            "Punkte = Σ (Wert × Gewicht) / Σ Gewichte über die Terme, die gelten. Jede Zeile zeigt die Rechnung und woher jeder Wert kommt.",
            "Score = Σ (value × weight) / Σ weights over the terms that apply. Each line shows the sum and where each value comes from.")))
        for entry in ranking.entries {
            let sum = entry.score.terms.map { "\(t.number($0.value)) × \(t.number($0.weight))" }.joined(separator: " + ")
            let weights = t.number(entry.score.terms.reduce(0) { $0 + $1.weight })
            blocks.append(.paragraph("**\(entry.rank). \(entry.platformName): \(t.number(entry.score.value))** = (\(sum)) / \(weights)"))
            blocks.append(.bullets(entry.score.terms.map { "\(t($0.label)) \(t.number($0.value)): \(t($0.reason))" }))
        }
        return ReportSection(id: "platforms", title: t("Plattformen und Kanalzahl", "Platforms and channel count"),
                             blocks: blocks)
    }

    /// Term labels in the order the scorer computes them, as they occur in the ranking.
    private func termOrder(_ t: Localizer) -> [String] {
        var labels: [String] = []
        for entry in platformRanking.entries {
            for term in entry.score.terms where !labels.contains(t(term.label)) { labels.append(t(term.label)) }
        }
        return labels
    }
}
