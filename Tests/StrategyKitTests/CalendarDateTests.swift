import Testing
@testable import StrategyKit

@Test func parsesAndPrintsISODates() {
    #expect(CalendarDate("2026-02-28")?.description == "2026-02-28")
    #expect(CalendarDate("2026-02-29") == nil)
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("31.12.2026") == nil)
    #expect(CalendarDate("2026-1-01") == nil)
}

@Test func countsDaysAcrossMonthsAndYears() {
    #expect(Fixture.date("2026-01-01").days(until: Fixture.date("2026-04-01")) == 90)
    #expect(Fixture.date("2026-01-01").days(until: Fixture.date("2026-12-27")) == 360)
    #expect(Fixture.date("1970-01-01").dayNumber == 0)
    #expect(Fixture.date("2025-12-31").adding(days: 1) == Fixture.date("2026-01-01"))
    #expect(CalendarDate(dayNumber: Fixture.date("2024-02-29").dayNumber) == Fixture.date("2024-02-29"))
}
