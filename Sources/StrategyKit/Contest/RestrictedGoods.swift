/// Kinds of prizes the law keeps from minors.
///
/// The ages belong to the rules (Plugins/de-contest-law): in Germany beer, wine and sparkling
/// wine from 16 and spirits from 18 (JuSchG § 9), tobacco, e-cigarettes and other nicotine
/// products from 18 (JuSchG § 10).
public enum RestrictedGoods: String, Sendable, Hashable, Codable, CaseIterable {
    /// Beer, wine, sparkling wine and other drinks with alcohol that are not spirits.
    case alcohol
    /// Spirits and drinks or foods containing spirits.
    case spirits
    /// Tobacco products.
    case tobacco
    /// Electronic cigarettes and shishas, with or without nicotine.
    case eCigarettes = "e_cigarettes"
    /// Other nicotine products (pouches, refills).
    case nicotine
    /// Gambling stakes: lottery tickets, betting credit, casino chips.
    case gambling
    /// Erotic or pornographic content and goods.
    case adultContent = "adult_content"
}
