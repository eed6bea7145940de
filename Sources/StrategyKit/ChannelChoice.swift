/// A platform chosen in a draft, with its priority (1 = most important).
public struct ChannelChoice: Sendable, Hashable, Codable {
    /// The platform id.
    public var platform: String
    /// Priority, 1 is highest.
    public var priority: Int
    /// What the channel is for in this draft.
    public var purpose: LocalizedText?

    /// Creates a channel choice.
    public init(platform: String, priority: Int, purpose: LocalizedText? = nil) {
        self.platform = platform
        self.priority = priority
        self.purpose = purpose
    }
}
