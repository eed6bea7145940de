import StrategyKit

extension StrategyReport {
    /// The drafts side by side: what each proposes, and the decision matrix with its reasons.
    func draftsSection(_ t: Localizer) -> ReportSection {
        let title = t("Strategieentwürfe im Vergleich", "Strategy drafts compared")
        guard !drafts.isEmpty else {
            return ReportSection(id: "drafts", title: title, blocks: [.paragraph(t(
                "Keine Entwürfe erfasst. pbsm empfiehlt mehrere Entwürfe, weil der Vergleich den besten leichter erkennbar macht.",
                "No drafts recorded. pbsm recommends several drafts because comparing them makes the best one easier to see."))])
        }
        var blocks: [ReportBlock] = []
        for (draft, evaluation) in zip(drafts, evaluations) {
            blocks.append(.heading(t(draft.name)))
            if let summary = draft.summary { blocks.append(.paragraph(t(summary))) }
            var items: [String] = []
            let channels = draft.components.channels.map { channel in
                "\(channel.priority). \(platformName(channel.platform))" + (channel.purpose.map { " (\(t($0)))" } ?? "")
            }
            if !channels.isEmpty { items.append(t("**Kanäle:** ", "**Channels:** ") + channels.joined(separator: ", ")) }
            let parts: [(String, String, [LocalizedText])] = [
                ("Themen", "Topics", draft.components.topics),
                ("Nutzen für Nutzer", "User benefit", draft.components.userBenefits),
                ("Formate", "Formats", draft.components.formats),
                ("Beteiligung", "Participation", draft.components.participation),
                ("Motivation", "Motivation", draft.components.motivation),
            ]
            for (de, en, values) in parts where !values.isEmpty {
                items.append("**\(t(de, en)):** " + values.map { t($0) }.joined(separator: "; "))
            }
            items.append(t("**Stunden:** benötigt \(t.hours(evaluation.hoursNeeded)), verfügbar \(t.hours(evaluation.hoursAvailable)).",
                           "**Hours:** needs \(t.hours(evaluation.hoursNeeded)), \(t.hours(evaluation.hoursAvailable)) available."))
            if evaluation.budgetNeeded > 0 {
                items.append(t("**Budget:** benötigt \(t.euros(evaluation.budgetNeeded))/Monat, verfügbar \(t.euros(evaluation.budgetAvailable)).",
                               "**Budget:** needs \(t.euros(evaluation.budgetNeeded))/month, \(t.euros(evaluation.budgetAvailable)) available."))
            }
            blocks.append(.bullets(items))
        }

        let matrix = decisionMatrix
        blocks.append(.heading(t("Entscheidungsmatrix", "Decision matrix")))
        let names = matrix.columns.map { draftName($0, t) }
        var table = ReportTable(headers: [t("Kriterium", "Criterion"), t("Gewicht", "Weight")] + names,
                                alignments: [.left, .right] + names.map { _ in .right })
        for row in matrix.rows {
            table.append([t(row.criterion.name), t.number(row.weight)]
                         + row.cells.map { "\(t.number($0.value)) (\(t.number($0.weighted)))" })
        }
        let totals = matrix.columns.map { id in matrix.ranking.first { $0.draftID == id }?.total ?? 0 }
        table.append([t("Gesamt", "Total"), t.number(matrix.rows.reduce(0) { $0 + $1.weight })] + totals.map { t.number($0) },
                     style: .total)
        table.append([t("Rang", "Rank"), ""] + matrix.columns.map { id in
            matrix.ranking.first { $0.draftID == id }.map { String($0.rank) } ?? "–"
        })
        blocks.append(.table(table))
        blocks.append(.paragraph(t(
            "Zellen: Wert 0–1 (gewichtet). Risiko geht als 1 − Risiko ein, damit höher überall besser heißt. Gesamt = Σ gewichtete Werte / Σ Gewichte.",
            "Cells: value 0–1 (weighted). Risk enters as 1 − risk so that higher is better throughout. Total = Σ weighted values / Σ weights.")))
        if let winner = matrix.winner {
            var text = t("**Die Matrix bevorzugt „\(t(winner.name))“** mit \(t.number(winner.total))",
                         "**The matrix favours “\(t(winner.name))”** with \(t.number(winner.total))")
            if let second = matrix.ranking.dropFirst().first {
                text += second.rank == winner.rank
                    ? t(", gleichauf mit „\(t(second.name))“", ", level with “\(t(second.name))”")
                    : t(" vor „\(t(second.name))“ mit \(t.number(second.total))", " ahead of “\(t(second.name))” with \(t.number(second.total))")
            }
            text += t(". Nach pbsm entscheidet die Geschäftsführung; die Matrix zeigt, worauf es dabei ankommt.",
                      ". Under pbsm, management decides; the matrix shows what the decision turns on.")
            blocks.append(.paragraph(text))
        }
        blocks.append(.chart(.groupedBars(GroupedBarChart(
            title: t("Entwürfe je Kriterium (0–1, höher ist besser)", "Drafts per criterion (0–1, higher is better)"),
            categories: matrix.rows.map { t($0.criterion.name) },
            series: matrix.columns.enumerated().map { index, id in
                GroupedBarChart.Series(name: draftName(id, t), values: matrix.rows.map { $0.cells[index].value })
            },
            maximum: 1, language: t.language))))
        blocks.append(.heading(t("Begründung je Kriterium", "Reasons per criterion")))
        for row in matrix.rows {
            var items: [String] = []
            for cell in row.cells {
                items.append("**\(draftName(cell.draftID, t)) (\(t.number(cell.value))):** "
                             + cell.reasons.map { t($0) }.joined(separator: " "))
            }
            blocks.append(.paragraph("**\(t(row.criterion.name))**"))
            blocks.append(.bullets(items))
        }
        return ReportSection(id: "drafts", title: title, blocks: blocks)
    }

    /// Assumptions and prerequisites, with the ones whose indicator moved against them flagged.
    func assumptionsSection(_ t: Localizer) -> ReportSection {
        let title = t("Annahmen und Voraussetzungen", "Assumptions and prerequisites")
        guard !assumptionChecks.isEmpty else {
            return ReportSection(id: "assumptions", title: title, blocks: [.paragraph(t(
                "Keine Annahmen dokumentiert. pbsm verlangt, Annahmen und Voraussetzungen zu nennen und zu überwachen.",
                "No assumptions documented. pbsm asks to name and monitor assumptions and prerequisites."))])
        }
        var table = ReportTable(headers: [t("Entwurf", "Draft"), t("Annahme", "Assumption"), t("Art", "Kind"),
                                          t("Sicherheit", "Certainty"), t("Überwacht durch", "Monitored by"),
                                          t("Status", "Status")],
                                alignments: [.left, .left, .left, .right, .left, .left])
        var flagged: [String] = []
        for check in assumptionChecks {
            let assumption = drafts.first { $0.id == check.draftID }?.assumptions.first { $0.id == check.assumptionID }
            let kind = assumption?.kind == .prerequisite ? t("Voraussetzung", "prerequisite") : t("Annahme", "assumption")
            let monitor = assumption?.monitor.map { kpiName($0.kpi, platform: $0.platform, t) } ?? "–"
            let status = switch check.status {
            case .holding: t("hält", "holding")
            case .flagged: t("PRÜFEN", "REVIEW")
            case .noData: t("keine Daten", "no data")
            }
            table.append([draftName(check.draftID, t), assumptionText(check, t), kind,
                          assumption.map { t.number($0.certainty) } ?? "–", monitor, status],
                         style: check.status == .flagged ? .bad : check.status == .holding ? .good : .normal)
            if check.status == .flagged {
                flagged.append("**\(assumptionText(check, t))** (\(draftName(check.draftID, t))): \(t(check.reason))")
            }
        }
        var blocks: [ReportBlock] = [.table(table)]
        if !flagged.isEmpty {
            blocks.append(.heading(t("Markierte Annahmen", "Flagged assumptions")))
            blocks.append(.bullets(flagged))
        }
        let unmonitored = assumptionChecks.filter { $0.status == .noData }.count
        if unmonitored > 0 {
            blocks.append(.note(t(
                "\(unmonitored) Annahme(n) ohne auswertbare Messung. Eine KPI mit Richtung (und ggf. Schwelle) als Beobachtungspunkt eintragen, damit falsche Annahmen früh auffallen.",
                "\(unmonitored) assumption(s) without usable measurements. Add a KPI with a direction (and a threshold if useful) as a monitor, so wrong assumptions show early.")))
        }
        return ReportSection(id: "assumptions", title: title, blocks: blocks)
    }
}
