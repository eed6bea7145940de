import Foundation
import StrategyKit

/// Every rule the loaded plugins registered, sorted by plugin and then by id (numbers in ids
/// in numeric order: `FB-2` before `FB-10`), for review.
public struct RuleCatalog: Sendable, Hashable {
    /// The rules, sorted.
    public private(set) var rules: [CheckDescriptor]
    /// The ids of every loaded plugin, with or without rules, sorted.
    public private(set) var pluginIDs: [String]

    /// A catalogue of `checks` from the plugins `pluginIDs`.
    public init(checks: [CheckDescriptor], pluginIDs: [String]) {
        rules = checks.sorted { a, b in
            if a.pluginID != b.pluginID { return Self.precedes(a.pluginID, b.pluginID) }
            return Self.precedes(a.id, b.id)
        }
        self.pluginIDs = Array(Set(pluginIDs + checks.map(\.pluginID))).sorted(by: Self.precedes)
    }

    /// The rules of every plugin a host loaded.
    public init(host: PluginHost) {
        self.init(checks: host.checks, pluginIDs: host.plugins.map(\.manifest.id))
    }

    /// Only the rules of plugin `id`; an id no plugin has is an error with a suggestion.
    public func filtered(plugin id: String?) throws(RuleCatalogError) -> RuleCatalog {
        guard let id else { return self }
        guard pluginIDs.contains(id) else {
            throw RuleCatalogError(unknownPlugin: id, suggestion: StringDistance.suggestion(for: id, among: pluginIDs),
                                   known: pluginIDs)
        }
        var copy = self
        copy.rules = rules.filter { $0.pluginID == id }
        copy.pluginIDs = [id]
        return copy
    }

    /// The rules grouped by plugin, in order; plugins without rules are left out.
    public var byPlugin: [(plugin: String, rules: [CheckDescriptor])] {
        var groups: [(plugin: String, rules: [CheckDescriptor])] = []
        for rule in rules {
            if groups.last?.plugin == rule.pluginID {
                groups[groups.count - 1].rules.append(rule)
            } else {
                groups.append((rule.pluginID, [rule]))
            }
        }
        return groups
    }

    static func precedes(_ a: String, _ b: String) -> Bool {
        let order = a.compare(b, options: [.numeric, .caseInsensitive])
        return order == .orderedSame ? a < b : order == .orderedAscending
    }
}
