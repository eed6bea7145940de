/// StrategyKit: the social media strategy domain in plain Swift (no Lua).
public enum StrategyKit {
    /// The version of the domain model and its file formats.
    public static let version = "0.1.0"
}
