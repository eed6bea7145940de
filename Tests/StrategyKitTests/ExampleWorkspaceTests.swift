import Foundation
import Testing
@testable import StrategyKit

private func example(_ name: String) throws -> Workspace {
    try Workspace.load(directory: Fixture.packageRoot.appendingPathComponent("Examples").appendingPathComponent(name),
                       platforms: try Fixture.shippedRegistry())
}

@Test func shippedPlatformFilesLoad() throws {
    let registry = try Fixture.shippedRegistry()
    #expect(registry.ids == Workspace.builtInPlatformIDs)
    for platform in registry.platforms {
        #expect(!platform.sources.isEmpty, "\(platform.id) has no sources")
        #expect(platform.sources.allSatisfy { $0.read != nil }, "\(platform.id) lacks a read date")
        #expect(platform.effortHoursPerWeek > 0)
    }
    #expect(registry["instagram"]?.audienceShare(for: .age30to49)?.share == 0.5)
    #expect(registry["facebook"]?.audienceShare(for: .age30to49)?.year == 2024)
    #expect(registry["x"]?.textLimit(for: "post")?.characters == 280)
    #expect(registry["linkedin"]?.audience.isEmpty == true)
}

@Test func platformFileProblemsAreReported() {
    do {
        _ = try PlatformCatalogLoader.parse(yaml: "id: foo\nname: Foo\nkind: blog\nfit: { b2b: high }\n", file: "foo/platform.yaml")
        Issue.record("expected an error")
    } catch {
        #expect(error.description == """
        foo/platform.yaml:1:1: error: missing required field 'effort_hours_per_week' in platform
        foo/platform.yaml:1:1: error: missing required field 'response_time_hours' in platform
        foo/platform.yaml:3:7: error: unknown value 'blog' for 'kind'; expected one of: social_network, professional_network, microblog, visual, short_video, video, other
        foo/platform.yaml:4:6: error: missing required field 'b2c' in fit
        """)
    }
}

@Test func bakeryExampleLoadsAndShowsItsStory() throws {
    let ws = try example("baeckerei-sonnenschein")
    #expect(ws.warnings.isEmpty)
    #expect(ws.organization.resources.totalHoursPerWeek == 6)
    #expect(ws.organization.neglectedPresences.map(\.platform) == ["x"])
    let smart = ws.smartResults()
    #expect(smart.map(\.passed) == [true, true, false])
    #expect(smart[2].failedLetters == [.s, .a, .r, .t])
    // Community: required 180 / 52 = 3.46 per week, history 25 in 59 days = 2.97 → ambitious.
    #expect(smart[0].feasibility.verdict == .ambitious)
    #expect(ws.progress().map(\.status) == [.onTrack, .behind, .noData])
    let checks = ws.assumptionChecks()
    #expect(checks.first { $0.assumptionID == "ig-reichweite" }?.status == .flagged)
    #expect(checks.first { $0.assumptionID == "fb-stammkunden" }?.status == .holding)

    let registry = try Fixture.shippedRegistry()
    let ranking = ws.platformRanking(platforms: registry)
    // 6 h − 20 % = 4.8 h for channels: only one channel fits.
    #expect(close(ranking.hoursForChannels, 4.8))
    #expect(ranking.channelCapacity == 1)
    #expect(ranking.recommended == [ranking.entries[0].platformID])
    #expect(["instagram", "facebook"].contains(ranking.entries[0].platformID))
    let matrix = ws.decisionMatrix(platforms: registry)
    #expect(matrix.winner?.draftID == "lokal")
    let evaluations = ws.evaluations(platforms: registry)
    #expect(evaluations.allSatisfy { $0.resourceFit.value < 1 })
}

@Test func kesslerExampleLoadsWithCSVAndFlagsAnAssumption() throws {
    let ws = try example("kessler-industrietechnik")
    #expect(ws.warnings.isEmpty)
    #expect(ws.organization.worksCouncil == true)
    #expect(ws.organization.neglectedPresences.map(\.status) == [.autoCreated])
    #expect(ws.organization.socialMediaManagers.map(\.name) == ["Jana Albers"])
    #expect(ws.kpis.count == 4)
    let smart = ws.smartResults()
    #expect(smart.allSatisfy { $0.passed })
    // Applications: 9 in 305 days (43.57 weeks) against 3 in 151 days (21.57 weeks): ratio 1.49.
    #expect(close(smart[0].feasibility.paceRatio, (9.0 / (305.0 / 7)) / (3.0 / (151.0 / 7))))
    #expect(ws.progress().map(\.status) == [.onTrack, .behind])
    let checks = ws.assumptionChecks()
    #expect(checks.first { $0.assumptionID == "experten-posten" }?.status == .flagged)
    #expect(checks.first { $0.assumptionID == "xing-fachkraefte" }?.status == .holding)

    let registry = try Fixture.shippedRegistry()
    let ranking = ws.platformRanking(platforms: registry)
    #expect(ranking.entries[0].platformID == "linkedin")
    #expect(ranking.channelCapacity >= 2)
    #expect(ws.decisionMatrix(platforms: registry).winner?.draftID == "fachexperten")
}
