/// A social media platform as strategy work sees it: who it reaches, what it fits, what it costs.
///
/// Platforms are data, registered at run time (see ``PlatformRegistry``); the built-in ones
/// ship as `Plugins/<id>/platform.yaml`.
public struct Platform: Sendable, Hashable, Codable, Identifiable {
    /// Stable lower-case id, e.g. `instagram`; also the plugin folder name.
    public var id: String
    /// Display name, e.g. "Instagram".
    public var name: String
    /// The kind of network.
    public var kind: PlatformKind
    /// Audience share by age band in Germany; bands without a figure are simply absent.
    public var audience: [AudienceShare]
    /// Fit for business-to-business communication.
    public var b2bFit: FitLevel
    /// Fit for business-to-consumer communication.
    public var b2cFit: FitLevel
    /// Fit per business benefit; benefits not listed count as unrated.
    public var benefitFit: [BenefitFit]
    /// Content formats, e.g. "reel", "carousel", "story".
    public var formats: [String]
    /// Text limits per field.
    public var textLimits: [TextLimit]
    /// Typical hours per week to run one presence well (create, post, reply, monitor).
    public var effortHoursPerWeek: Double
    /// The first-response time users expect, in hours.
    public var responseTimeHours: Double
    /// Risks of running a presence here.
    public var riskNotes: [LocalizedText]
    /// Caveats about the data itself, e.g. which figures are estimates.
    public var notes: [LocalizedText]
    /// Where the data comes from.
    public var sources: [SourceReference]

    /// Creates a platform description.
    public init(id: String, name: String, kind: PlatformKind, audience: [AudienceShare] = [],
                b2bFit: FitLevel, b2cFit: FitLevel, benefitFit: [BenefitFit] = [],
                formats: [String] = [], textLimits: [TextLimit] = [],
                effortHoursPerWeek: Double, responseTimeHours: Double,
                riskNotes: [LocalizedText] = [], notes: [LocalizedText] = [],
                sources: [SourceReference] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.audience = audience
        self.b2bFit = b2bFit
        self.b2cFit = b2cFit
        self.benefitFit = benefitFit
        self.formats = formats
        self.textLimits = textLimits
        self.effortHoursPerWeek = effortHoursPerWeek
        self.responseTimeHours = responseTimeHours
        self.riskNotes = riskNotes
        self.notes = notes
        self.sources = sources
    }

    /// The audience figure for exactly this band, if the data has one.
    public func audienceShare(for band: AgeBand) -> AudienceShare? {
        audience.first { $0.band == band }
    }

    /// The fit for a benefit, or `nil` when the platform data does not rate it.
    public func fit(for benefit: BenefitID) -> FitLevel? {
        benefitFit.first { $0.benefit == benefit }?.fit
    }

    /// The text limit for a field, if known.
    public func textLimit(for field: String) -> TextLimit? {
        textLimits.first { $0.field == field }
    }
}
