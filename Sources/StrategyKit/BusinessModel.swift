/// The business model as far as platform and benefit choices need it.
public struct BusinessModel: Sendable, Hashable, Codable {
    /// B2B, B2C or both.
    public var type: BusinessType
    /// The industry in plain words, e.g. "Bäckerei und Café".
    public var industry: String
    /// Number of employees.
    public var employees: Int
    /// What the company offers, in one or two sentences.
    public var offer: LocalizedText?

    /// Creates a business model.
    public init(type: BusinessType, industry: String, employees: Int, offer: LocalizedText? = nil) {
        self.type = type
        self.industry = industry
        self.employees = employees
        self.offer = offer
    }
}
