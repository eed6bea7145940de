/// One function or method of the Lua API, documented for generated type definitions.
public struct LuaAPIFunction: Sendable, Hashable {
    /// `smkit.text.find_any`, or `Plugin:check` for methods.
    public var name: String
    /// Parameters as `(name, LuaCATS type, description)`.
    public var parameters: [Parameter]
    /// Results as `(LuaCATS type, description)`.
    public var returns: [Result]
    /// One-line summary.
    public var summary: String

    /// A parameter.
    public struct Parameter: Sendable, Hashable {
        public var name: String
        public var type: String
        public var summary: String
    }

    /// A result.
    public struct Result: Sendable, Hashable {
        public var type: String
        public var summary: String
    }

    init(_ name: String, _ summary: String, parameters: [(String, String, String)] = [], returns: [(String, String)] = []) {
        self.name = name
        self.summary = summary
        self.parameters = parameters.map { Parameter(name: $0.0, type: $0.1, summary: $0.2) }
        self.returns = returns.map { Result(type: $0.0, summary: $0.1) }
    }
}
