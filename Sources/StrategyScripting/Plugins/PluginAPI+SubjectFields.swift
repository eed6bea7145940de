public import LuaHost
import StrategyKit

extension PluginAPI {
    /// The dotted paths of every field a contest and a post can have (`organiser.imprint_url`),
    /// from the same fully populated samples `smkit types` describes; lists count as one field.
    ///
    /// `plugin:requires_field` refuses a path that is not among them, so a misspelt field
    /// is an error while the plugin loads, not a rule that always fires.
    public static func subjectFieldPaths() -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for (name, data) in LuaTypesGenerator.subjectSamples() {
            var paths: Set<String> = []
            collect(data, prefix: "", into: &paths)
            result[name == "smkit.Contest" ? "contest" : "post"] = paths
        }
        return result
    }

    private static func collect(_ data: LuaData, prefix: String, into paths: inout Set<String>) {
        guard case .table(let entries) = data else { return }
        for entry in entries {
            guard let key = entry.key.text else { continue }
            let path = prefix + key
            paths.insert(path)
            if case .table = entry.value, entry.value.arrayValues.isEmpty { collect(entry.value, prefix: path + ".", into: &paths) }
        }
    }

    /// ``subjectFieldPaths()`` as the prelude reads it: subject kind -> set of paths.
    static func subjectFieldTable(in lua: LuaState) -> LuaTable {
        let table = lua.newTable()
        for (kind, paths) in subjectFieldPaths() {
            let set = lua.newTable()
            for path in paths { set.rawSet(path, .boolean(true)) }
            table.rawSet(kind, .table(set))
        }
        return table
    }

    /// The items `terms.includes` can list, for `plugin:requires_terms`: name -> true, and
    /// `suggest(name)`, the nearest item for a misspelt one.
    static func termsItemTable(in lua: LuaState) -> LuaTable {
        let table = lua.newTable()
        let names = TermsContent.allCases.map(\.rawValue)
        for name in names { table.rawSet(name, .boolean(true)) }
        return table
    }

    /// The nearest terms item to a misspelt `name`, if any is near.
    static func termsItemSuggestion(in lua: LuaState) -> LuaFunction {
        lua.function(name: "plugin:requires_terms") { call in
            let names = TermsContent.allCases.map(\.rawValue)
            if let suggestion = StringDistance.suggestion(for: try call.string(1), among: names) {
                call.push(suggestion)
            } else {
                call.pushNil()
            }
            return 1
        }
    }
}
