/// Progress of a goal: actual KPI value against the linear expectation from baseline to target.
///
/// Rule: with the latest measurement on day `d` (not before the start),
/// `elapsed = clamp(days(start → d) / days(start → deadline), 0, 1)`,
/// `expected = baseline + (target − baseline) × elapsed` and
/// `achievedShare = (actual − baseline) / (target − baseline)`.
/// Status: `achievedShare ≥ 1` achieved; else `d > deadline` missed; else
/// `achievedShare ≥ elapsed` on track; else behind. Works for falling targets too.
public struct GoalProgress: Sendable, Hashable, Codable {
    /// The goal.
    public var goalID: String
    /// The status.
    public var status: ProgressStatus
    /// The day of the latest measurement used.
    public var measuredOn: CalendarDate?
    /// The latest KPI value.
    public var actual: Double?
    /// The value the straight line expects on that day.
    public var expected: Double?
    /// Share of the time from start to deadline that has passed, 0...1.
    public var elapsedShare: Double?
    /// Share of the way from baseline to target covered (may be < 0 or > 1).
    public var achievedShare: Double?
    /// Why, with the numbers.
    public var reason: LocalizedText

    /// Computes the progress of a goal from its KPI series.
    public static func assess(_ goal: Goal, series: [KPISeries], asOf: CalendarDate) -> GoalProgress {
        guard let baseline = goal.baseline, let target = goal.target, let deadline = goal.deadline,
              target != baseline else {
            return GoalProgress(goalID: goal.id, status: .noData, reason: LocalizedText(
                de: "Ausgangswert, Zielwert oder Frist fehlen.", en: "Baseline, target or deadline missing."))
        }
        let start = goal.start ?? asOf
        let total = start.days(until: deadline)
        guard total > 0 else {
            return GoalProgress(goalID: goal.id, status: .noData, reason: LocalizedText(
                de: "Die Frist liegt nicht nach dem Start.", en: "The deadline is not after the start."))
        }
        guard let latest = series.series(kpi: goal.kpi, platform: goal.platform)?.latest,
              latest.date >= start else {
            return GoalProgress(goalID: goal.id, status: .noData, reason: LocalizedText(
                de: "Keine Messung seit dem Start \(start).", en: "No measurement since the start \(start)."))
        }
        let elapsed = min(1, max(0, Double(start.days(until: latest.date)) / Double(total)))
        let expected = baseline + (target - baseline) * elapsed
        let achieved = (latest.value - baseline) / (target - baseline)
        let status: ProgressStatus = achieved >= 1 ? .achieved
            : latest.date > deadline ? .missed
            : achieved >= elapsed ? .onTrack : .behind
        let en = NumberFormatting.en, de = NumberFormatting.de
        return GoalProgress(
            goalID: goal.id, status: status, measuredOn: latest.date, actual: latest.value,
            expected: expected, elapsedShare: elapsed, achievedShare: achieved,
            reason: LocalizedText(
                de: "Am \(latest.date): \(de(latest.value, 2)) statt erwartet \(de(expected, 2)) (\(NumberFormatting.percentDE(achieved)) des Wegs nach \(NumberFormatting.percentDE(elapsed)) der Zeit): \(status.label.de).",
                en: "On \(latest.date): \(en(latest.value, 2)) against an expected \(en(expected, 2)) (\(NumberFormatting.percentEN(achieved)) of the way after \(NumberFormatting.percentEN(elapsed)) of the time): \(status.label.en)."))
    }
}
