import Foundation
import Testing
@testable import StrategyScripting

/// Rule ids and what they say are public API: the metadata of every built-in check is held
/// to `Tests/Snapshots/builtin-checks.json`, so rewriting a plugin cannot change a rule unnoticed.
///
/// After a deliberate change to a rule, run the test with `SMKIT_UPDATE_SNAPSHOTS=1` and
/// review the diff of the snapshot like any other change.
@Suite("Built-in rule metadata", .timeLimit(.minutes(1)))
struct BuiltInRuleMetadataTests {
    static let snapshot = PluginFixture.packageRoot.appendingPathComponent("Tests/Snapshots/builtin-checks.json")

    /// The registered checks as sorted-key JSON, one plugin after another in load order.
    static func dump() throws -> String {
        let host = try PluginFixture.host(PluginFixture.builtIn)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(host.checks), as: UTF8.self) + "\n"
    }

    @Test func everyBuiltInCheckKeepsItsMetadata() throws {
        let current = try Self.dump()
        if ProcessInfo.processInfo.environment["SMKIT_UPDATE_SNAPSHOTS"] == "1" {
            try current.write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(current == recorded, "built-in check metadata differs from Tests/Snapshots/builtin-checks.json")
    }
}
