import Testing
@testable import StrategyKit

/// 2026-01-01 → 2026-12-27 is 360 days; 2026-04-01 is day 90, a quarter of the way.
private let rising = Goal(id: "r", benefit: .awareness, kpi: "followers", baseline: 100, target: 200,
                          start: Fixture.date("2026-01-01"), deadline: Fixture.date("2026-12-27"))
private let falling = Goal(id: "f", benefit: .customerService, kpi: "response_time_hours", baseline: 20, target: 4,
                           start: Fixture.date("2026-01-01"), deadline: Fixture.date("2026-12-27"))

private func series(_ kpi: String, _ points: [(String, Double)]) -> [KPISeries] {
    [KPISeries(kpi: kpi, measurements: points.map { Measurement(date: Fixture.date($0.0), value: $0.1) })]
}

@Test func progressOnTrackAgainstTheStraightLine() {
    let p = GoalProgress.assess(rising, series: series("followers", [("2026-04-01", 130)]), asOf: Fixture.date("2026-04-01"))
    #expect(p.status == .onTrack)
    #expect(close(p.elapsedShare, 0.25))
    #expect(close(p.expected, 125))
    #expect(close(p.achievedShare, 0.3))
    #expect(p.reason.en == "On 2026-04-01: 130 against an expected 125 (30% of the way after 25% of the time): on track.")
}

@Test func progressBehindAchievedAndMissed() {
    let asOf = Fixture.date("2026-04-01")
    #expect(GoalProgress.assess(rising, series: series("followers", [("2026-04-01", 120)]), asOf: asOf).status == .behind)
    #expect(GoalProgress.assess(rising, series: series("followers", [("2026-04-01", 210)]), asOf: asOf).status == .achieved)
    #expect(GoalProgress.assess(rising, series: series("followers", [("2027-01-10", 190)]), asOf: asOf).status == .missed)
    #expect(GoalProgress.assess(rising, series: series("followers", [("2025-12-01", 150)]), asOf: asOf).status == .noData)
    #expect(GoalProgress.assess(rising, series: [], asOf: asOf).status == .noData)
}

@Test func progressOfAFallingTarget() {
    let p = GoalProgress.assess(falling, series: series("response_time_hours", [("2026-04-01", 16)]),
                                asOf: Fixture.date("2026-04-01"))
    #expect(p.status == .onTrack)
    #expect(close(p.expected, 16))
    #expect(close(p.achievedShare, 0.25))
    let late = GoalProgress.assess(falling, series: series("response_time_hours", [("2026-04-01", 18)]),
                                   asOf: Fixture.date("2026-04-01"))
    #expect(late.status == .behind)
}

@Test func assumptionFlaggedWhenIndicatorMovesAgainstIt() {
    let reach = series("reach", [("2026-04-30", 100), ("2026-10-31", 80)])
    let falls = Assumption(id: "a", text: LocalizedText("a"), certainty: 0.5,
                           monitor: AssumptionMonitor(kpi: "reach", falsifiedIf: .falls))
    let rises = Assumption(id: "b", text: LocalizedText("b"), certainty: 0.5,
                           monitor: AssumptionMonitor(kpi: "reach", falsifiedIf: .rises))
    #expect(AssumptionCheck.check(falls, draftID: "d", series: reach).status == .flagged)
    #expect(AssumptionCheck.check(rises, draftID: "d", series: reach).status == .holding)
    let unmonitored = Assumption(id: "c", text: LocalizedText("c"), certainty: 0.5)
    #expect(AssumptionCheck.check(unmonitored, draftID: "d", series: reach).status == .noData)
}

@Test func assumptionThresholdDecides() {
    let posts = series("employee_posts", [("2026-05-31", 12), ("2026-10-31", 5)])
    let below = Assumption(id: "a", text: LocalizedText("a"), certainty: 0.5,
                           monitor: AssumptionMonitor(kpi: "employee_posts", falsifiedIf: .falls, threshold: 8))
    let check = AssumptionCheck.check(below, draftID: "d", series: posts)
    #expect(check.status == .flagged)
    #expect(check.reason.en == "employee_posts on 2026-10-31 at 5, below the threshold 8: review the assumption.")
    let low = Assumption(id: "b", text: LocalizedText("b"), certainty: 0.5,
                         monitor: AssumptionMonitor(kpi: "employee_posts", falsifiedIf: .falls, threshold: 4))
    #expect(AssumptionCheck.check(low, draftID: "d", series: posts).status == .holding)
}
