import LuaHost

/// Tab completion of globals, table fields and methods, without running any Lua code.
///
/// The word before the cursor (`string.up`, `obj:me`, `pri`) is split at its
/// last `.` or `:`; the part before is walked from the globals with raw
/// reads only, so no `__index` runs. Candidates come from the raw keys of a
/// table, the tables its metatable's `__index` chain leads to, and for
/// userdata from the method table behind `__index` plus field names the host
/// supplies. After `:` only functions are offered.
public struct Completer {
    let introspector: LuaIntrospector
    /// Field names of userdata types by `__name` (host types answer fields from Swift).
    var fieldNames: (String) -> [String]

    public init(introspector: LuaIntrospector, fieldNames: @escaping (String) -> [String] = { _ in [] }) {
        self.introspector = introspector
        self.fieldNames = fieldNames
    }

    /// Full replacements for `word`, sorted, each starting with `word`.
    public func completions(for word: String) -> [String] {
        let separatorIndex = word.lastIndex { $0 == "." || $0 == ":" }
        guard let separatorIndex else {
            let names = Set(keys(of: .table(introspector.lua.globals), methodsOnly: false) + LuaSyntax.keywords)
            return names.filter { $0.hasPrefix(word) }.sorted()
        }
        let path = String(word[..<separatorIndex])
        let separator = word[separatorIndex]
        let partial = String(word[word.index(after: separatorIndex)...])
        // A method call needs a plain path before the ':'.
        if path.contains(":") { return [] }
        guard let target = resolve(path) else { return [] }
        let names = Set(keys(of: target, methodsOnly: separator == ":"))
        return names.filter { $0.hasPrefix(partial) }.sorted().map { path + String(separator) + $0 }
    }

    /// Walks `a.b.c` from the globals with raw reads; `nil` when a step is missing or not a table.
    func resolve(_ path: String) -> LuaValue? {
        var current = LuaValue.table(introspector.lua.globals)
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard LuaSyntax.isIdentifier(part), let next = rawField(current, String(part)) else { return nil }
            current = next
        }
        return current
    }

    /// `value[name]` without metamethods: the table itself, then its `__index` tables.
    private func rawField(_ value: LuaValue, _ name: String) -> LuaValue? {
        for table in lookupTables(of: value) {
            let found = table.rawGet(name)
            if !found.isNil { return found }
        }
        return nil
    }

    /// The tables a lookup on `value` would read, in order, at most a few `__index` steps deep.
    private func lookupTables(of value: LuaValue) -> [LuaTable] {
        var tables: [LuaTable] = []
        var current: LuaValue? = value
        for _ in 0..<8 {
            guard let value = current else { break }
            if case .table(let table) = value {
                if tables.contains(where: { $0.isSame(as: table) }) { break }
                tables.append(table)
            }
            guard let metatable = introspector.metatable(of: value),
                let index = introspector.indexTable(of: metatable)
            else { break }
            current = .table(index)
        }
        return tables
    }

    /// Identifier keys reachable from `value`; only those holding functions when `methodsOnly`.
    private func keys(of value: LuaValue, methodsOnly: Bool) -> [String] {
        var names: [String] = []
        for table in lookupTables(of: value) {
            for (key, item) in table.pairs {
                guard let name = key.stringValue, LuaSyntax.isIdentifier(name) else { continue }
                if methodsOnly, case .function = item {} else if methodsOnly { continue }
                names.append(name)
            }
        }
        if !methodsOnly, case .userdata = value,
            let typeName = introspector.metafield(value, "__name").stringValue
        {
            names += fieldNames(typeName)
        }
        return names
    }
}
