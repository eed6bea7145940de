/// The terms of participation (Teilnahmebedingungen): where they are and what they cover.
public struct ContestTerms: Sendable, Hashable, Codable {
    /// Where the terms are published.
    public var url: String?
    /// Where entrants find them.
    public var placement: TermsPlacement?
    /// The topics the terms cover.
    public var includes: [TermsContent]

    /// Creates terms.
    public init(url: String? = nil, placement: TermsPlacement? = nil, includes: [TermsContent] = []) {
        self.url = url
        self.placement = placement
        self.includes = includes
    }

    /// Whether the terms cover `content`.
    public func covers(_ content: TermsContent) -> Bool { includes.contains(content) }
}
