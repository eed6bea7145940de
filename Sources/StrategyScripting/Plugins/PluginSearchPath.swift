/// A folder that holds plugin folders, with its place in the discovery order.
public struct PluginSearchPath: Sendable, Hashable {
    /// The folder.
    public var directory: String
    /// What kind of location it is.
    public var origin: PluginOrigin

    /// Creates a search path.
    public init(directory: String, origin: PluginOrigin) {
        self.directory = directory
        self.origin = origin
    }
}
