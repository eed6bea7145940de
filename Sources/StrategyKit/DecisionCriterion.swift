/// A criterion drafts are compared on, after the pbsm evaluation.
public enum DecisionCriterion: String, Sendable, Hashable, Codable, CaseIterable {
    /// Achievable company benefit (higher is better).
    case companyBenefit = "company_benefit"
    /// Resources needed versus available (higher is better).
    case resourceFit = "resource_fit"
    /// Risk from assumptions, prerequisites and named risks (lower is better; the matrix uses 1 − risk).
    case risk
    /// Competitive quality: advantages and their durability (higher is better).
    case competitiveQuality = "competitive_quality"

    /// German and English name.
    public var name: LocalizedText {
        switch self {
        case .companyBenefit: LocalizedText(de: "Unternehmensnutzen", en: "Company benefit")
        case .resourceFit: LocalizedText(de: "Ressourcen", en: "Resource fit")
        case .risk: LocalizedText(de: "Risiko (invertiert)", en: "Risk (inverted)")
        case .competitiveQuality: LocalizedText(de: "Wettbewerbsqualität", en: "Competitive quality")
        }
    }
}
