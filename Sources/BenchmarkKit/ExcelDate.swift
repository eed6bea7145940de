/// Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the
/// 29 February 1900 that Lotus 1-2-3 counted and Excel keeps for compatibility
/// (1900 was no leap year), so serials from 61 on are one day off a plain count.
public enum ExcelDate {
    /// Day number (days since 1970-01-01) of 1899-12-31 (serial 0).
    static let serialZero: Int32 = CivilDate.dayNumber(year: 1899, month: 12, day: 31)!

    /// The day of an Excel serial number; `nil` for 60 (the phantom day), for
    /// serials below 1 and past 9999-12-31 (2,958,465).
    public static func day(serial: Int) -> Int32? {
        guard serial >= 1, serial <= 2_958_465, serial != 60 else { return nil }
        return serialZero + Int32(serial < 60 ? serial : serial - 1)
    }

    /// The serial number of a day (inverse of ``day(serial:)``).
    public static func serial(day: Int32) -> Int {
        let n = Int(day - serialZero)
        return n < 60 ? n : n + 1
    }
}
