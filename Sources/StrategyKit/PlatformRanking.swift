/// Registered platforms ranked for an organisation, with how many channels its hours carry.
public struct PlatformRanking: Sendable, Hashable, Codable {
    /// Platforms from best to worst fit.
    public var entries: [PlatformFitEntry]
    /// Social media hours per week the organisation has.
    public var hoursAvailable: Double
    /// The part of those hours left for running channels after strategy, monitoring and reporting.
    public var hoursForChannels: Double
    /// How many top-ranked channels fit into ``hoursForChannels``.
    public var channelCapacity: Int
    /// The platforms to run: the top ones within capacity, at most the scorer's maximum.
    public var recommended: [String]
    /// Why the count is what it is.
    public var reasons: [LocalizedText]

    /// The entry for a platform.
    public func entry(_ platformID: String) -> PlatformFitEntry? { entries.first { $0.platformID == platformID } }
}
