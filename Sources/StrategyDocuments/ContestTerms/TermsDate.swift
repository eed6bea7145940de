import StrategyKit

/// Dates and times as contest terms write them: "30.04.2026 um 18:00 Uhr" / "30 April 2026 at 18:00".
///
/// An end given as a day alone ends with that day (as a deadline does, § 188 BGB), and the
/// terms say so with the time, instead of leaving the reader to guess ("endet am 2026-04-30").
enum TermsDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The day in the language's usual form.
    static func day(_ date: CalendarDate, _ t: Localizer) -> String {
        t("\(two(date.day)).\(two(date.month)).\(date.year)", "\(date.day) \(months[date.month - 1]) \(date.year)")
    }

    /// The day and, when given, the time; `endOfDay` gives a day without a time its last moment.
    static func text(_ value: LocalDateTime, endOfDay: Bool = false, _ t: Localizer) -> String {
        let day = day(value.date, t)
        guard let minutes = value.minuteOfDay else {
            return endOfDay ? t("\(day) um 24:00 Uhr", "\(day) at 24:00") : day
        }
        let time = "\(two(minutes / 60)):\(two(minutes % 60))"
        return t("\(day) um \(time) Uhr", "\(day) at \(time)")
    }
}
