import StrategyKit

/// Conversions between calendar dates and day numbers (days since 1970-01-01).
///
/// Day numbers make date columns small (`Int32`) and weeks cheap to compute.
/// The calendar arithmetic is StrategyKit's ``CalendarDate`` (proleptic Gregorian).
public enum CivilDate {
    /// The day number of a calendar date, or `nil` if the date does not exist.
    @inline(__always)
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int32? {
        CalendarDate(year: year, month: month, day: day).map { Int32($0.dayNumber) }
    }

    /// The calendar date of a day number.
    public static func components(of dayNumber: Int32) -> (year: Int, month: Int, day: Int) {
        let date = CalendarDate(dayNumber: Int(dayNumber))
        return (date.year, date.month, date.day)
    }

    /// ISO 8601 text (`YYYY-MM-DD`) of a day number.
    public static func isoString(_ dayNumber: Int32) -> String {
        let c = components(of: dayNumber)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// Parses `YYYY-MM-DD` (as written by ``isoString(_:)``).
    public static func parseISO(_ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        return bytes.withUnsafeMutableBufferPointer { buf in
            ByteParsing.parseDate(buf.baseAddress!, 0, buf.count).day
        }
    }

    /// Day number of the Monday that starts the ISO week containing `dayNumber`.
    public static func weekStart(_ dayNumber: Int32) -> Int32 {
        // 1970-01-01 was a Thursday; shift so that Monday = 0.
        let shifted = Int(dayNumber) + 3
        let monday = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
        return Int32(monday * 7 - 3)
    }
}
