import Testing
@testable import StrategyKit

private let alpha = Platform(
    id: "alpha", name: "Alpha", kind: .socialNetwork,
    audience: [AudienceShare(band: .age30to49, share: 0.5, year: 2024, source: "s"),
               AudienceShare(band: .all, share: 0.3, year: 2024, source: "s")],
    b2bFit: .low, b2cFit: .high, benefitFit: [BenefitFit(benefit: .communityLoyalty, fit: .core)],
    effortHoursPerWeek: 2, responseTimeHours: 4)

private let beta = Platform(
    id: "beta", name: "Beta", kind: .shortVideo,
    audience: [AudienceShare(band: .age14to29, share: 0.8, year: 2024, source: "s")],
    b2bFit: .low, b2cFit: .core, effortHoursPerWeek: 6, responseTimeHours: 24)

private let groups = [
    TargetGroup(id: "g1", name: LocalizedText("Familien"), ageBands: [.age30to49], weight: 2),
    TargetGroup(id: "g2", name: LocalizedText("Mix"), ageBands: [.age14to29, .age50to69], weight: 1),
]
private let goals = [Goal(id: "c", benefit: .communityLoyalty, kpi: "active_members")]

@Test func ranksPlatformsWithHandComputedTerms() throws {
    let org = Fixture.organization(hours: 10, groups: groups)
    let ranking = PlatformFitScorer().rank(PlatformRegistry([beta, alpha]), organization: org, goals: goals)
    #expect(ranking.entries.map(\.platformID) == ["alpha", "beta"])
    let a = try #require(ranking.entry("alpha"))
    // reach: g1 = 0.5; g2 = (14+ fallback 0.3 + 0.3) / 2 = 0.3 → (0.5·2 + 0.3) / 3 = 0.4333
    #expect(close(a.score.terms[0].value, 1.3 / 3))
    #expect(close(a.score.terms[1].value, 1.0))   // benefit: core
    #expect(close(a.score.terms[2].value, 0.75))  // B2C high
    #expect(close(a.score.terms[3].value, 0.75))  // effort 1 − 2/8
    #expect(close(a.score.value, 0.4 * 1.3 / 3 + 0.25 + 0.2 * 0.75 + 0.15 * 0.75))
    let b = try #require(ranking.entry("beta"))
    // reach: g1 = 0 (no figure, no 14+); g2 = (0.8 + 0) / 2 = 0.4 → 0.4 / 3
    #expect(close(b.score.terms[0].value, 0.4 / 3))
    #expect(close(b.score.terms[1].value, 0.5))   // unrated → medium
    #expect(close(b.score.value, 0.4 * 0.4 / 3 + 0.25 * 0.5 + 0.2 * 1.0 + 0.15 * 0.25))
    #expect(b.score.terms[0].reason.en.contains("50-69: no data (0)"))
    // 10 h − 20 % overhead = 8 h: 2 + 6 = 8 fits exactly.
    #expect(ranking.hoursForChannels == 8)
    #expect(ranking.channelCapacity == 2)
    #expect(ranking.recommended == ["alpha", "beta"])
}

@Test func fewHoursCarryFewerChannels() {
    let org = Fixture.organization(hours: 5, groups: groups)
    let ranking = PlatformFitScorer().rank(PlatformRegistry([alpha, beta]), organization: org, goals: goals)
    // 5 h → 4 h for channels: alpha (2) fits, alpha + beta (8) does not.
    #expect(ranking.channelCapacity == 1)
    #expect(ranking.recommended == ["alpha"])
    #expect(ranking.entry("beta")?.withinCapacity == false)
    #expect(close(ranking.entry("beta")?.score.terms[3].value, 0))
}

@Test func recommendsAtMostThreeChannels() {
    let cheap = (1...4).map { index in
        Platform(id: "p\(index)", name: "P\(index)", kind: .other, b2bFit: .medium, b2cFit: .medium,
                 effortHoursPerWeek: 1, responseTimeHours: 24)
    }
    let ranking = PlatformFitScorer().rank(PlatformRegistry(cheap), organization: Fixture.organization(hours: 10))
    #expect(ranking.channelCapacity == 4)
    #expect(ranking.recommended.count == 3)
    // Equal scores fall back to id order.
    #expect(ranking.entries.map(\.platformID) == ["p1", "p2", "p3", "p4"])
}

@Test func registryKeepsDeterministicOrderAndRefusesDuplicates() throws {
    var registry = PlatformRegistry()
    try registry.add(beta)
    try registry.add(alpha)
    #expect(registry.ids == ["alpha", "beta"])
    #expect(throws: PlatformRegistry.DuplicatePlatformError.self) { try registry.add(alpha) }
    var changed = alpha
    changed.effortHoursPerWeek = 9
    #expect(registry.replace(changed)?.effortHoursPerWeek == 2)
    #expect(registry["alpha"]?.effortHoursPerWeek == 9)
}
