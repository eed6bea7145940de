/// What breaking a rule risks; platform rules and the law are separate axes.
///
/// A platform rule is a contract with the platform (post removed, page restricted);
/// a legal rule risks a warning letter (Abmahnung) or a fine. LG Hamburg (327 O 438/11)
/// shows they do not coincide.
public enum FindingConsequence: String, Sendable, Hashable, Codable, CaseIterable {
    /// The platform may remove the post or restrict the page.
    case platform
    /// Competitors, associations or authorities may act (Abmahnung, fine).
    case legal
    /// Good practice; nothing is enforced.
    case bestPractice = "best_practice"
}
