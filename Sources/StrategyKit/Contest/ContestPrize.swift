/// What a contest gives away.
public struct ContestPrize: Sendable, Hashable, Codable {
    /// The age ratings a prize can carry (USK, FSK, PEGI-style ages in Germany).
    public static let ageRatings = [0, 6, 12, 16, 18]

    /// What the prize is, in the organiser's words.
    public var description: String?
    /// Its value in euros, when known.
    public var valueEUR: Double?
    /// The prize is money.
    public var cash: Bool?
    /// The prize is as good as money (voucher, gift card).
    public var cashEquivalent: Bool?
    /// How many winners there are.
    public var winners: Int?
    /// The prize's age rating (USK/FSK/PEGI): one of ``ageRatings``.
    public var ageRating: Int?
    /// Goods in the prize that the law keeps from minors.
    public var restrictedGoods: [RestrictedGoods]
    /// A winner may take money instead of the prize.
    public var cashAlternative: Bool?
    /// A winner may pass the prize on to someone else.
    public var transferable: Bool?

    enum CodingKeys: String, CodingKey {
        case description, cash, winners, transferable
        case valueEUR = "value_eur"
        case cashEquivalent = "cash_equivalent"
        case ageRating = "age_rating"
        case restrictedGoods = "restricted_goods"
        case cashAlternative = "cash_alternative"
    }

    /// Creates a prize; every part may be unknown.
    public init(description: String? = nil, valueEUR: Double? = nil, cash: Bool? = nil,
                cashEquivalent: Bool? = nil, winners: Int? = nil, ageRating: Int? = nil,
                restrictedGoods: [RestrictedGoods] = [], cashAlternative: Bool? = nil, transferable: Bool? = nil) {
        self.description = description
        self.valueEUR = valueEUR
        self.cash = cash
        self.cashEquivalent = cashEquivalent
        self.winners = winners
        self.ageRating = ageRating
        self.restrictedGoods = restrictedGoods
        self.cashAlternative = cashAlternative
        self.transferable = transferable
    }
}
