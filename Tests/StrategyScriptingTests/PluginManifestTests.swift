import Foundation
import StrategyKit
import Testing
@testable import StrategyScripting

@Suite("Plugin manifests and test files")
struct PluginManifestTests {
    static let valid = """
        id: demo
        name: Demo
        version: 1.0.0
        api: 1
        author: A
        licence: MIT
        rules_date: 2026-11-22
        sources:
          - { url: https://example.org/rules, read: 2026-11-22 }
        """

    @Test func readsAValidManifest() throws {
        let manifest = try PluginManifestLoader.parse(yaml: Self.valid)
        #expect(manifest.id == "demo")
        #expect(manifest.apiLevel == 1)
        #expect(manifest.main == "init.lua")
        #expect(manifest.sources.first?.read == CalendarDate("2026-11-22"))
        #expect(manifest.location(of: "api") == "plugin.yaml:4:1")
    }

    @Test func rejectsBrokenManifestsWithPositions() {
        let broken = Self.valid
            .replacingOccurrences(of: "id: demo", with: "id: Demo_Plugin")
            .replacingOccurrences(of: "version: 1.0.0", with: "version: one")
            .replacingOccurrences(of: "licence: MIT", with: "license: MIT")
            + "\nmain: ../../etc/passwd.lua\n"
        do {
            _ = try PluginManifestLoader.parse(yaml: broken, file: "m.yaml")
            Issue.record("expected diagnostics")
        } catch {
            let text = error.formatted()
            #expect(text.contains("m.yaml:1:5: error: 'id' may only contain"))
            #expect(text.contains("m.yaml:3:10: error: 'version' must look like MAJOR.MINOR.PATCH"))
            #expect(text.contains("m.yaml:6:1: error: unknown key 'license' in plugin manifest; did you mean 'licence'?"))
            #expect(text.contains("missing required field 'licence'"))
            #expect(text.contains("'main' must be a .lua file inside the plugin folder"))
        }
    }

    @Test func testFileMergesCasesOverTheBase() throws {
        let suite = try PluginTestSuite.parse(yaml: """
            base:
              kind: contest
              platforms: [facebook]
              text: "Gewinnspiel"
              entry: [comment]
              terms: { url: https://example.org/tb, includes: [organiser] }
            cases:
              - name: share
                contest: { entry: [share], terms: { includes: [prize] } }
                expect: [FB-04]
              - name: plain
                contest: {}
                absent: [FB-04]
            """, file: "t.yaml")
        #expect(suite.cases.count == 2)
        guard case .contest(let share) = suite.cases[0].subject, case .contest(let plain) = suite.cases[1].subject else {
            Issue.record("cases without contests")
            return
        }
        #expect(share.entry == [.share])
        #expect(share.terms.includes == [.prize])
        #expect(share.terms.url == "https://example.org/tb")
        #expect(plain.entry == [.comment])
        #expect(suite.cases[0].location == "t.yaml:8:5")
    }

    @Test func testCaseMustCheckSomething() {
        #expect(throws: DiagnosticError.self) {
            try PluginTestSuite.parse(yaml: "cases:\n  - name: x\n    contest: { kind: contest, platforms: [x], text: t, entry: [like] }\n",
                                      file: "t.yaml")
        }
    }
}
