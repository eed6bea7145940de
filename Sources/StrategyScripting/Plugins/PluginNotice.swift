/// Something about the plugin run worth saying that is not a failure: a plugin found twice,
/// where the nearer copy is used and the farther one is not loaded.
public struct PluginNotice: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The plugin id found twice.
    public var pluginID: String
    /// The manifest of the copy that is used.
    public var used: String
    /// The manifest of the copy that is not loaded.
    public var shadowed: String

    /// Creates a notice.
    public init(pluginID: String, used: String, shadowed: String) {
        self.pluginID = pluginID
        self.used = used
        self.shadowed = shadowed
    }

    public var description: String {
        "plugin '\(pluginID)': using \(used); \(shadowed) has the same id and is not loaded (the nearer folder wins)"
    }
}
