import StrategyKit

extension StrategyReport {
    /// How every number was computed, with the weights used, and where the platform data comes from.
    func methodSection(_ t: Localizer) -> ReportSection {
        let w = rankingSettings.weights
        let d = decisionMatrix.weights
        let rules = [
            t("**SMART:** S = die KPI misst laut Katalog den Nutzen des Ziels; M = Ausgangs- und Zielwert gesetzt und verschieden; A = verantwortliche Person genannt; R = Machbarkeit „machbar“ oder „ambitioniert“; T = Frist nach dem Start.",
              "**SMART:** S = the catalogue lists the KPI for the goal's benefit; M = baseline and target set and different; A = an owner is named; R = feasibility “feasible” or “ambitious”; T = deadline after the start."),
            t("**Machbarkeit:** nötiges Tempo = (Ziel − Ausgang) / Wochen; verglichen mit dem bisherigen Tempo aus der KPI-Historie bis zum Start: Faktor ≤ 1 machbar, ≤ 2 ambitioniert, darüber unrealistisch. Mehr geplante Stunden als das Team hat ist unrealistisch. Es gilt das schlechteste Urteil.",
              "**Feasibility:** needed pace = (target − baseline) / weeks, compared with the pace in the KPI history up to the start: ratio ≤ 1 feasible, ≤ 2 ambitious, above that unrealistic. Planning more hours than the team has is unrealistic. The worst verdict counts."),
            t("**Plattform-Passung:** gewichtetes Mittel aus Reichweite in den Zielgruppen (Gewicht \(t.number(w.reach))), Passung zu den Nutzen der Ziele (\(t.number(w.benefit))), B2B/B2C-Passung (\(t.number(w.businessFit))) und Aufwand (\(t.number(w.effort))).",
              "**Platform fit:** weighted mean of target-group reach (weight \(t.number(w.reach))), fit for the goals' benefits (\(t.number(w.benefit))), B2B/B2C fit (\(t.number(w.businessFit))) and effort (\(t.number(w.effort)))."),
            t("**Kanalzahl:** \(t.percent(rankingSettings.overheadShare)) der Stunden bleiben für Strategie, Monitoring und Reporting; Plattformen zählen in Rangfolge, solange ihr typischer Aufwand zusammen in die übrigen Stunden passt; empfohlen werden höchstens \(rankingSettings.maxRecommendedChannels).",
              "**Channel count:** \(t.percent(rankingSettings.overheadShare)) of the hours stay with strategy, monitoring and reporting; platforms count in rank order while their typical effort together fits the remaining hours; at most \(rankingSettings.maxRecommendedChannels) are recommended."),
            t("**Entwürfe (pbsm):** Unternehmensnutzen (Gewicht \(t.number(d.companyBenefit))), Ressourcen (\(t.number(d.resourceFit))), Risiko aus Annahmen, Voraussetzungen und Risiken (\(t.number(d.risk)), invertiert), Wettbewerbsqualität aus Dauerhaftigkeit der Vorteile (\(t.number(d.competitiveQuality))).",
              "**Drafts (pbsm):** company benefit (weight \(t.number(d.companyBenefit))), resource fit (\(t.number(d.resourceFit))), risk from assumptions, prerequisites and risks (\(t.number(d.risk)), inverted), competitive quality from the durability of advantages (\(t.number(d.competitiveQuality)))."),
            t("**Annahmen:** markiert, wenn der letzte Messwert der überwachten KPI die Schwelle (oder ohne Schwelle den ersten Messwert) in der kritischen Richtung überschreitet.",
              "**Assumptions:** flagged when the latest value of the monitored KPI passes the threshold (or, without one, the first value) in the falsifying direction."),
        ]
        var blocks: [ReportBlock] = [.bullets(rules)]
        blocks.append(.heading(t("Quellen der Plattformdaten", "Sources of the platform data")))
        var table = ReportTable(headers: [t("Plattform", "Platform"), t("Quelle", "Source"), t("Gelesen am", "Read on")])
        for platform in platformSources {
            if platform.sources.isEmpty {
                table.append([platform.name, t("keine Quelle angegeben", "no source given"), "–"], style: .bad)
            }
            for source in platform.sources {
                let label = source.title.map { "\($0): \(source.url)" } ?? source.url
                table.append([platform.name, label, source.read?.description ?? "–"])
            }
        }
        blocks.append(.table(table))
        // Notes shared by several platforms (e.g. "effort is an estimate") appear once, with all their names.
        var noteOrder: [String] = []
        var notePlatforms: [String: [String]] = [:]
        for platform in platformSources {
            for note in platform.notes.map({ t($0) }) {
                if notePlatforms[note] == nil { noteOrder.append(note) }
                notePlatforms[note, default: []].append(platform.name)
            }
        }
        if !noteOrder.isEmpty {
            blocks.append(.bullets(noteOrder.map { "\(t.list(notePlatforms[$0]!)): \($0)" }))
        }
        if !inputs.warnings.isEmpty {
            blocks.append(.heading(t("Warnungen beim Laden", "Load warnings")))
            blocks.append(.bullets(inputs.warnings))
        }
        blocks.append(.note(t(disclaimer)))
        return ReportSection(id: "method", title: t("Methode und Quellen", "Method and sources"), blocks: blocks)
    }
}
