/// The catalogue of business benefits and their KPIs.
///
/// The nine benefits follow the seeds (Ziele: Marketing, Kundengewinnung, Kundenservice, …)
/// and the brief; each KPI carries its definition so goals and reports mean the same thing.
public struct BenefitCatalog: Sendable, Hashable, Codable {
    /// The benefits, in catalogue order.
    public var benefits: [Benefit]

    /// Creates a catalogue.
    public init(benefits: [Benefit]) { self.benefits = benefits }

    /// The benefit with this id.
    public func benefit(_ id: BenefitID) -> Benefit? { benefits.first { $0.id == id } }

    /// Every KPI of every benefit, first definition per id wins, in catalogue order.
    public var allKPIs: [KPIDefinition] {
        var seen = Set<String>()
        return benefits.flatMap(\.kpis).filter { seen.insert($0.id).inserted }
    }

    /// The KPI definition with this id, if any benefit lists it.
    public func kpi(_ id: String) -> KPIDefinition? { allKPIs.first { $0.id == id } }

    /// The benefits a KPI measures.
    public func benefits(measuredBy kpiID: String) -> [BenefitID] {
        benefits.filter { $0.isMeasured(by: kpiID) }.map(\.id)
    }
}

extension BenefitCatalog {
    /// The built-in catalogue.
    public static let standard = BenefitCatalog(benefits: [
        Benefit(
            id: .awareness,
            name: LocalizedText(de: "Bekanntheit", en: "Awareness"),
            summary: LocalizedText(de: "Die Zielgruppen kennen Marke, Angebot und Haltung.",
                                   en: "The target groups know the brand, the offer and what it stands for."),
            kpis: [KPI.reach, KPI.impressions, KPI.followers, KPI.shareOfVoice, KPI.mentions],
            serves: [.customerSegments, .channels]),
        Benefit(
            id: .customerAcquisition,
            name: LocalizedText(de: "Kundengewinnung", en: "Customer acquisition"),
            summary: LocalizedText(de: "Aus Kontakten werden Anfragen und neue Kunden.",
                                   en: "Contacts turn into enquiries and new customers."),
            kpis: [KPI.leads, KPI.websiteVisits, KPI.newCustomers, KPI.conversions],
            serves: [.customerSegments, .channels, .revenueStreams]),
        Benefit(
            id: .customerService,
            name: LocalizedText(de: "Kundenservice", en: "Customer service"),
            summary: LocalizedText(de: "Fragen und Beschwerden werden dort gelöst, wo Kunden sie stellen.",
                                   en: "Questions and complaints are solved where customers ask them."),
            kpis: [KPI.responseTime, KPI.responseRate, KPI.resolvedRequests, KPI.satisfaction],
            serves: [.customerRelationships, .costStructure]),
        Benefit(
            id: .recruiting,
            name: LocalizedText(de: "Recruiting & Arbeitgebermarke", en: "Recruiting & employer branding"),
            summary: LocalizedText(de: "Passende Bewerbungen und ein glaubwürdiges Bild als Arbeitgeber.",
                                   en: "Suitable applications and a credible picture as an employer."),
            kpis: [KPI.applications, KPI.careerPageVisits, KPI.hires, KPI.employerRating],
            serves: [.keyResources]),
        Benefit(
            id: .marketResearch,
            name: LocalizedText(de: "Marktforschung", en: "Market research"),
            summary: LocalizedText(de: "Zuhören und Fragen liefern Wissen über Kunden und Wettbewerb.",
                                   en: "Listening and asking yield knowledge about customers and competitors."),
            kpis: [KPI.insights, KPI.surveyResponses, KPI.mentions, KPI.sentiment],
            serves: [.customerSegments, .valuePropositions]),
        Benefit(
            id: .productDevelopment,
            name: LocalizedText(de: "Produktentwicklung", en: "Product development"),
            summary: LocalizedText(de: "Nutzer liefern Ideen und Rückmeldungen zu Produkten.",
                                   en: "Users contribute ideas and feedback on products."),
            kpis: [KPI.productIdeas, KPI.ideasImplemented, KPI.betaTesters],
            serves: [.valuePropositions, .keyActivities]),
        Benefit(
            id: .prCrisis,
            name: LocalizedText(de: "PR & Krisenkommunikation", en: "PR & crisis communication"),
            summary: LocalizedText(de: "Eigene Sicht schnell und glaubwürdig vermitteln, auch in der Krise.",
                                   en: "Get the company's view across quickly and credibly, also in a crisis."),
            kpis: [KPI.sentiment, KPI.mediaMentions, KPI.negativeMentions, KPI.responseTime],
            serves: [.customerRelationships, .keyPartners]),
        Benefit(
            id: .communityLoyalty,
            name: LocalizedText(de: "Community & Kundenbindung", en: "Community & loyalty"),
            summary: LocalizedText(de: "Kunden bleiben, beteiligen sich und empfehlen weiter.",
                                   en: "Customers stay, take part and recommend."),
            kpis: [KPI.engagementRate, KPI.activeMembers, KPI.userPosts, KPI.repeatPurchases],
            serves: [.customerRelationships, .revenueStreams]),
        Benefit(
            id: .sales,
            name: LocalizedText(de: "Vertrieb", en: "Sales"),
            summary: LocalizedText(de: "Social Media löst Bestellungen und Umsatz aus.",
                                   en: "Social media triggers orders and revenue."),
            kpis: [KPI.orders, KPI.revenue, KPI.couponRedemptions, KPI.conversions],
            serves: [.revenueStreams, .channels]),
    ])
}

/// The built-in KPI definitions the catalogue refers to.
enum KPI {
    static func make(_ id: String, _ de: String, _ en: String, _ unit: KPIUnit,
                     _ defDE: String, _ defEN: String) -> KPIDefinition {
        KPIDefinition(id: id, name: LocalizedText(de: de, en: en), unit: unit,
                      definition: LocalizedText(de: defDE, en: defEN))
    }

    static let reach = make("reach", "Reichweite", "Reach", .count,
        "Einzelne erreichte Konten im Monat (Plattform-Statistik).", "Unique accounts reached per month (platform analytics).")
    static let impressions = make("impressions", "Impressionen", "Impressions", .count,
        "Anzeigen der Beiträge im Monat.", "Times posts were displayed per month.")
    static let followers = make("followers", "Follower", "Followers", .count,
        "Follower bzw. Fans zum Stichtag.", "Followers or fans on the measurement day.")
    static let shareOfVoice = make("share_of_voice", "Share of Voice", "Share of voice", .percent,
        "Anteil der eigenen Erwähnungen an allen Erwähnungen der Wettbewerber im Monat.",
        "Own mentions as a share of all mentions of the competitive set per month.")
    static let mentions = make("mentions", "Erwähnungen", "Mentions", .count,
        "Öffentliche Erwähnungen der Marke im Monat.", "Public mentions of the brand per month.")
    static let leads = make("leads", "Leads", "Leads", .count,
        "Kontaktanfragen aus Social Media im Monat.", "Enquiries attributed to social media per month.")
    static let websiteVisits = make("website_visits", "Website-Besuche", "Website visits", .count,
        "Besuche der Website mit Herkunft Social Media im Monat.", "Website sessions referred by social media per month.")
    static let newCustomers = make("new_customers", "Neukunden", "New customers", .count,
        "Neukunden im Monat, die Social Media als Quelle nennen.", "New customers per month who name social media as the source.")
    static let conversions = make("conversions", "Conversions", "Conversions", .count,
        "Abschlüsse (Kauf, Anmeldung) nach Klick aus Social Media im Monat.",
        "Completed actions (purchase, sign-up) after a social click per month.")
    static let responseTime = make("response_time_hours", "Antwortzeit", "Response time", .hours,
        "Median der Zeit bis zur ersten Antwort in Stunden im Monat.", "Median time to first response in hours per month.")
    static let responseRate = make("response_rate", "Antwortquote", "Response rate", .percent,
        "Beantwortete Anfragen geteilt durch alle Anfragen im Monat.", "Answered requests divided by all requests per month.")
    static let resolvedRequests = make("resolved_requests", "Gelöste Anfragen", "Resolved requests", .count,
        "Über Social Media abschließend gelöste Anfragen im Monat.", "Requests resolved via social media per month.")
    static let satisfaction = make("customer_satisfaction", "Kundenzufriedenheit", "Customer satisfaction", .rating,
        "Durchschnittliche Bewertung nach Servicekontakt (1–5).", "Average rating after a service contact (1–5).")
    static let applications = make("applications", "Bewerbungen", "Applications", .count,
        "Bewerbungen im Monat mit Quelle Social Media.", "Applications per month with social media as the source.")
    static let careerPageVisits = make("career_page_visits", "Karriereseiten-Besuche", "Career page visits", .count,
        "Besuche der Karriereseite aus Social Media im Monat.", "Career page sessions referred by social media per month.")
    static let hires = make("hires", "Einstellungen", "Hires", .count,
        "Einstellungen im Quartal mit Quelle Social Media.", "Hires per quarter with social media as the source.")
    static let employerRating = make("employer_rating", "Arbeitgeberbewertung", "Employer rating", .rating,
        "Durchschnittliche Bewertung auf Arbeitgeberportalen (1–5).", "Average rating on employer review sites (1–5).")
    static let insights = make("insights", "Umsetzbare Erkenntnisse", "Actionable insights", .count,
        "Dokumentierte, umsetzbare Erkenntnisse aus Social Listening im Quartal.",
        "Documented actionable insights from social listening per quarter.")
    static let surveyResponses = make("survey_responses", "Umfrage-Antworten", "Survey responses", .count,
        "Antworten auf Umfragen in Social Media im Monat.", "Responses to social media polls per month.")
    static let sentiment = make("sentiment", "Tonalität", "Sentiment", .percent,
        "Anteil positiver an allen wertenden Erwähnungen im Monat.", "Positive as a share of all rated mentions per month.")
    static let productIdeas = make("product_ideas", "Produktideen", "Product ideas", .count,
        "Umsetzbare Verbesserungsvorschläge aus der Community (kumuliert).", "Actionable improvement ideas from the community (cumulative).")
    static let ideasImplemented = make("ideas_implemented", "Umgesetzte Ideen", "Ideas implemented", .count,
        "Umgesetzte Ideen aus der Community (kumuliert).", "Community ideas implemented (cumulative).")
    static let betaTesters = make("beta_testers", "Testnutzer", "Beta testers", .count,
        "Aus Social Media gewonnene Testnutzer (kumuliert).", "Test users recruited via social media (cumulative).")
    static let mediaMentions = make("media_mentions", "Medienerwähnungen", "Media mentions", .count,
        "Erwähnungen in redaktionellen Medien im Monat.", "Mentions in editorial media per month.")
    static let negativeMentions = make("negative_mentions", "Negative Erwähnungen", "Negative mentions", .count,
        "Negative Erwähnungen im Monat.", "Negative mentions per month.")
    static let engagementRate = make("engagement_rate", "Interaktionsrate", "Engagement rate", .percent,
        "Interaktionen je Beitrag geteilt durch Follower zum Zeitpunkt des Beitrags, Mittel der Beiträge im Monat.",
        "Interactions per post divided by followers at post time, mean of the month's posts.")
    static let activeMembers = make("active_members", "Aktive Mitglieder", "Active members", .count,
        "Konten mit mindestens einer Interaktion im Monat.", "Accounts with at least one interaction per month.")
    static let userPosts = make("user_generated_posts", "Nutzerbeiträge", "User-generated posts", .count,
        "Beiträge von Kunden mit Marken-Hashtag oder Markierung im Monat.", "Customer posts with the brand hashtag or tag per month.")
    static let repeatPurchases = make("repeat_purchases", "Wiederkäufe", "Repeat purchases", .percent,
        "Anteil Stammkunden an allen Käufen im Monat.", "Returning customers as a share of all purchases per month.")
    static let orders = make("orders", "Bestellungen", "Orders", .count,
        "Bestellungen mit Quelle Social Media im Monat.", "Orders attributed to social media per month.")
    static let revenue = make("revenue", "Umsatz", "Revenue", .euro,
        "Umsatz mit Quelle Social Media im Monat in Euro.", "Revenue attributed to social media per month in euros.")
    static let couponRedemptions = make("coupon_redemptions", "Eingelöste Gutscheine", "Coupon redemptions", .count,
        "Eingelöste Social-Media-Gutscheine im Monat.", "Social media coupons redeemed per month.")
}
