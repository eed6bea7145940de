/// A part of a business model, after the nine building blocks of the Business Model Canvas.
///
/// pbsm asks which parts of the business model social media serves; the canvas gives
/// those parts names everybody knows.
public enum BusinessModelPart: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kundensegmente.
    case customerSegments = "customer_segments"
    /// Wertangebote.
    case valuePropositions = "value_propositions"
    /// Kanäle (communication, distribution, sales channels).
    case channels
    /// Kundenbeziehungen.
    case customerRelationships = "customer_relationships"
    /// Einnahmequellen.
    case revenueStreams = "revenue_streams"
    /// Schlüsselressourcen (including people).
    case keyResources = "key_resources"
    /// Schlüsselaktivitäten.
    case keyActivities = "key_activities"
    /// Schlüsselpartnerschaften.
    case keyPartners = "key_partners"
    /// Kostenstruktur.
    case costStructure = "cost_structure"

    /// German and English name.
    public var name: LocalizedText {
        switch self {
        case .customerSegments: LocalizedText(de: "Kundensegmente", en: "Customer segments")
        case .valuePropositions: LocalizedText(de: "Wertangebote", en: "Value propositions")
        case .channels: LocalizedText(de: "Kanäle", en: "Channels")
        case .customerRelationships: LocalizedText(de: "Kundenbeziehungen", en: "Customer relationships")
        case .revenueStreams: LocalizedText(de: "Einnahmequellen", en: "Revenue streams")
        case .keyResources: LocalizedText(de: "Schlüsselressourcen", en: "Key resources")
        case .keyActivities: LocalizedText(de: "Schlüsselaktivitäten", en: "Key activities")
        case .keyPartners: LocalizedText(de: "Schlüsselpartnerschaften", en: "Key partners")
        case .costStructure: LocalizedText(de: "Kostenstruktur", en: "Cost structure")
        }
    }
}
