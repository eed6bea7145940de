/// How ``LuaState/views(of:template:)`` turns detached data into read-only views.
///
/// Every table of the data becomes an empty proxy whose metatable reads through to the
/// filled table (`__index`), plus the template's own fields (typically `__newindex`,
/// `__len`, `__pairs` and `__metatable`). Building the views while pushing costs a
/// fraction of wrapping the same tables from Lua afterwards.
public struct LuaViewTemplate {
    let dataMetatable: LuaTable?
    let proxyFields: [(key: LuaValue, value: LuaValue)]

    /// - Parameters:
    ///   - dataMetatable: set on every filled table (for methods on the data), or `nil`.
    ///   - proxyMetatable: its raw fields are copied into each proxy's metatable; an
    ///     `__index` field is ignored, since it always names the filled table.
    public init(dataMetatable: LuaTable?, proxyMetatable: LuaTable) {
        self.dataMetatable = dataMetatable
        proxyFields = proxyMetatable.pairs.filter { $0.key.stringValue != "__index" }
    }
}
