import LuaHost
import StrategyKit

/// The strictness of `smkit.workspace(table)` beyond decoding: keys the workspace does not read
/// (with a did-you-mean among the keys it does) and platform ids that no plugin defines, each
/// named by its field path (`organization.presences[2].platform`).
///
/// Decoding already names the path of a missing field or a wrong type; what a decoder ignores,
/// a key nobody reads, is found by encoding the decoded workspace again and looking for the
/// given keys in it.
enum WorkspaceTableCheck {
    /// Every problem, one line each; empty when the table is a workspace as given.
    static func problems(in given: LuaData, decoded: Workspace, platforms: [String]) -> [String] {
        var problems: [String] = []
        if let encoded = try? LuaDataEncoder().encode(decoded) {
            unknownKeys(given, read: encoded, path: "", into: &problems)
        }
        func check(_ id: String?, _ path: String) {
            guard let id, !platforms.contains(id) else { return }
            let hint = StringDistance.suggestion(for: id, among: platforms).map { "; did you mean '\($0)'?" } ?? ""
            problems.append("\(path): unknown platform '\(id)'\(hint)")
        }
        for (i, presence) in decoded.organization.presences.enumerated() {
            check(presence.platform, "organization.presences[\(i + 1)].platform")
        }
        for (i, goal) in decoded.goals.enumerated() { check(goal.platform, "goals[\(i + 1)].platform") }
        for (i, draft) in decoded.drafts.enumerated() {
            for (j, channel) in draft.components.channels.enumerated() {
                check(channel.platform, "drafts[\(i + 1)].components.channels[\(j + 1)].platform")
            }
        }
        for (i, series) in decoded.kpis.enumerated() { check(series.platform, "kpis[\(i + 1)].platform") }
        return problems
    }

    private static func unknownKeys(_ given: LuaData, read: LuaData, path: String, into problems: inout [String]) {
        guard case .table(let entries) = given, case .table(let known) = read else { return }
        let sequence = given.arrayValues
        if !entries.isEmpty, sequence.count == entries.count {
            let items = read.arrayValues
            for (i, item) in sequence.enumerated() where i < items.count {
                unknownKeys(item, read: items[i], path: path + "[\(i + 1)]", into: &problems)
            }
            return
        }
        let names = known.compactMap { entry -> String? in if case .string(let s) = entry.key { s.description } else { nil } }
        for entry in entries {
            guard case .string(let key) = entry.key else { continue }
            let name = key.description
            let child = path.isEmpty ? name : path + "." + name
            let value = read[name]
            if !value.isNilValue {
                unknownKeys(entry.value, read: value, path: child, into: &problems)
            } else if !names.contains(name) {
                let hint = StringDistance.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
                problems.append("\(path.isEmpty ? "workspace" : path): unknown key '\(name)'\(hint)")
            }
        }
    }
}

extension LuaData {
    fileprivate var isNilValue: Bool { if case .nil = self { true } else { false } }
}
