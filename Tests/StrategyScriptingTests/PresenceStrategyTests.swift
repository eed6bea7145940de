import Foundation
import LuaHost
import StrategyKit
import Testing
@testable import StrategyScripting

/// Presence and strategy subjects: their data, which checks see them, where findings point.
@Suite("Presence and strategy subjects")
struct PresenceStrategyTests {
    static let root = PluginFixture.packageRoot
    static let kesslerFolder = root.appendingPathComponent("Examples/kessler-industrietechnik").path
    static let bakeryFolder = root.appendingPathComponent("Examples/baeckerei-sonnenschein").path
    static let platforms: PlatformRegistry = (try? PlatformCatalogLoader.loadRegistry(
        directory: root.appendingPathComponent("Plugins"))) ?? PlatformRegistry()

    static func workspace(_ folder: String) throws -> Workspace {
        try Workspace.load(directory: URL(fileURLWithPath: folder), platforms: platforms)
    }

    /// A host with only the built-in audit plugin.
    static func auditHost() throws -> PluginHost {
        let host = try PluginHost()
        guard case .success(let manifest) = PluginDiscovery.read(directory: PluginFixture.builtIn + "/social-media-audit") else {
            Issue.record("social-media-audit has no readable manifest")
            return host
        }
        #expect(host.load(manifest))
        return host
    }

    /// The 1-based line of the first line containing `text` after the first line containing `after`.
    static func line(of text: String, after: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.contains(after) })
        let index = try #require(lines[start...].firstIndex { $0.contains(text) })
        return index + 1
    }

    // MARK: Subject data

    @Test func presenceCarriesAsOfAndTheDaysSinceItsLastPost() throws {
        let asOf = try #require(CalendarDate("2026-10-31"))
        let xing = Presence(platform: "xing", handle: "K GmbH", status: .active, followers: 900,
                            lastPost: CalendarDate("2026-09-15"))
        let data = SubjectData.presence(xing, asOf: asOf)
        #expect(data["platform"].text == "xing")
        #expect(data["status"].text == "active")
        #expect(data["followers"].int == 900)
        #expect(data["last_post"].text == "2026-09-15")
        #expect(data["as_of"].text == "2026-10-31")
        #expect(data["days_since_last_post"].int == 46)  // 15 days of September + 31 of October
        // Across a year boundary and a leap day.
        let old = Presence(platform: "x", handle: "h", status: .abandoned, lastPost: CalendarDate("2023-12-31"))
        #expect(SubjectData.presence(old, asOf: CalendarDate("2024-03-01"))["days_since_last_post"].int == 61)
        // Without either day there is no age, rather than a wrong one.
        #expect(SubjectData.presence(old, asOf: nil)["days_since_last_post"] == .nil)
        let never = Presence(platform: "facebook", handle: "h", status: .autoCreated)
        let neverData = SubjectData.presence(never, asOf: asOf)
        #expect(neverData["days_since_last_post"] == .nil)
        #expect(neverData["status"].text == "auto_created")
        #expect(SubjectData.presenceID(never) == "facebook:h")
    }

    @Test func strategyAnalysisIsThePlatformRankingOfTheWorkspace() throws {
        for folder in [Self.kesslerFolder, Self.bakeryFolder] {
            let workspace = try Self.workspace(folder)
            let ranking = workspace.platformRanking(platforms: Self.platforms)
            let data = try SubjectData.strategy(workspace, platforms: Self.platforms)
            let analysis = data["analysis"]
            #expect(analysis["channel_capacity"].int == ranking.channelCapacity)
            #expect(analysis["hours_available"].double == ranking.hoursAvailable)
            #expect(analysis["hours_for_channels"].double == ranking.hoursForChannels)
            #expect(analysis["recommended"].strings == ranking.recommended)
            #expect(analysis["active_presences"].strings
                    == workspace.organization.presences.filter { $0.status == .active }.map(\.platform))
            #expect(data["organization"]["name"].text == workspace.organization.name)
            #expect(data["drafts"].arrayValues.map { $0["id"].text } == workspace.drafts.map(\.id))
            #expect(data["goals"].arrayValues.count == workspace.goals.count)
            #expect(data["as_of"].text == workspace.asOf.description)
        }
        let kessler = try Self.workspace(Self.kesslerFolder)
        let data = try SubjectData.strategy(kessler, platforms: Self.platforms)
        #expect(data["analysis"]["auto_created_presences"].strings == ["facebook"])
        #expect(data["analysis"]["abandoned_presences"].strings == [])
        // Drafts keep snake_case keys, as smkit.Workspace gives them to scripts.
        #expect(data["drafts"].arrayValues.first?["components"]["channels"].arrayValues.first?["platform"].text == "linkedin")
        #expect(SubjectData.strategyPlatforms(kessler) == ["facebook", "linkedin", "xing", "youtube"])
    }

    // MARK: Which checks run

    static let probe = """
        local smkit = require "smkit"
        local plugin = smkit.plugin { id = "probe", api = 1 }
        local function rule(id, subject, platforms, run)
          plugin:check { id = id, subject = subject, severity = "info", consequence = "best_practice", platforms = platforms,
            source = "https://example.org/" .. id, read = "2026-11-22", summary = { de = id, en = id }, run = run }
        end
        rule("P-ALL", "presence", nil, function(p, report)
          report:fail { field = "handle", message = { de = p.platform, en = p.platform .. " " .. tostring(p.days_since_last_post) } }
        end)
        rule("P-FB", "presence", { "facebook" }, function(_, report) report:fail { field = "status" } end)
        rule("S-XING", "strategy", { "xing" }, function(s, report)
          report:fail { field = "drafts.2.components.channels", message = { de = "x", en = s.analysis.channel_capacity .. "" } }
        end)
        rule("S-TIKTOK", "strategy", { "tiktok" }, function(_, report) report:fail {} end)
        rule("S-BROKEN", "strategy", nil, function(s) return s.analysis.missing.field end)
        return plugin
        """

    @Test func eachPresenceIsCheckedForItsOwnPlatformAndTheStrategyForAllOfThem() throws {
        let parent = PluginFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        PluginFixture.write(id: "probe", lua: Self.probe, in: parent)
        let host = try PluginFixture.host(parent)
        #expect(host.loadFailures.isEmpty)
        let workspace = try Self.workspace(Self.kesslerFolder)
        let result = host.check(workspace: workspace, platforms: Self.platforms)

        let all = result.findings.filter { $0.ruleID == "P-ALL" }
        #expect(all.map(\.message.en) == ["linkedin 4", "xing 46", "youtube 72", "facebook nil"])
        #expect(all.allSatisfy { $0.subject == .presence })
        #expect(result.findings.filter { $0.ruleID == "P-FB" }.map(\.subjectID) == ["facebook:Kessler Industrietechnik GmbH"])
        let xing = try #require(result.findings.first { $0.ruleID == "S-XING" })
        #expect(xing.subject == .strategy && xing.subjectID == SubjectData.strategyID)
        #expect(xing.message.en == String(workspace.platformRanking(platforms: Self.platforms).channelCapacity))
        #expect(!result.findings.contains { $0.ruleID == "S-TIKTOK" })  // no presence or channel on TikTok
        // A broken check is a failure of its plugin, named with the subject; the others still reported.
        let failure = try #require(result.failures.first)
        #expect(result.failures.count == 1)
        #expect(failure.pluginID == "probe" && failure.ruleID == "S-BROKEN" && failure.subjectID == "strategy")
        #expect(failure.file?.hasSuffix("probe/init.lua") == true)
    }

    @Test func findingsPointAtTheirLineInStrategyYAML() throws {
        let parent = PluginFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        PluginFixture.write(id: "probe", lua: Self.probe, in: parent)
        let host = try PluginFixture.host(parent)
        let workspace = try Self.workspace(Self.kesslerFolder)
        let result = host.check(workspace: workspace, platforms: Self.platforms)
        let file = Self.kesslerFolder + "/strategy.yaml"

        let facebookStatus = try Self.line(of: "status: auto_created", after: "platform: facebook", in: file)
        let fb = try #require(result.findings.first { $0.ruleID == "P-FB" })
        #expect(fb.location == "\(file):\(facebookStatus):7")
        let xingHandle = try Self.line(of: "handle:", after: "platform: xing", in: file)
        let xing = try #require(result.findings.first { $0.ruleID == "P-ALL" && $0.message.en.hasPrefix("xing") })
        #expect(xing.location == "\(file):\(xingHandle):7")
        // drafts.2 is the second draft: its channels key, not the first draft's.
        let channels = try Self.line(of: "channels:", after: "id: stellenanzeigen", in: file)
        let strategy = try #require(result.findings.first { $0.ruleID == "S-XING" })
        #expect(strategy.location == "\(file):\(channels):7")

        // A workspace parsed from text has no file: no location rather than a wrong one.
        var inMemory = workspace
        inMemory.directory = ""
        let loose = host.check(workspace: inMemory, platforms: Self.platforms)
        #expect(loose.findings.allSatisfy { $0.location == nil })
    }

    @Test func positionsFallBackToTheDeepestWrittenParent() throws {
        let file = Self.kesslerFolder + "/strategy.yaml"
        let positions = WorkspacePositions(file: file)
        let presences = try Self.line(of: "presences:", after: "organization:", in: file)
        #expect(positions.location(of: "organization.presences") == "\(file):\(presences):3")
        let facebook = try Self.line(of: "platform: facebook", after: "presences:", in: file)
        #expect(positions.location(of: "organization.presences.4") == "\(file):\(facebook):7")
        #expect(positions.location(of: "organization.presences.4.no_such_field") == "\(file):\(facebook):7")
        #expect(positions.location(of: "organization.presences.99") == "\(file):\(presences):3")
        #expect(positions.location(of: "analysis.channel_capacity") == file)
        #expect(WorkspacePositions(file: "/no/such/strategy.yaml").location(of: "organization") == "/no/such/strategy.yaml")
    }

    // MARK: The built-in audit rules on the examples

    @Test func kesslersAutoCreatedFacebookPageIsReported() throws {
        let host = try Self.auditHost()
        let result = host.check(workspace: try Self.workspace(Self.kesslerFolder), platforms: Self.platforms)
        #expect(result.failures.isEmpty)
        #expect(result.findings.map(\.ruleID) == ["AUD-02"])
        let finding = try #require(result.findings.first)
        #expect(finding.subjectID == "facebook:Kessler Industrietechnik GmbH")
        #expect(finding.severity == .warning && finding.consequence == .bestPractice)
        #expect(finding.ruleDate == CalendarDate("2026-12-07") && finding.source.hasPrefix("https://"))
        #expect(finding.message.de.contains("beanspruchen") && finding.message.en.contains("claim"))
    }

    @Test func theBakerysAbandonedAccountAndTooManyChannels() throws {
        let host = try Self.auditHost()
        let workspace = try Self.workspace(Self.bakeryFolder)
        let result = host.check(workspace: workspace, platforms: Self.platforms)
        #expect(result.failures.isEmpty)
        #expect(Set(result.findings.map(\.ruleID)) == ["AUD-01", "AUD-04", "AUD-06"])
        let ranking = workspace.platformRanking(platforms: Self.platforms)
        let active = workspace.organization.presences.filter { $0.status == .active }.count
        #expect(active > ranking.channelCapacity)  // the reason AUD-04 fires, from StrategyKit's own numbers
        let capacity = try #require(result.findings.first { $0.ruleID == "AUD-04" })
        #expect(capacity.message.en.hasPrefix("\(active) active presences"))
        #expect(capacity.message.en.contains("carry only \(ranking.channelCapacity)"))
        #expect(capacity.message.de.contains(String(format: "%.1f", ranking.hoursForChannels).replacingOccurrences(of: ".", with: ",")))
        let abandoned = try #require(result.findings.first { $0.ruleID == "AUD-01" })
        #expect(abandoned.subjectID == "x:SonnenscheinBack" && abandoned.message.en.contains("2019-05-14"))
    }

    @Test func theAuditPluginsOwnCasesPassAndCoverEveryRule() {
        let report = PluginTestRunner.run(pluginDirectory: PluginFixture.builtIn + "/social-media-audit")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.failed == 0, "\(report.outcomes.filter { !$0.passed }.map { "\($0.testCase.name): \($0.problems)" })")
        #expect(report.passed >= 12)
        #expect(report.rulesWithoutTrigger.isEmpty && report.rulesWithoutNonTrigger.isEmpty)
    }

    // MARK: Test-case format

    @Test func presenceAndWorkspaceCasesAreRead() throws {
        let suite = try PluginTestSuite.parse(yaml: """
            base: { platform: facebook, handle: h, status: active }
            cases:
              - name: old
                presence: { status: abandoned, last_post: 2020-01-02 }
                as_of: 2026-10-31
                platforms: [x]
                expect: [A-1]
              - name: strategy
                workspace: ../ws
                subject: strategy
                absent: [A-2]
            """, file: "/plugins/p/tests/t.yaml")
        let presence = try #require(suite.cases.first)
        #expect(presence.presence == Presence(platform: "facebook", handle: "h", status: .abandoned,
                                              lastPost: CalendarDate("2020-01-02")))
        #expect(presence.asOf == CalendarDate("2026-10-31") && presence.platforms == ["x"])
        let strategy = try #require(suite.cases.last)
        #expect(strategy.workspace == "/plugins/p/tests/../ws" && strategy.workspaceSubject == .strategy)
        #expect(strategy.presence == nil && strategy.subject == nil)
    }

    @Test func badPresenceAndWorkspaceCasesGetPositions() {
        let file = "/plugins/p/tests/bad.yaml"
        #expect {
            try PluginTestSuite.parse(yaml: """
                cases:
                  - name: no subject
                    workspace: ../ws
                    expect: [A-1]
                  - name: bad status
                    presence: { platform: x, handle: h, status: gone }
                    expect: [A-1]
                  - name: checks nothing
                    presence: { platform: x, handle: h, status: active }
                  - name: misspelt
                    presence: { platform: x, handle: h, status: active, lastpost: 2020-01-01 }
                    absent: [A-1]
                """, file: file)
        } throws: { error in
            let text = (error as? DiagnosticError)?.diagnostics.map { $0.formatted(in: .en) } ?? []
            return text.count == 4
                && text.contains { $0.hasPrefix("\(file):2:5:") && $0.contains("subject: strategy") }
                && text.contains { $0.hasPrefix("\(file):6:") && $0.contains("gone") }
                && text.contains { $0.hasPrefix("\(file):8:5:") && $0.contains("checks nothing") }
                && text.contains { $0.hasPrefix("\(file):11:") && $0.contains("last_post") }
        }
    }

    // MARK: Lua

    @Test func scriptsCheckAWorkspace() throws {
        let module = SmkitModuleTests()
        let lua = try module.state()
        let r = try module.run(lua, """
            local smkit = require 'smkit'
            local result = smkit.check_workspace(smkit.load_workspace(...))
            local ids, subjects = {}, {}
            for _, f in ipairs(result.findings) do ids[#ids + 1] = f.rule_id; subjects[#subjects + 1] = f.subject end
            table.sort(ids)
            return table.concat(ids, ","), table.concat(subjects, ","), #result.failures, result.findings[1].location
            """, .string(LuaString(Self.kesslerFolder)))
        #expect(r[0].stringValue == "AUD-02")
        #expect(r[1].stringValue == "presence")
        #expect(r[2].intValue == 0)
        #expect(r[3].stringValue?.hasPrefix(Self.kesslerFolder + "/strategy.yaml:") == true)
        #expect {
            try module.run(lua, "return require('smkit').check_workspace({})")
        } throws: { error in
            (error as? LuaError)?.message.contains("smkit.check_workspace") == true
        }
    }
}
