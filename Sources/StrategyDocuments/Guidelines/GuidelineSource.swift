public import StrategyKit

/// A source a built-in guideline rule rests on: what it covers, where it is, when it was read.
public struct GuidelineSource: Sendable, Hashable, Codable {
    /// The rule's key, e.g. `imprint`.
    public var id: String
    /// What the source covers.
    public var topic: LocalizedText
    /// The address.
    public var url: String
    /// The day its text was read for this tool.
    public var read: CalendarDate

    /// Creates a source.
    public init(id: String, topic: LocalizedText, url: String, read: CalendarDate) {
        self.id = id
        self.topic = topic
        self.url = url
        self.read = read
    }

    /// The sources of the built-in legal and practice rules (from research/domain-facts.md §1.11 and §4.7).
    public static let builtIn: [GuidelineSource] = {
        let read = CalendarDate(year: 2026, month: 11, day: 22)!
        return [
            GuidelineSource(id: "imprint", topic: LocalizedText(
                de: "Impressumspflicht für geschäftliche Profile (§ 5 DDG, zwei Klicks, Bußgeld bis 50.000 €)",
                en: "Imprint duty for business profiles (§ 5 DDG, two clicks, fines up to €50,000)"),
                url: "https://medienanstalt-mv.de/medienaufsicht/impressumspflicht", read: read),
            GuidelineSource(id: "advertising-disclosure", topic: LocalizedText(
                de: "Kennzeichnung kommerzieller Zwecke (§ 5a Abs. 4 UWG; BGH, 09.09.2021, I ZR 90/20)",
                en: "Disclosure of commercial purpose (§ 5a(4) UWG; BGH, 9 Sep 2021, I ZR 90/20)"),
                url: "https://www.srd-rechtsanwaelte.de/blog/influencer-marketing-recht/", read: read),
            GuidelineSource(id: "fan-page-controllership", topic: LocalizedText(
                de: "Gemeinsame Verantwortung für Fanpages (EuGH, 05.06.2018, C-210/16)",
                en: "Joint controllership for fan pages (CJEU, 5 Jun 2018, C-210/16)"),
                url: "https://www.iww.de/zp/quellenmaterial/id/201799", read: read),
            GuidelineSource(id: "contests", topic: LocalizedText(
                de: "Gewinnspiele in Social-Media-Angeboten, Leitfaden der Medienanstalten (Jan. 2020)",
                en: "Contests in social media offerings, guide of the German media authorities (Jan 2020)"),
                url: "https://www.die-medienanstalten.de/service/merkblaetter-und-leitfaeden/leitfaden-gewinnspiele-in-social-media-angeboten/",
                read: read),
            GuidelineSource(id: "employee-disclosure", topic: LocalizedText(
                de: "Offenlegung des Arbeitsverhältnisses bei Äußerungen über Produkte (Intel Social Media Guidelines)",
                en: "Disclosing the employment relationship when talking about products (Intel Social Media Guidelines)"),
                url: "https://www.intel.com/content/www/us/en/legal/intel-social-media-guidelines.html", read: read),
            GuidelineSource(id: "works-council", topic: LocalizedText(
                de: "Beteiligung des Betriebsrats an Social-Media-Guidelines (BITKOM-Leitfaden 2010, Zusammenfassung)",
                en: "Involving the works council in social media guidelines (BITKOM guide 2010, summary)"),
                url: "https://web-analytics-tools.com/news/37-social-media/225-bitkom-erstellt-kommunikations-guidelines-fuer-den-bereich-social-media.html",
                read: read),
        ]
    }()
}
