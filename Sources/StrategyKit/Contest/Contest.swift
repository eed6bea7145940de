/// A contest or giveaway (Gewinnspiel) as planned: the post, how to enter, the prize and the terms.
///
/// Plugins check it against platform rules and the law; see `docs/plugins.md` and
/// `Examples/contests/` for the YAML form. Hashtags, mentions and links are derived from ``text``.
public struct Contest: Sendable, Hashable, Codable {
    /// A short id for reports (the file name when not given).
    public var id: String
    /// A title for reports.
    public var title: String?
    /// The language of the post text.
    public var language: Language?
    /// Where the contest runs (platform ids such as `facebook`).
    public var platforms: [String]
    /// The post text that announces the contest; setting it updates hashtags, mentions and links.
    public var text: String {
        didSet {
            hashtags = TextEntities.hashtags(in: text)
            mentions = TextEntities.mentions(in: text)
            links = TextEntities.links(in: text)
        }
    }
    /// The kind of account the contest runs from (page, group, personal profile, …).
    public var accountType: AccountType?
    /// What entrants have to do.
    public var entry: [EntryAction]
    /// How many entries one person may submit (nil: not stated).
    public var entriesPerPerson: Int?
    /// How many entries one person may submit per day (nil: not stated).
    public var entriesPerDay: Int?
    /// What can be won.
    public var prize: ContestPrize
    /// Who may take part.
    public var eligibility: ContestEligibility
    /// When entries count.
    public var period: ContestPeriod
    /// How winners are chosen and told.
    public var winner: ContestWinner
    /// Who runs it.
    public var organiser: ContestOrganiser
    /// Co-organisers or prize sponsors, by name.
    public var sponsors: [String]
    /// Rights to content that entrants submit.
    public var submissions: ContestSubmissions
    /// The terms of participation.
    public var terms: ContestTerms
    /// What entering costs in euros beyond normal connection costs (nil: not stated).
    public var entryFeeEUR: Double?
    /// Personal data collected from entrants (`name`, `email`, `address`, `phone`, `birth_date`, …).
    public var dataCollected: [String]
    /// Where the data-protection notice is.
    public var privacyNoticeURL: String?
    /// Consent to advertising asked together with the entry.
    public var advertisingConsent: AdvertisingConsent
    /// The organiser sends e-mails to friends that entrants name (tell-a-friend).
    public var tellAFriendEmails: Bool?
    /// Whether the contest is advertising for a third party and how that is labelled.
    public var adDisclosure: AdDisclosure
    /// Hashtags in ``text`` (derived).
    public private(set) var hashtags: [String]
    /// Mentions in ``text`` (derived).
    public private(set) var mentions: [String]
    /// Links in ``text`` (derived).
    public private(set) var links: [String]

    enum CodingKeys: String, CodingKey {
        case id, title, language, platforms, text, entry, prize, eligibility, period, winner, organiser, terms
        case hashtags, mentions, links, sponsors, submissions
        case accountType = "account_type"
        case entriesPerDay = "entries_per_day"
        case entriesPerPerson = "entries_per_person"
        case entryFeeEUR = "entry_fee_eur"
        case dataCollected = "data_collected"
        case privacyNoticeURL = "privacy_notice_url"
        case advertisingConsent = "advertising_consent"
        case tellAFriendEmails = "tell_a_friend_emails"
        case adDisclosure = "ad_disclosure"
    }

    /// Creates a contest; hashtags, mentions and links are read from `text`.
    public init(id: String, title: String? = nil, language: Language? = nil, platforms: [String] = [], text: String = "",
                entry: [EntryAction] = [], entriesPerPerson: Int? = nil, prize: ContestPrize = ContestPrize(),
                eligibility: ContestEligibility = ContestEligibility(), period: ContestPeriod = ContestPeriod(),
                winner: ContestWinner = ContestWinner(), organiser: ContestOrganiser = ContestOrganiser(),
                terms: ContestTerms = ContestTerms(), entryFeeEUR: Double? = nil, dataCollected: [String] = [],
                privacyNoticeURL: String? = nil, advertisingConsent: AdvertisingConsent = AdvertisingConsent(),
                tellAFriendEmails: Bool? = nil, adDisclosure: AdDisclosure = AdDisclosure(),
                accountType: AccountType? = nil, entriesPerDay: Int? = nil, sponsors: [String] = [],
                submissions: ContestSubmissions = ContestSubmissions()) {
        self.id = id
        self.title = title
        self.language = language
        self.platforms = platforms
        self.text = text
        self.entry = entry
        self.entriesPerPerson = entriesPerPerson
        self.prize = prize
        self.eligibility = eligibility
        self.period = period
        self.winner = winner
        self.organiser = organiser
        self.terms = terms
        self.entryFeeEUR = entryFeeEUR
        self.dataCollected = dataCollected
        self.privacyNoticeURL = privacyNoticeURL
        self.advertisingConsent = advertisingConsent
        self.tellAFriendEmails = tellAFriendEmails
        self.adDisclosure = adDisclosure
        self.accountType = accountType
        self.entriesPerDay = entriesPerDay
        self.sponsors = sponsors
        self.submissions = submissions
        self.hashtags = TextEntities.hashtags(in: text)
        self.mentions = TextEntities.mentions(in: text)
        self.links = TextEntities.links(in: text)
    }

    /// Whether entering requires `action`.
    public func requires(_ action: EntryAction) -> Bool { entry.contains(action) }
}
