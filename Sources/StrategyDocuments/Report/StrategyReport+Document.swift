public import StrategyKit

extension StrategyReport {
    /// The report as a renderable document in one language.
    public func document(language: Language) -> ReportDocument {
        let t = Localizer(language)
        let model = organization.businessModel
        var facts = [
            ReportDocument.Fact(label: t("Erstellt am", "Generated on"), value: generatedOn.description),
            ReportDocument.Fact(label: t("Stand der Daten", "Data as of"), value: asOf.description),
            ReportDocument.Fact(label: t("Eingaben", "Inputs"), value: inputs.files.joined(separator: ", ")),
        ]
        let platformList = inputs.platforms.joined(separator: ", ")
        facts.append(ReportDocument.Fact(
            label: t("Plattformdaten", "Platform data"),
            value: inputs.platformDirectory.map { "\($0) (\(platformList))" } ?? platformList))
        facts.append(ReportDocument.Fact(label: t("Bewertet mit", "Scored with"),
                                         value: scorers.map { scorerName($0, t) }.joined(separator: "; ")))
        if !inputs.warnings.isEmpty {
            facts.append(ReportDocument.Fact(label: t("Warnungen beim Laden", "Load warnings"),
                                             value: String(inputs.warnings.count)))
        }
        let sections = [summarySection(t), currentStateSection(t), goalsSection(t), progressSection(t),
                        platformSection(t), draftsSection(t)] + (draftScoreSection(t).map { [$0] } ?? []) + [assumptionsSection(t)]
            + extraSections + [methodSection(t)]
        return ReportDocument(
            title: t("Social-Media-Strategie: \(organization.name)", "Social media strategy: \(organization.name)"),
            subtitle: t("Bericht für die Geschäftsführung · \(model.industry) · \(businessTypeName(model.type, t)) · \(model.employees) Beschäftigte",
                        "Report for management · \(model.industry) · \(businessTypeName(model.type, t)) · \(model.employees) employees"),
            language: language, facts: facts, sections: sections,
            footer: [
                t("Erstellt mit smkit am \(generatedOn). Jede Zahl nennt ihre Herkunft; die Rechenregeln stehen im Abschnitt „Methode und Quellen“.",
                  "Generated with smkit on \(generatedOn). Every number names its origin; the rules behind them are in the section “Method and sources”."),
                t(disclaimer),
            ])
    }

    // MARK: Summary

    func summarySection(_ t: Localizer) -> ReportSection {
        var items: [String] = []
        let failing = smart.filter { !$0.passed }
        let passing = smart.count - failing.count
        if goals.isEmpty {
            items.append(t("Keine Ziele erfasst: ohne Ziele lässt sich kein Nutzen messen.",
                           "No goals recorded: without goals no benefit can be measured."))
        } else {
            var text = t("**Ziele:** \(passing) von \(smart.count) erfüllen SMART vollständig.",
                         "**Goals:** \(passing) of \(smart.count) fully meet SMART.")
            if !failing.isEmpty {
                let names = failing.map { "\(goalTitle($0.goalID, t)) (\(letters($0.failedLetters)))" }
                text += " " + t("Nachbessern: ", "To fix: ") + names.joined(separator: "; ") + "."
            }
            items.append(text)
            let unrealistic = smart.filter { $0.feasibility.verdict == .unrealistic }
            if !unrealistic.isEmpty {
                items.append(t("**Nicht realistisch** mit Tempo und Stunden: ", "**Not realistic** with the pace and hours at hand: ")
                             + unrealistic.map { goalTitle($0.goalID, t) }.joined(separator: "; ") + ".")
            }
        }
        let ranking = platformRanking
        let recommended = ranking.recommended.compactMap { ranking.entry($0)?.platformName }
        items.append(t("**Kanäle:** \(t.hours(ranking.hoursAvailable)) verfügbar, davon \(t.hours(ranking.hoursForChannels)) für Kanäle; das trägt \(ranking.channelCapacity) Kanal/Kanäle. Empfohlen: \(recommended.isEmpty ? "keiner" : t.list(recommended)).",
                       "**Channels:** \(t.hours(ranking.hoursAvailable)) available, \(t.hours(ranking.hoursForChannels)) of them for channels; that carries \(ranking.channelCapacity) channel(s). Recommended: \(recommended.isEmpty ? "none" : t.list(recommended))."))
        let neglected = organization.neglectedPresences
        if !neglected.isEmpty {
            items.append(t("**Präsenzen mit Entscheidungsbedarf:** ", "**Presences that need a decision:** ")
                         + neglected.map { "\(platformName($0.platform)) \($0.handle) (\(presenceStatusName($0.status, t)))" }
                            .joined(separator: "; ") + ".")
        }
        if let winner = decisionMatrix.winner {
            var text = t("**Entwürfe:** Die Entscheidungsmatrix bevorzugt „\(t(winner.name))“ (\(t.number(winner.total)))",
                         "**Drafts:** the decision matrix favours “\(t(winner.name))” (\(t.number(winner.total)))")
            if decisionMatrix.ranking.count > 1 {
                let others = decisionMatrix.ranking.dropFirst().map { "„\(t($0.name))“ (\(t.number($0.total)))" }
                text += t(" vor ", " over ") + others.joined(separator: ", ")
                    .replacingQuotes(english: t.language == .en)
            }
            items.append(text + t(". Die Entscheidung trifft die Geschäftsführung.", ". Management takes the decision."))
        }
        let behind = progress.filter { $0.status == .behind || $0.status == .missed }
        let onTrack = progress.filter { $0.status == .onTrack || $0.status == .achieved }
        if !progress.isEmpty {
            var text = t("**Fortschritt:** \(onTrack.count) im Plan oder erreicht, \(behind.count) im Rückstand oder verfehlt",
                         "**Progress:** \(onTrack.count) on track or achieved, \(behind.count) behind or missed")
            if !behind.isEmpty { text += " (" + behind.map { goalTitle($0.goalID, t) }.joined(separator: "; ") + ")" }
            items.append(text + ".")
        }
        let flagged = assumptionChecks.filter { $0.status == .flagged }
        if !flagged.isEmpty {
            items.append(t("**Annahmen prüfen:** ", "**Assumptions to review:** ")
                         + flagged.map { "„\(assumptionText($0, t))“".replacingQuotes(english: t.language == .en) }
                            .joined(separator: "; ") + ".")
        }
        return ReportSection(id: "summary", title: t("Auf einen Blick", "At a glance"), blocks: [.bullets(items)])
    }

    // MARK: Shared helpers

    func goalTitle(_ id: String, _ t: Localizer) -> String {
        guard let goal = goals.first(where: { $0.id == id }) else { return id }
        return goal.title.map { t($0) } ?? id
    }

    func letters(_ letters: [SMARTLetter]) -> String {
        letters.map(\.rawValue).joined(separator: ", ")
    }

    /// `threads-reach (plugin threads, …/init.lua)` or `pbsm (smkit: DraftEvaluator)`.
    func scorerName(_ scorer: ScorerReference, _ t: Localizer) -> String {
        guard let plugin = scorer.pluginID else { return "\(scorer.id) (\(scorer.source))" }
        return "\(scorer.id) (\(t("Plugin", "plugin")) \(plugin), \(scorer.source))"
    }

    func platformName(_ id: String) -> String {
        platformRanking.entry(id)?.platformName ?? platformSources.first { $0.id == id }?.name ?? id
    }

    func assumptionText(_ check: AssumptionCheck, _ t: Localizer) -> String {
        drafts.first { $0.id == check.draftID }?.assumptions.first { $0.id == check.assumptionID }
            .map { t($0.text) } ?? check.assumptionID
    }

    func draftName(_ id: String, _ t: Localizer) -> String {
        drafts.first { $0.id == id }.map { t($0.name) } ?? id
    }

    func businessTypeName(_ type: BusinessType, _ t: Localizer) -> String {
        switch type {
        case .b2b: "B2B"
        case .b2c: "B2C"
        case .both: t("B2B und B2C", "B2B and B2C")
        }
    }

    func presenceStatusName(_ status: PresenceStatus, _ t: Localizer) -> String {
        switch status {
        case .active: t("aktiv", "active")
        case .abandoned: t("verwaist", "abandoned")
        case .autoCreated: t("automatisch angelegt", "auto-created")
        case .planned: t("geplant", "planned")
        }
    }

    func benefitName(_ id: BenefitID, _ t: Localizer) -> String {
        BenefitCatalog.standard.benefit(id).map { t($0.name) } ?? id.rawValue
    }

    func kpiName(_ id: String, platform: String?, _ t: Localizer) -> String {
        let name = BenefitCatalog.standard.kpi(id).map { t($0.name) } ?? id
        return platform.map { "\(name) (\(platformName($0)))" } ?? name
    }
}

extension String {
    /// Swaps German quotation marks for English ones when the text is English.
    func replacingQuotes(english: Bool) -> String {
        english ? String(map { $0 == "„" ? "“" : $0 == "“" ? "”" : $0 }) : self
    }
}
