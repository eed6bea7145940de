/// What the organiser may do with content that entrants submit.
public enum SubmissionRights: String, Sendable, Hashable, Codable, CaseIterable {
    /// No use beyond judging the entry.
    case none
    /// Shown for the contest and the announcement of the winners only.
    case contestOnly = "contest_only"
    /// Used on the organiser's own channels.
    case organiserChannels = "organiser_channels"
    /// Used without limits of channel or purpose.
    case unlimited
}
