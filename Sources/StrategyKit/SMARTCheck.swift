/// Checks goals against SMART after Doran (1981), with rules simple enough to check by hand.
///
/// - **S** specific: the KPI is one the catalogue lists for the goal's benefit (so the goal
///   says *which* business benefit it moves, not a vanity number).
/// - **M** measurable: baseline and target are set and differ.
/// - **A** assignable: an owner is named.
/// - **R** realistic: ``GoalFeasibility`` is `feasible` or `ambitious`.
/// - **T** time-related: a deadline is set and lies after the start (`start ?? asOf`).
public struct SMARTCheck: Sendable {
    /// The benefit catalogue used for S.
    public var catalog: BenefitCatalog

    /// Creates a check with a benefit catalogue.
    public init(catalog: BenefitCatalog = .standard) {
        self.catalog = catalog
    }

    /// Checks one goal.
    public func check(_ goal: Goal, organization: Organization, series: [KPISeries] = [],
                      asOf: CalendarDate) -> SMARTResult {
        let feasibility = GoalFeasibility.assess(goal, organization: organization, series: series, asOf: asOf)
        return SMARTResult(goalID: goal.id,
                           criteria: [specific(goal), measurable(goal), assignable(goal),
                                      realistic(feasibility), timeRelated(goal, asOf: asOf)],
                           feasibility: feasibility)
    }

    private func specific(_ goal: Goal) -> SMARTCriterion {
        guard let benefit = catalog.benefit(goal.benefit) else {
            return SMARTCriterion(letter: .s, passed: false, reason: LocalizedText(
                de: "Der Nutzen '\(goal.benefit.rawValue)' ist nicht im Katalog.",
                en: "The benefit '\(goal.benefit.rawValue)' is not in the catalogue."))
        }
        if benefit.isMeasured(by: goal.kpi) {
            return SMARTCriterion(letter: .s, passed: true, reason: LocalizedText(
                de: "KPI '\(goal.kpi)' misst den Nutzen \(benefit.name.de).",
                en: "KPI '\(goal.kpi)' measures the benefit \(benefit.name.en)."))
        }
        let listed = benefit.kpis.map(\.id).joined(separator: ", ")
        return SMARTCriterion(letter: .s, passed: false, reason: LocalizedText(
            de: "KPI '\(goal.kpi)' misst nicht den Nutzen \(benefit.name.de); passend wären: \(listed).",
            en: "KPI '\(goal.kpi)' does not measure the benefit \(benefit.name.en); KPIs that do: \(listed)."))
    }

    private func measurable(_ goal: Goal) -> SMARTCriterion {
        guard let baseline = goal.baseline else {
            return SMARTCriterion(letter: .m, passed: false, reason: LocalizedText(
                de: "Kein Ausgangswert: Fortschritt ist nicht messbar.",
                en: "No baseline: progress cannot be measured."))
        }
        guard let target = goal.target else {
            return SMARTCriterion(letter: .m, passed: false, reason: LocalizedText(
                de: "Kein Zielwert.", en: "No target value."))
        }
        guard target != baseline else {
            return SMARTCriterion(letter: .m, passed: false, reason: LocalizedText(
                de: "Zielwert gleich Ausgangswert.", en: "Target equals baseline."))
        }
        return SMARTCriterion(letter: .m, passed: true, reason: LocalizedText(
            de: "\(goal.kpi) von \(NumberFormatting.de(baseline)) auf \(NumberFormatting.de(target)).",
            en: "\(goal.kpi) from \(NumberFormatting.en(baseline)) to \(NumberFormatting.en(target))."))
    }

    private func assignable(_ goal: Goal) -> SMARTCriterion {
        if let owner = goal.owner, !owner.trimmingWhitespace().isEmpty {
            return SMARTCriterion(letter: .a, passed: true, reason: LocalizedText(
                de: "Verantwortlich: \(owner).", en: "Owner: \(owner)."))
        }
        return SMARTCriterion(letter: .a, passed: false, reason: LocalizedText(
            de: "Niemand ist verantwortlich.", en: "Nobody owns the goal."))
    }

    private func realistic(_ feasibility: GoalFeasibility) -> SMARTCriterion {
        let passed = feasibility.verdict == .feasible || feasibility.verdict == .ambitious
        let details = feasibility.reasons
        let de = details.map(\.de).joined(separator: " ")
        let en = details.map(\.en).joined(separator: " ")
        let hint = feasibility.verdict == .unknown
            ? LocalizedText(de: " KPI-Historie oder geplante Stunden angeben.",
                            en: " Add KPI history or planned hours.")
            : LocalizedText("")
        return SMARTCriterion(letter: .r, passed: passed, reason: LocalizedText(
            de: "\(feasibility.verdict.label.de.capitalizedFirst): \(de)\(hint.de)",
            en: "\(feasibility.verdict.label.en.capitalizedFirst): \(en)\(hint.en)"))
    }

    private func timeRelated(_ goal: Goal, asOf: CalendarDate) -> SMARTCriterion {
        guard let deadline = goal.deadline else {
            return SMARTCriterion(letter: .t, passed: false, reason: LocalizedText(
                de: "Keine Frist.", en: "No deadline."))
        }
        let start = goal.start ?? asOf
        guard deadline > start else {
            return SMARTCriterion(letter: .t, passed: false, reason: LocalizedText(
                de: "Frist \(deadline) liegt nicht nach dem Start \(start).",
                en: "Deadline \(deadline) is not after the start \(start)."))
        }
        return SMARTCriterion(letter: .t, passed: true, reason: LocalizedText(
            de: "Frist \(deadline), \(start.days(until: deadline)) Tage ab \(start).",
            en: "Deadline \(deadline), \(start.days(until: deadline)) days from \(start)."))
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }),
              let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    /// The string with its first character upper-cased.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
