/// Evaluates strategy drafts after pbsm with documented, hand-computable rules.
///
/// - **Company benefit**: one term per benefit the organisation's goals pursue (weight = number
///   of goals for it), value = the draft's expected level for it (none 0 … core 1); weighted mean.
///   Without goals, the draft's own benefits are averaged.
/// - **Resource fit**: hours term (weight 2) `min(1, available / needed)`; budget term (weight 1,
///   only if the draft needs budget) `min(1, available / needed)`. Needed hours are the draft's
///   own hours, or else the sum of its channels' typical effort.
/// - **Risk**: one term per assumption `1 − certainty` (weight 1, prerequisites 2) and per named
///   risk `likelihood × impact` (weight 1); weighted mean. No terms: 0.5 (unknown, pbsm asks for them).
/// - **Competitive quality**: `1 − Π(1 − durability)` over the advantages, so each further
///   advantage adds less and one advantage alone never reaches 1.
public struct DraftEvaluator: Sendable {
    /// Platforms, for channel effort.
    public var platforms: PlatformRegistry
    /// Benefit names.
    public var catalog: BenefitCatalog

    /// Creates an evaluator.
    public init(platforms: PlatformRegistry, catalog: BenefitCatalog = .standard) {
        self.platforms = platforms
        self.catalog = catalog
    }

    /// Evaluates one draft for an organisation and its goals.
    public func evaluate(_ draft: StrategyDraft, organization: Organization, goals: [Goal]) -> DraftEvaluation {
        let (resourceFit, needed) = resourceScore(draft, organization)
        return DraftEvaluation(
            draftID: draft.id, draftName: draft.name,
            companyBenefit: benefitScore(draft, goals),
            resourceFit: resourceFit,
            risk: riskScore(draft),
            competitiveQuality: competitiveScore(draft),
            hoursNeeded: needed,
            hoursAvailable: organization.resources.totalHoursPerWeek,
            budgetNeeded: draft.resources.budgetPerMonth,
            budgetAvailable: organization.resources.budgetPerMonth)
    }

    /// Evaluates several drafts in order.
    public func evaluate(_ drafts: [StrategyDraft], organization: Organization, goals: [Goal]) -> [DraftEvaluation] {
        drafts.map { evaluate($0, organization: organization, goals: goals) }
    }

    private func name(_ id: BenefitID) -> LocalizedText {
        catalog.benefit(id)?.name ?? LocalizedText(id.rawValue)
    }

    private func benefitScore(_ draft: StrategyDraft, _ goals: [Goal]) -> Score {
        var counts: [BenefitID: Int] = [:]
        for goal in goals { counts[goal.benefit, default: 0] += 1 }
        if counts.isEmpty {
            let terms = draft.benefits.map { item in
                ScoreTerm(label: name(item.benefit), value: item.level.value, weight: 1, reason: LocalizedText(
                    de: "Keine Ziele: Beitrag laut Entwurf \(item.level.label.de).",
                    en: "No goals: contribution stated by the draft, \(item.level.label.en)."))
            }
            return Score.weightedMean(terms)
        }
        let terms = counts.keys.sorted().map { benefit -> ScoreTerm in
            let level = draft.level(for: benefit)
            let n = counts[benefit]!
            return ScoreTerm(label: name(benefit), value: level.value, weight: Double(n), reason: LocalizedText(
                de: "\(n) Ziel(e) für \(name(benefit).de); Beitrag des Entwurfs: \(level.label.de) (\(NumberFormatting.de(level.value))).",
                en: "\(n) goal(s) for \(name(benefit).en); the draft's contribution: \(level.label.en) (\(NumberFormatting.en(level.value)))."))
        }
        return Score.weightedMean(terms)
    }

    /// Hours a draft needs per week: its own statement, or its channels' typical effort.
    public func hoursNeeded(for draft: StrategyDraft) -> Double {
        let own = draft.resources.totalHoursPerWeek
        if own > 0 { return own }
        return draft.components.channels.reduce(0) { $0 + (platforms[$1.platform]?.effortHoursPerWeek ?? 0) }
    }

    private func resourceScore(_ draft: StrategyDraft, _ organization: Organization) -> (Score, Double) {
        let available = organization.resources.totalHoursPerWeek
        let needed = hoursNeeded(for: draft)
        let source = draft.resources.totalHoursPerWeek > 0
            ? LocalizedText(de: "laut Entwurf", en: "stated by the draft")
            : LocalizedText(de: "typischer Aufwand der Kanäle", en: "typical effort of the channels")
        let hoursValue = needed <= 0 ? 1 : min(1, available / needed)
        var terms = [ScoreTerm(
            label: LocalizedText(de: "Stunden", en: "Hours"), value: hoursValue, weight: 2,
            reason: LocalizedText(
                de: "Benötigt \(NumberFormatting.de(needed)) Std./Woche (\(source.de)), verfügbar \(NumberFormatting.de(available)).",
                en: "Needs \(NumberFormatting.en(needed)) h/week (\(source.en)), \(NumberFormatting.en(available)) available."))]
        let budget = draft.resources.budgetPerMonth
        if budget > 0 {
            let have = organization.resources.budgetPerMonth
            terms.append(ScoreTerm(
                label: LocalizedText(de: "Budget", en: "Budget"), value: min(1, have / budget), weight: 1,
                reason: LocalizedText(
                    de: "Benötigt \(NumberFormatting.de(budget)) €/Monat, verfügbar \(NumberFormatting.de(have)) €.",
                    en: "Needs €\(NumberFormatting.en(budget))/month, €\(NumberFormatting.en(have)) available.")))
        }
        return (Score.weightedMean(terms), needed)
    }

    private func riskScore(_ draft: StrategyDraft) -> Score {
        var terms: [ScoreTerm] = draft.assumptions.map { assumption in
            let prerequisite = assumption.kind == .prerequisite
            return ScoreTerm(
                label: assumption.text, value: 1 - assumption.certainty, weight: prerequisite ? 2 : 1,
                reason: LocalizedText(
                    de: "\(prerequisite ? "Voraussetzung" : "Annahme") mit Sicherheit \(NumberFormatting.de(assumption.certainty)): Risiko \(NumberFormatting.de(1 - assumption.certainty)).",
                    en: "\(prerequisite ? "Prerequisite" : "Assumption") with certainty \(NumberFormatting.en(assumption.certainty)): risk \(NumberFormatting.en(1 - assumption.certainty))."))
        }
        terms += draft.risks.map { risk in
            ScoreTerm(
                label: risk.text, value: risk.likelihood * risk.impact.value, weight: 1,
                reason: LocalizedText(
                    de: "Wahrscheinlichkeit \(NumberFormatting.de(risk.likelihood)) × Auswirkung \(NumberFormatting.de(risk.impact.value)).",
                    en: "Likelihood \(NumberFormatting.en(risk.likelihood)) × impact \(NumberFormatting.en(risk.impact.value))."))
        }
        if terms.isEmpty {
            terms = [ScoreTerm(
                label: LocalizedText(de: "Keine Annahmen dokumentiert", en: "No assumptions documented"),
                value: 0.5, weight: 1,
                reason: LocalizedText(
                    de: "pbsm verlangt dokumentierte Annahmen; ohne sie ist das Risiko unbekannt (0,5).",
                    en: "pbsm requires documented assumptions; without them the risk is unknown (0.5)."))]
        }
        return Score.weightedMean(terms)
    }

    private func competitiveScore(_ draft: StrategyDraft) -> Score {
        var remaining = 1.0
        var terms: [ScoreTerm] = []
        for advantage in draft.advantages {
            remaining *= 1 - advantage.durability.value
            terms.append(ScoreTerm(
                label: advantage.text, value: advantage.durability.value, weight: 1,
                reason: LocalizedText(
                    de: "\(advantage.durability.label.de.capitalizedFirst) (\(NumberFormatting.de(advantage.durability.value))).",
                    en: "\(advantage.durability.label.en.capitalizedFirst) (\(NumberFormatting.en(advantage.durability.value))).")))
        }
        if terms.isEmpty {
            terms = [ScoreTerm(
                label: LocalizedText(de: "Keine Wettbewerbsvorteile", en: "No competitive advantages"),
                value: 0, weight: 0,
                reason: LocalizedText(de: "Der Entwurf nennt keine Vorteile gegenüber Wettbewerbern.",
                                      en: "The draft names no advantage over competitors."))]
        }
        return Score(value: 1 - remaining, terms: terms)
    }
}
