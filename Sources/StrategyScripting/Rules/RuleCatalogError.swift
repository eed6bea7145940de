/// A `--plugin` id that no loaded plugin has.
public struct RuleCatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The id asked for.
    public var unknownPlugin: String
    /// The closest known id, if one is close.
    public var suggestion: String?
    /// Every known id.
    public var known: [String]

    public init(unknownPlugin: String, suggestion: String?, known: [String]) {
        self.unknownPlugin = unknownPlugin
        self.suggestion = suggestion
        self.known = known
    }

    public var description: String {
        var text = "unknown plugin '\(unknownPlugin)'"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text + " Known: " + known.joined(separator: ", ")
    }
}
