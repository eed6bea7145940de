public import StrategyKit

/// What contest terms (Teilnahmebedingungen) are generated from.
///
/// A deliberately small, flat description, so the Contest model of the plugins work can
/// fill it later (`ContestTermsInput(contest:)`) without this module knowing that model.
/// The fields follow the fourteen points of research/domain-facts.md §1.11.
public struct ContestTermsInput: Sendable, Hashable, Codable {
    /// The organiser (Veranstalter): name, postal address, e-mail and imprint link.
    public struct Organiser: Sendable, Hashable, Codable {
        /// Name or company with legal form.
        public var name: String
        /// Postal address.
        public var address: String
        /// E-mail for questions.
        public var email: String
        /// Link to the imprint, if the organiser has one online.
        public var imprintURL: String?

        /// Creates an organiser.
        public init(name: String, address: String, email: String, imprintURL: String? = nil) {
            self.name = name
            self.address = address
            self.email = email
            self.imprintURL = imprintURL
        }
    }

    /// How the winner is chosen.
    public enum Selection: Sendable, Hashable, Codable {
        /// A random draw.
        case random
        /// A jury judging by stated criteria.
        case jury(criteria: [String])
    }

    /// The contest's title.
    public var title: String
    /// The organiser.
    public var organiser: Organiser
    /// Platform ids the contest runs on, e.g. `["instagram", "facebook"]`.
    public var platforms: [String]
    /// Start, written as shown, e.g. `2026-12-01 10:00`.
    public var start: String
    /// End, written as shown.
    public var end: String
    /// Time zone of start, end and draw, e.g. `Europe/Berlin (MEZ)`.
    public var timeZone: String
    /// When the winners are determined.
    public var drawDate: String
    /// Minimum age of entrants (16 or 18 in practice, §1.11 DE-14).
    public var minimumAge: Int
    /// Where entrants must live, e.g. "Deutschland".
    public var residence: String
    /// Whether employees of the organiser and their relatives are excluded.
    public var excludesEmployees: Bool
    /// The exact entry action, e.g. "comment under the contest post with your favourite cake".
    public var entryAction: String
    /// The prize, its number and value.
    public var prize: String
    /// Number of winners.
    public var winners: Int
    /// Value of one prize in euros, if stated.
    public var prizeValue: Double?
    /// Winner selection.
    public var selection: Selection
    /// How winners are told, e.g. "direct message on Instagram".
    public var notificationChannel: String
    /// Days a winner has to reply before a new winner is drawn.
    public var replyDays: Int
    /// How the prize reaches the winner, e.g. "collection in the Freiburg shop".
    public var delivery: String
    /// The privacy contact (controller's data protection contact).
    public var privacyContact: String
    /// Days after which entrants' data is deleted once the contest is over.
    public var retentionDays: Int
    /// Whether winners' names are published (needs separate consent).
    public var publishesWinners: Bool
    /// Whether entrants submit content (photos, videos, texts) whose use needs rights.
    public var userContent: Bool
    /// How many entries one person may submit in all, if stated.
    public var entriesPerPerson: Int?
    /// How many entries one person may submit per day, if limited per day.
    public var entriesPerDay: Int?
    /// Co-organisers or prize sponsors by name.
    public var sponsors: [String] = []
    /// The prize's age rating (USK/FSK), if it has one.
    public var prizeAgeRating: Int?
    /// Goods in the prize the law keeps from minors, in words ("alkoholische Getränke").
    public var restrictedGoods: [String] = []
    /// A winner may take money instead of the prize.
    public var cashAlternative: Bool = false
    /// A winner may pass the prize on to someone else.
    public var transferable: Bool = false
    /// Where the winners are announced, in words ("in einem Beitrag"); `nil`: not publicly.
    public var announcementChannel: String?
    /// The winners are told only privately, not announced.
    public var announcedPrivately: Bool = false
    /// When the winners are announced, if stated.
    public var announcementDate: String?
    /// A new winner is drawn when one does not answer in time.
    public var redraw: Bool = true
    /// Entering depends on consent to advertising (stated openly, Art. 7(4) GDPR).
    public var consentRequiredForEntry: Bool = false
    /// Who the advertising consent is for, by name.
    public var consentSponsors: [String] = []
    /// The rights the organiser takes in submitted content.
    public var submissionRights: SubmissionRights?
    /// Submitted content is used with the author's name.
    public var submissionCredit: Bool = false
    /// How long the rights to submitted content last, in words.
    public var submissionDuration: String?

    /// Creates an input.
    public init(title: String, organiser: Organiser, platforms: [String], start: String, end: String,
                timeZone: String, drawDate: String, minimumAge: Int, residence: String, excludesEmployees: Bool = true,
                entryAction: String, prize: String, winners: Int = 1, prizeValue: Double? = nil,
                selection: Selection = .random, notificationChannel: String, replyDays: Int = 7, delivery: String,
                privacyContact: String, retentionDays: Int = 30, publishesWinners: Bool = false,
                userContent: Bool = false) {
        self.title = title
        self.organiser = organiser
        self.platforms = platforms
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.drawDate = drawDate
        self.minimumAge = minimumAge
        self.residence = residence
        self.excludesEmployees = excludesEmployees
        self.entryAction = entryAction
        self.prize = prize
        self.winners = winners
        self.prizeValue = prizeValue
        self.selection = selection
        self.notificationChannel = notificationChannel
        self.replyDays = replyDays
        self.delivery = delivery
        self.privacyContact = privacyContact
        self.retentionDays = retentionDays
        self.publishesWinners = publishesWinners
        self.userContent = userContent
    }
}
