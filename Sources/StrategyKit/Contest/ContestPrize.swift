/// What a contest gives away.
public struct ContestPrize: Sendable, Hashable, Codable {
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

    enum CodingKeys: String, CodingKey {
        case description, cash, winners
        case valueEUR = "value_eur"
        case cashEquivalent = "cash_equivalent"
    }

    /// Creates a prize; every part may be unknown.
    public init(description: String? = nil, valueEUR: Double? = nil, cash: Bool? = nil,
                cashEquivalent: Bool? = nil, winners: Int? = nil) {
        self.description = description
        self.valueEUR = valueEUR
        self.cash = cash
        self.cashEquivalent = cashEquivalent
        self.winners = winners
    }
}
