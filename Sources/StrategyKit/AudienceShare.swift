/// The share of an age band in Germany that a platform reaches, with its source and year.
public struct AudienceShare: Sendable, Hashable, Codable {
    /// The age band the figure is for.
    public var band: AgeBand
    /// The share of the band reached, 0...1 (e.g. 0.51 for 51 % weekly reach).
    public var share: Double
    /// What was measured, e.g. "weekly reach" (figures of different measures are not comparable).
    public var measure: String
    /// The survey year the figure belongs to.
    public var year: Int
    /// Where the figure comes from.
    public var source: String
    /// Caveats, e.g. "lower bound: the study says more than 80 %".
    public var note: String?

    /// Creates an audience figure.
    public init(band: AgeBand, share: Double, measure: String = "weekly reach", year: Int,
                source: String, note: String? = nil) {
        self.band = band
        self.share = share
        self.measure = measure
        self.year = year
        self.source = source
        self.note = note
    }
}
