/// The function a contact person has for social media work.
public enum ContactRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Responsible for strategy, coordination, quality, monitoring (BVCM profile).
    case socialMediaManager = "social_media_manager"
    /// Runs dialogue and moderation (BVCM profile).
    case communityManager = "community_manager"
    /// Legal questions, take-down requests, contests.
    case legal
    /// Press and crisis communication.
    case press
    /// Data protection officer.
    case dataProtection = "data_protection"
    /// Works council (Betriebsrat).
    case worksCouncil = "works_council"
    /// Management that decides the strategy.
    case management
    /// Human resources.
    case hr
    /// Any other function.
    case other

    /// German and English name.
    public var name: LocalizedText {
        switch self {
        case .socialMediaManager: LocalizedText(de: "Social-Media-Management", en: "Social media management")
        case .communityManager: LocalizedText(de: "Community-Management", en: "Community management")
        case .legal: LocalizedText(de: "Recht", en: "Legal")
        case .press: LocalizedText(de: "Presse", en: "Press")
        case .dataProtection: LocalizedText(de: "Datenschutz", en: "Data protection")
        case .worksCouncil: LocalizedText(de: "Betriebsrat", en: "Works council")
        case .management: LocalizedText(de: "Geschäftsführung", en: "Management")
        case .hr: LocalizedText(de: "Personal", en: "Human resources")
        case .other: LocalizedText(de: "Sonstige", en: "Other")
        }
    }
}
