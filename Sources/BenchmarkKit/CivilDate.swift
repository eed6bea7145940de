/// Conversions between calendar dates and day numbers (days since 1970-01-01).
///
/// Day numbers make date columns small (`Int32`) and weeks cheap to compute.
/// The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`
/// (proleptic Gregorian calendar).
public enum CivilDate {
    /// The day number of a calendar date, or `nil` if the date does not exist.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int32? {
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month),
              (1...9999).contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }

    /// The calendar date of a day number.
    public static func components(of dayNumber: Int32) -> (year: Int, month: Int, day: Int) {
        let z = Int(dayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
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

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
