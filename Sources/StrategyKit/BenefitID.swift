/// The business benefits social media can bring, as stable ids used in files and scripts.
public enum BenefitID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Bekanntheit: being known by the target groups.
    case awareness
    /// Kundengewinnung: new customers or leads.
    case customerAcquisition = "customer_acquisition"
    /// Kundenservice: answering and solving customer requests.
    case customerService = "customer_service"
    /// Recruiting und Arbeitgebermarke.
    case recruiting
    /// Marktforschung: learning from listening and asking.
    case marketResearch = "market_research"
    /// Produktentwicklung: ideas and feedback from users.
    case productDevelopment = "product_development"
    /// PR und Krisenkommunikation.
    case prCrisis = "pr_crisis"
    /// Community und Kundenbindung.
    case communityLoyalty = "community_loyalty"
    /// Vertrieb: orders and revenue.
    case sales

    public static func < (lhs: BenefitID, rhs: BenefitID) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
