/// The components of a strategy draft after the pbsm strategy check.
public struct DraftComponents: Sendable, Hashable, Codable {
    /// Topics (Themen).
    public var topics: [LocalizedText]
    /// The benefit for users (Nutzen für die Nutzer).
    public var userBenefits: [LocalizedText]
    /// Usage formats (Nutzungsformate), e.g. "Reels", "Q&A".
    public var formats: [LocalizedText]
    /// How users take part (Beteiligung).
    public var participation: [LocalizedText]
    /// Why users take part (Motivation).
    public var motivation: [LocalizedText]
    /// Channels with priorities, highest first.
    public var channels: [ChannelChoice]

    /// Creates components; channels are sorted by priority.
    public init(topics: [LocalizedText] = [], userBenefits: [LocalizedText] = [],
                formats: [LocalizedText] = [], participation: [LocalizedText] = [],
                motivation: [LocalizedText] = [], channels: [ChannelChoice] = []) {
        self.topics = topics
        self.userBenefits = userBenefits
        self.formats = formats
        self.participation = participation
        self.motivation = motivation
        self.channels = channels.sorted { ($0.priority, $0.platform) < ($1.priority, $1.platform) }
    }
}
