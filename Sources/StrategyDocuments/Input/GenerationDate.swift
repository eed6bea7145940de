public import Foundation
public import StrategyKit

/// The day a document is generated: today in UTC, or `SOURCE_DATE_EPOCH` when set, so
/// documents can be rebuilt byte for byte (the reproducible-builds convention).
public enum GenerationDate {
    /// The generation day.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment,
                             now: Date = Date()) -> CalendarDate {
        var seconds = now.timeIntervalSince1970
        if let epoch = environment["SOURCE_DATE_EPOCH"], let value = Double(epoch), value.isFinite {
            seconds = value
        }
        return CalendarDate(dayNumber: Int((seconds / 86_400).rounded(.down)))
    }
}
