/// The unit a KPI is measured in.
public enum KPIUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A count of things (followers, applications).
    case count
    /// A percentage, stored as a percent number (4.5 means 4.5 %).
    case percent
    /// Hours (response times).
    case hours
    /// Euros.
    case euro
    /// A rating on a scale (e.g. 1...5 stars).
    case rating
}
