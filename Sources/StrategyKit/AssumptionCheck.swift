/// The check of one assumption against its monitored KPI.
///
/// Rule: with a threshold, flagged when the latest value is below it (`falls`) or above it
/// (`rises`). Without one, flagged when the latest value is below (`falls`) or above
/// (`rises`) the first value of the series.
public struct AssumptionCheck: Sendable, Hashable, Codable {
    /// The draft the assumption belongs to.
    public var draftID: String
    /// The assumption.
    public var assumptionID: String
    /// Holding, flagged or no data.
    public var status: AssumptionStatus
    /// The first measurement compared.
    public var first: Measurement?
    /// The latest measurement compared.
    public var latest: Measurement?
    /// Why.
    public var reason: LocalizedText

    /// Checks every monitored assumption of a draft.
    public static func check(_ draft: StrategyDraft, series: [KPISeries]) -> [AssumptionCheck] {
        draft.assumptions.map { check($0, draftID: draft.id, series: series) }
    }

    /// Checks one assumption.
    public static func check(_ assumption: Assumption, draftID: String, series: [KPISeries]) -> AssumptionCheck {
        guard let monitor = assumption.monitor else {
            return AssumptionCheck(draftID: draftID, assumptionID: assumption.id, status: .noData, reason: LocalizedText(
                de: "Nicht überwacht.", en: "Not monitored."))
        }
        let data = series.series(kpi: monitor.kpi, platform: monitor.platform)
        let key = monitor.platform.map { "\(monitor.kpi)@\($0)" } ?? monitor.kpi
        guard let first = data?.first, let latest = data?.latest,
              monitor.threshold != nil || data!.measurements.count >= 2 else {
            return AssumptionCheck(draftID: draftID, assumptionID: assumption.id, status: .noData, reason: LocalizedText(
                de: "Zu wenige Messwerte für \(key).", en: "Too few measurements of \(key)."))
        }
        let reference = monitor.threshold ?? first.value
        let flagged = monitor.falsifiedIf == .falls ? latest.value < reference : latest.value > reference
        let en = NumberFormatting.en, de = NumberFormatting.de
        let refDE = monitor.threshold != nil ? "Schwelle \(de(reference, 2))" : "Anfangswert \(de(reference, 2)) (\(first.date))"
        let refEN = monitor.threshold != nil ? "threshold \(en(reference, 2))" : "first value \(en(reference, 2)) (\(first.date))"
        let dirDE = monitor.falsifiedIf == .falls ? "unter" : "über"
        let dirEN = monitor.falsifiedIf == .falls ? "below" : "above"
        let reason = flagged
            ? LocalizedText(de: "\(key) am \(latest.date) bei \(de(latest.value, 2)), \(dirDE) \(refDE): Annahme prüfen.",
                            en: "\(key) on \(latest.date) at \(en(latest.value, 2)), \(dirEN) the \(refEN): review the assumption.")
            : LocalizedText(de: "\(key) am \(latest.date) bei \(de(latest.value, 2)), nicht \(dirDE) \(refDE).",
                            en: "\(key) on \(latest.date) at \(en(latest.value, 2)), not \(dirEN) the \(refEN).")
        return AssumptionCheck(draftID: draftID, assumptionID: assumption.id, status: flagged ? .flagged : .holding,
                               first: first, latest: latest, reason: reason)
    }
}
