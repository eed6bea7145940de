/// Whether a goal is reachable: required pace versus historical pace, hours needed versus hours available.
///
/// Rules (all hand-computable):
/// 1. `weeks = days(start → deadline) / 7`, `start = goal.start ?? asOf`;
///    `required = (target − baseline) / weeks` (KPI units per week).
/// 2. History is the goal's KPI series up to and including `start`. With two or more
///    measurements, `historical = (last − first) / (days between them / 7)`.
///    The pace toward the target is `historical × sign(target − baseline)`; if it is ≤ 0
///    the history says nothing about reachability (the pace must come from new work).
///    Otherwise `ratio = |required| / pace`: ≤ 1 feasible, ≤ 2 ambitious, > 2 unrealistic.
/// 3. If the goal states `hours_per_week`, more hours than the organisation has in total is
///    unrealistic, otherwise feasible.
/// 4. The verdict is the worst of the known verdicts; with none known it is `unknown`.
public struct GoalFeasibility: Sendable, Hashable, Codable {
    /// The goal assessed.
    public var goalID: String
    /// The overall verdict.
    public var verdict: FeasibilityVerdict
    /// Weeks between start and deadline.
    public var weeks: Double?
    /// KPI change needed per week.
    public var requiredPerWeek: Double?
    /// KPI change per week before the start, from the series.
    public var historicalPerWeek: Double?
    /// `|required| / pace toward target`, when the history moved toward the target.
    public var paceRatio: Double?
    /// Hours per week the goal plans.
    public var hoursNeeded: Double?
    /// Hours per week the organisation has in total.
    public var hoursAvailable: Double
    /// One reason per rule that applied, in rule order.
    public var reasons: [LocalizedText]

    /// Ratio of required to historical pace up to which a goal counts as feasible.
    public static let feasibleRatio = 1.0
    /// Ratio up to which a goal counts as ambitious (beyond: unrealistic).
    public static let ambitiousRatio = 2.0

    /// Assesses a goal against its KPI history and the organisation's hours.
    public static func assess(_ goal: Goal, organization: Organization, series: [KPISeries],
                              asOf: CalendarDate) -> GoalFeasibility {
        let available = organization.resources.totalHoursPerWeek
        var result = GoalFeasibility(goalID: goal.id, verdict: .unknown, hoursAvailable: available, reasons: [])
        var verdicts: [FeasibilityVerdict] = []
        let en = { (x: Double) in NumberFormatting.en(x) }
        let de = { (x: Double) in NumberFormatting.de(x) }

        let start = goal.start ?? asOf
        if let baseline = goal.baseline, let target = goal.target, let deadline = goal.deadline {
            let days = start.days(until: deadline)
            if days <= 0 {
                verdicts.append(.unrealistic)
                result.reasons.append(LocalizedText(
                    de: "Die Frist \(deadline) liegt nicht nach dem Start \(start).",
                    en: "The deadline \(deadline) is not after the start \(start)."))
            } else {
                let weeks = Double(days) / 7
                let required = (target - baseline) / weeks
                result.weeks = weeks
                result.requiredPerWeek = required
                result.reasons.append(LocalizedText(
                    de: "Von \(de(baseline)) auf \(de(target)) in \(de(weeks)) Wochen: \(de(required)) pro Woche nötig.",
                    en: "From \(en(baseline)) to \(en(target)) in \(en(weeks)) weeks: \(en(required)) per week needed."))
                let history = series.series(kpi: goal.kpi, platform: goal.platform)?.measurements(through: start) ?? []
                if let first = history.first, let last = history.last, history.count >= 2,
                   first.date.days(until: last.date) > 0 {
                    let historical = (last.value - first.value) / (Double(first.date.days(until: last.date)) / 7)
                    result.historicalPerWeek = historical
                    let direction: Double = target >= baseline ? 1 : -1
                    let pace = historical * direction
                    if pace <= 0 {
                        result.reasons.append(LocalizedText(
                            de: "Bisher \(de(historical)) pro Woche (\(first.date)–\(last.date)): kein Fortschritt Richtung Ziel; das Tempo muss aus neuer Arbeit kommen.",
                            en: "So far \(en(historical)) per week (\(first.date)–\(last.date)): no movement toward the target; the pace must come from new work."))
                    } else {
                        let ratio = abs(required) / pace
                        result.paceRatio = ratio
                        let verdict: FeasibilityVerdict = ratio <= feasibleRatio ? .feasible
                            : ratio <= ambitiousRatio ? .ambitious : .unrealistic
                        verdicts.append(verdict)
                        result.reasons.append(LocalizedText(
                            de: "Bisher \(de(historical)) pro Woche (\(first.date)–\(last.date)); nötig ist das \(de(ratio))-Fache: \(verdict.label.de).",
                            en: "So far \(en(historical)) per week (\(first.date)–\(last.date)); \(en(ratio)) times that is needed: \(verdict.label.en)."))
                    }
                } else {
                    result.reasons.append(LocalizedText(
                        de: "Keine KPI-Historie bis zum Start: Tempo nicht vergleichbar.",
                        en: "No KPI history up to the start: the pace cannot be compared."))
                }
            }
        } else {
            result.reasons.append(LocalizedText(
                de: "Ausgangswert, Zielwert oder Frist fehlen: kein Tempo berechenbar.",
                en: "Baseline, target or deadline missing: no pace can be computed."))
        }

        if let hours = goal.hoursPerWeek {
            result.hoursNeeded = hours
            if hours > available {
                verdicts.append(.unrealistic)
                result.reasons.append(LocalizedText(
                    de: "Geplant sind \(de(hours)) Std./Woche, das Team hat insgesamt \(de(available)).",
                    en: "The goal plans \(en(hours)) h/week; the team has \(en(available)) in total."))
            } else {
                verdicts.append(.feasible)
                result.reasons.append(LocalizedText(
                    de: "\(de(hours)) Std./Woche geplant, \(de(available)) verfügbar.",
                    en: "\(en(hours)) h/week planned, \(en(available)) available."))
            }
        }
        result.verdict = verdicts.max() ?? .unknown
        return result
    }
}
