import Testing
@testable import StrategyKit

private let registry = PlatformRegistry([
    Platform(id: "alpha", name: "Alpha", kind: .visual, b2bFit: .low, b2cFit: .high, effortHoursPerWeek: 2, responseTimeHours: 4),
    Platform(id: "beta", name: "Beta", kind: .shortVideo, b2bFit: .low, b2cFit: .core, effortHoursPerWeek: 6, responseTimeHours: 24),
])
private let org = Fixture.organization(hours: 6, budget: 150)
private let goals = [
    Goal(id: "g1", benefit: .communityLoyalty, kpi: "active_members"),
    Goal(id: "g2", benefit: .communityLoyalty, kpi: "engagement_rate"),
    Goal(id: "g3", benefit: .customerService, kpi: "response_time_hours"),
]

private let local = StrategyDraft(
    id: "local", name: LocalizedText("Local"),
    benefits: [DraftBenefit(benefit: .communityLoyalty, level: .core), DraftBenefit(benefit: .customerService, level: .high)],
    components: DraftComponents(channels: [ChannelChoice(platform: "alpha", priority: 1)]),
    assumptions: [
        Assumption(id: "a1", text: LocalizedText("a1"), kind: .assumption, certainty: 0.8),
        Assumption(id: "a2", text: LocalizedText("a2"), kind: .prerequisite, certainty: 0.6),
    ],
    resources: Resources(hours: [RoleHours(role: "smm", hoursPerWeek: 4), RoleHours(role: "shops", hoursPerWeek: 3)],
                         budgetPerMonth: 100),
    risks: [DraftRisk(text: LocalizedText("copy"), likelihood: 0.5, impact: .low)],
    advantages: [CompetitiveAdvantage(text: LocalizedText("community"), durability: .structural),
                 CompetitiveAdvantage(text: LocalizedText("stories"), durability: .lasting)])

private let reach = StrategyDraft(
    id: "reach", name: LocalizedText("Reach"),
    benefits: [DraftBenefit(benefit: .communityLoyalty, level: .low), DraftBenefit(benefit: .awareness, level: .core)],
    components: DraftComponents(channels: [ChannelChoice(platform: "beta", priority: 1),
                                           ChannelChoice(platform: "alpha", priority: 2)]),
    assumptions: [Assumption(id: "p", text: LocalizedText("p"), kind: .prerequisite, certainty: 0.7)],
    resources: Resources(budgetPerMonth: 300),
    risks: [DraftRisk(text: LocalizedText("viral"), likelihood: 0.2, impact: .high)],
    advantages: [CompetitiveAdvantage(text: LocalizedText("first"), durability: .temporary)])

@Test func evaluatesDraftAfterPbsm() {
    let e = DraftEvaluator(platforms: registry).evaluate(local, organization: org, goals: goals)
    // Benefit: community (2 goals) core 1.0, service (1 goal) high 0.75 → 2.75 / 3.
    #expect(close(e.companyBenefit.value, 2.75 / 3))
    #expect(e.companyBenefit.terms.map(\.weight) == [1, 2])
    // Resources: hours 6/7 (weight 2), budget min(1, 150/100) = 1 (weight 1).
    #expect(close(e.resourceFit.value, (2 * 6.0 / 7 + 1) / 3))
    #expect(e.hoursNeeded == 7)
    // Risk: 0.2 (w1) + 0.4 (w2) + 0.5 × 0.25 (w1) → 1.125 / 4.
    #expect(close(e.risk.value, 0.28125))
    // Competitive quality: 1 − (1 − 0.6)(1 − 0.35) = 0.74.
    #expect(close(e.competitiveQuality.value, 0.74))
}

@Test func draftWithoutOwnHoursUsesChannelEffort() {
    let e = DraftEvaluator(platforms: registry).evaluate(reach, organization: org, goals: goals)
    #expect(e.hoursNeeded == 8)
    #expect(close(e.companyBenefit.value, 0.5 / 3))
    #expect(close(e.resourceFit.value, (2 * 0.75 + 0.5) / 3))
    #expect(close(e.risk.value, 0.8 / 3))
    #expect(close(e.competitiveQuality.value, 0.15))
    #expect(e.resourceFit.terms[0].reason.en == "Needs 8 h/week (typical effort of the channels), 6 available.")
}

@Test func decisionMatrixRanksWithDefaultWeights() throws {
    let evaluations = DraftEvaluator(platforms: registry).evaluate([reach, local], organization: org, goals: goals)
    let matrix = DecisionMatrix(evaluations: evaluations)
    #expect(matrix.columns == ["reach", "local"])
    #expect(matrix.rows.map(\.criterion) == [.companyBenefit, .resourceFit, .risk, .competitiveQuality])
    let localTotal = 0.35 * 2.75 / 3 + 0.25 * (2 * 6.0 / 7 + 1) / 3 + 0.2 * (1 - 0.28125) + 0.2 * 0.74
    let reachTotal = 0.35 * 0.5 / 3 + 0.25 * 2.0 / 3 + 0.2 * (1 - 0.8 / 3) + 0.2 * 0.15
    #expect(matrix.ranking.map(\.draftID) == ["local", "reach"])
    #expect(matrix.ranking.map(\.rank) == [1, 2])
    #expect(close(matrix.ranking[0].total, localTotal))
    #expect(close(matrix.ranking[1].total, reachTotal))
    let cell = try #require(matrix.cell(.risk, draft: "local"))
    #expect(close(cell.value, 0.71875))
    #expect(close(cell.weighted, 0.2 * 0.71875))
    #expect(cell.reasons.last?.en == "Risk 0.28 → value 1 − risk = 0.72.")
}

@Test func decisionMatrixWeightsChangeTheWinner() {
    let evaluations = DraftEvaluator(platforms: registry).evaluate([local, reach], organization: org, goals: goals)
    let riskOnly = DecisionMatrix(evaluations: evaluations,
                                  weights: DecisionWeights(companyBenefit: 0, resourceFit: 0, risk: 1, competitiveQuality: 0))
    // 1 − 0.8/3 = 0.7333 beats 1 − 0.28125 = 0.71875.
    #expect(riskOnly.winner?.draftID == "reach")
}

@Test func equalDraftsShareARank() {
    var twin = local
    twin.id = "twin"
    let evaluations = DraftEvaluator(platforms: registry).evaluate([local, twin], organization: org, goals: goals)
    let matrix = DecisionMatrix(evaluations: evaluations)
    #expect(matrix.ranking.map(\.rank) == [1, 1])
    #expect(matrix.ranking.map(\.draftID) == ["local", "twin"])
}

@Test func draftWithoutAssumptionsHasUnknownRisk() {
    let bare = StrategyDraft(id: "bare", name: LocalizedText("Bare"))
    let e = DraftEvaluator(platforms: registry).evaluate(bare, organization: org, goals: [])
    #expect(close(e.risk.value, 0.5))
    #expect(close(e.competitiveQuality.value, 0))
    #expect(close(e.resourceFit.value, 1))
}
