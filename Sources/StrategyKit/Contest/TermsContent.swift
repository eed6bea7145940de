/// A topic the terms of participation (Teilnahmebedingungen) cover.
public enum TermsContent: String, Sendable, Hashable, Codable, CaseIterable {
    /// Who runs the contest (Veranstalter).
    case organiser
    /// Who may take part, with exclusions.
    case eligibility
    /// Start and end with date, time and time zone.
    case period
    /// What can be won, value and conditions.
    case prize
    /// How to take part.
    case howToEnter = "how_to_enter"
    /// How the winner is chosen (random or jury with criteria).
    case winnerSelection = "winner_selection"
    /// How winners are told and by when they must answer.
    case winnerNotification = "winner_notification"
    /// How the prize is handed over.
    case prizeDelivery = "prize_delivery"
    /// The data-protection notice (Art. 13 GDPR).
    case privacyNotice = "privacy_notice"
    /// Each entrant releases the platform from liability.
    case platformRelease = "platform_release"
    /// The contest is not sponsored, endorsed or run by the platform.
    case nonAffiliation = "non_affiliation"
    /// Entries from multiple accounts are not eligible.
    case multipleAccounts = "multiple_accounts"
    /// A link to the platform's community guidelines.
    case communityGuidelines = "community_guidelines"
    /// What rights the organiser takes in submitted entries.
    case entryRights = "entry_rights"
    /// Ending early and exclusion for manipulation.
    case earlyTermination = "early_termination"
}
