import Testing
@testable import StrategyKit

/// History: 4 → 10 applications in 28 days = 1.5 per week.
private let history = [KPISeries(kpi: "applications", measurements: [
    Measurement(date: Fixture.date("2025-12-08"), value: 4),
    Measurement(date: Fixture.date("2026-01-05"), value: 10),
])]

/// 2026-01-05 → 2026-04-06 is 91 days = 13 weeks.
private func goal(target: Double, hours: Double? = 4) -> Goal {
    Goal(id: "g", benefit: .recruiting, kpi: "applications", baseline: 10, target: target,
         start: Fixture.date("2026-01-05"), deadline: Fixture.date("2026-04-06"), owner: "Petra", hoursPerWeek: hours)
}

@Test func smartGoalPassesEveryLetter() {
    let org = Fixture.organization(hours: 10)
    // Required (36 − 10) / 13 = 2 per week; history 1.5 → ratio 1.333: ambitious, still realistic.
    let result = SMARTCheck().check(goal(target: 36), organization: org, series: history, asOf: Fixture.date("2026-01-05"))
    #expect(result.criteria.map(\.letter) == [.s, .m, .a, .r, .t])
    #expect(result.passed)
    #expect(result.feasibility.verdict == .ambitious)
    #expect(close(result.feasibility.weeks, 13))
    #expect(close(result.feasibility.requiredPerWeek, 2))
    #expect(close(result.feasibility.historicalPerWeek, 1.5))
    #expect(close(result.feasibility.paceRatio, 4.0 / 3.0))
    #expect(result[.t]?.reason.en == "Deadline 2026-04-06, 91 days from 2026-01-05.")
}

@Test func vanityGoalFailsSpecificAssignableRealisticAndTime() {
    let org = Fixture.organization(hours: 6)
    let likes = Goal(id: "likes", benefit: .sales, kpi: "likes", baseline: 500, target: 2000)
    let result = SMARTCheck().check(likes, organization: org, asOf: Fixture.date("2026-10-31"))
    #expect(!result.passed)
    #expect(result.failedLetters == [.s, .a, .r, .t])
    #expect(result[.m]?.passed == true)
    #expect(result[.s]?.reason.en
        == "KPI 'likes' does not measure the benefit Sales; KPIs that do: orders, revenue, coupon_redemptions, conversions.")
    #expect(result[.a]?.reason.de == "Niemand ist verantwortlich.")
    #expect(result.feasibility.verdict == .unknown)
}

@Test func missingBaselineFailsMeasurable() {
    let g = Goal(id: "g", benefit: .awareness, kpi: "reach", target: 100, deadline: Fixture.date("2027-01-01"), owner: "A")
    let result = SMARTCheck().check(g, organization: Fixture.organization(hours: 5), asOf: Fixture.date("2026-01-01"))
    #expect(result[.m]?.passed == false)
    #expect(result[.m]?.reason.en == "No baseline: progress cannot be measured.")
}

@Test func tooFastGoalIsUnrealistic() {
    // (62 − 10) / 13 = 4 per week against 1.5 per week: ratio 2.667 > 2.
    let f = GoalFeasibility.assess(goal(target: 62), organization: Fixture.organization(hours: 10),
                                   series: history, asOf: Fixture.date("2026-01-05"))
    #expect(f.verdict == .unrealistic)
    #expect(close(f.paceRatio, 8.0 / 3.0))
}

@Test func historyAtFullPaceIsFeasible() {
    // (29.5 − 10) / 13 = 1.5 per week, exactly the historical pace.
    let f = GoalFeasibility.assess(goal(target: 29.5), organization: Fixture.organization(hours: 10),
                                   series: history, asOf: Fixture.date("2026-01-05"))
    #expect(f.verdict == .feasible)
    #expect(close(f.paceRatio, 1))
}

@Test func moreHoursThanTheTeamHasIsUnrealistic() {
    let f = GoalFeasibility.assess(goal(target: 30, hours: 12), organization: Fixture.organization(hours: 10),
                                   series: [], asOf: Fixture.date("2026-01-05"))
    #expect(f.verdict == .unrealistic)
    #expect(f.hoursNeeded == 12)
    #expect(f.hoursAvailable == 10)
    #expect(f.reasons.last?.en == "The goal plans 12 h/week; the team has 10 in total.")
}

@Test func flatHistoryWithoutHoursCannotBeJudged() {
    let flat = [KPISeries(kpi: "applications", measurements: [
        Measurement(date: Fixture.date("2025-12-08"), value: 10),
        Measurement(date: Fixture.date("2026-01-05"), value: 10),
    ])]
    let f = GoalFeasibility.assess(goal(target: 20, hours: nil), organization: Fixture.organization(hours: 10),
                                   series: flat, asOf: Fixture.date("2026-01-05"))
    #expect(f.verdict == .unknown)
    #expect(f.paceRatio == nil)
    #expect(close(f.historicalPerWeek, 0))
    let smart = SMARTCheck().check(goal(target: 20, hours: nil), organization: Fixture.organization(hours: 10),
                                   series: flat, asOf: Fixture.date("2026-01-05"))
    #expect(smart[.r]?.passed == false)
}
