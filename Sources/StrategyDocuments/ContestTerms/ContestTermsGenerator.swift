public import StrategyKit
import Foundation

/// Generates contest terms from a ``ContestTermsInput`` with Mustache templates in
/// `Templates/terms/<lang>/`, one per point of the checklist in research/domain-facts.md §1.11.
///
/// Design stage: `smkit terms CONTEST.yaml` will fill the input from the Contest model of the
/// plugins work; the platform-release section follows FB-02, IG-03/IG-04, TT-01/TT-05 and YT-01.
public struct ContestTermsGenerator: Sendable {
    /// The checklist order.
    public static let order = [
        "organiser", "recognisable", "period", "eligibility", "entry", "prize", "selection", "notification",
        "delivery", "termination", "platform-release", "privacy", "user-content", "short-version",
    ]

    /// Platforms whose rules require a release and a non-affiliation statement in the terms.
    public static let releasePlatforms: [String: String] = [
        "facebook": "Facebook", "instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube",
    ]

    /// The templates, in checklist order.
    public var templates: [GuidelineTemplate]
    /// Their language.
    public var language: Language

    /// Loads the built-in templates for a language.
    public init(language: Language) throws(GuidelinesError) {
        guard let root = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw GuidelinesError(code: .templateIO, file: "Templates", message: "the built-in templates are missing")
        }
        let directory = root.appendingPathComponent("terms").appendingPathComponent(language.rawValue).path
        let loaded = try GuidelineTemplateSet.read(directory: directory)
        let byID = Dictionary(uniqueKeysWithValues: loaded.map { ($0.id, $0) })
        var ordered: [GuidelineTemplate] = []
        for id in Self.order {
            guard let template = byID[id] else {
                throw GuidelinesError(code: .templateIO, file: directory + "/" + id + ".mustache", message: "built-in template missing")
            }
            ordered.append(template)
        }
        self.templates = ordered
        self.language = language
    }

    /// How often one person may enter, as the start of a sentence.
    static func entryLimit(perPerson: Int?, perDay: Int?, _ t: Localizer) -> String {
        switch (perPerson, perDay) {
        case (let n?, _) where n == 1: t("Jede Person nimmt einmal teil", "Each person enters once")
        case (let n?, let d?) where d == 1: t("Jede Person kann bis zu \(n)-mal teilnehmen, höchstens einmal pro Tag",
                                              "Each person may enter up to \(n) times, at most once a day")
        case (let n?, let d?): t("Jede Person kann bis zu \(n)-mal teilnehmen, höchstens \(d)-mal pro Tag",
                                 "Each person may enter up to \(n) times, at most \(d) times a day")
        case (let n?, nil): t("Jede Person kann bis zu \(n)-mal teilnehmen", "Each person may enter up to \(n) times")
        case (nil, let d?) where d == 1: t("Jede Person kann einmal pro Tag teilnehmen", "Each person may enter once a day")
        case (nil, let d?): t("Jede Person kann bis zu \(d)-mal pro Tag teilnehmen", "Each person may enter up to \(d) times a day")
        case (nil, nil): t("Jede Person nimmt einmal teil", "Each person enters once")
        }
    }

    /// The terms for a contest.
    public func generate(_ input: ContestTermsInput, generatedOn: CalendarDate, inputs: [String]) throws(GuidelinesError)
        -> ContestTermsDocument {
        let t = Localizer(language)
        let releases = input.platforms.compactMap { Self.releasePlatforms[$0] }
        var jury: [String] = []
        if case .jury(let criteria) = input.selection { jury = criteria }
        let context: [String: Any] = [
            "title": input.title,
            "organiser": ["name": input.organiser.name, "address": input.organiser.address, "email": input.organiser.email,
                          "imprint": input.organiser.imprintURL ?? "", "has_imprint": input.organiser.imprintURL != nil] as [String: Any],
            "platform_list": t.list(input.platforms.map { Self.releasePlatforms[$0] ?? $0.capitalized }),
            "start": input.start, "end": input.end, "time_zone": input.timeZone, "draw_date": input.drawDate,
            "minimum_age": String(input.minimumAge), "residence": input.residence,
            "excludes_employees": input.excludesEmployees,
            "entry_action": input.entryAction,
            "prize": input.prize, "winners": String(input.winners), "several_winners": input.winners > 1,
            // "Kinogutschein im Wert von 25 €" already says what it is worth: not twice.
            "has_prize_value": input.prizeValue != nil && !Self.statesValue(input.prize),
            "prize_value": input.prizeValue.map { t.euros($0) } ?? "",
            "random": jury.isEmpty, "jury": !jury.isEmpty, "jury_criteria": t.list(jury),
            "notification_channel": input.notificationChannel, "reply_days": String(input.replyDays),
            "delivery": input.delivery,
            "privacy_contact": input.privacyContact, "retention_days": String(input.retentionDays),
            "publishes_winners": input.publishesWinners,
            "release_list": t.list(releases),
            // YouTube's contest policy: official rules link its Community Guidelines and exclude entries that break them.
            "youtube": input.platforms.contains("youtube"),
            "entry_limit": Self.entryLimit(perPerson: input.entriesPerPerson, perDay: input.entriesPerDay, t),
            "has_sponsors": !input.sponsors.isEmpty, "sponsor_list": t.list(input.sponsors),
            "has_age_rating": input.prizeAgeRating != nil, "prize_age_rating": input.prizeAgeRating.map(String.init) ?? "",
            "has_restricted_goods": !input.restrictedGoods.isEmpty, "restricted_goods": t.list(input.restrictedGoods),
            "cash_alternative": input.cashAlternative, "transferable": input.transferable,
            "announced": input.announcementChannel != nil, "announcement_channel": input.announcementChannel ?? "",
            "has_announcement_date": input.announcementDate != nil, "announcement_date": input.announcementDate ?? "",
            "announced_privately": input.announcedPrivately, "redraw": input.redraw,
            "consent_required": input.consentRequiredForEntry, "has_consent_sponsors": !input.consentSponsors.isEmpty,
            "consent_sponsor_list": t.list(input.consentSponsors),
            "rights_default": input.submissionRights == nil || input.submissionRights == .contestOnly,
            "rights_none": input.submissionRights == SubmissionRights.none,
            "rights_channels": input.submissionRights == .organiserChannels,
            "rights_unlimited": input.submissionRights == .unlimited,
            "credit": input.submissionCredit,
            "has_duration": input.submissionDuration != nil, "submission_duration": input.submissionDuration ?? "",
        ]
        let known = GuidelinesContext.names(context)
        for template in templates { try template.validate(known: known) }
        var sections: [DocumentSection] = []
        var omitted: [OmittedSection] = []
        for template in templates {
            if template.id == "platform-release", releases.isEmpty {
                omitted.append(OmittedSection(id: template.id, reason: t(
                    "keine der Plattformen verlangt eine Freistellung in den Bedingungen",
                    "none of the platforms requires a release in the terms")))
                continue
            }
            if template.id == "user-content", !input.userContent {
                omitted.append(OmittedSection(id: template.id, reason: t(
                    "die Teilnahme verlangt keine eigenen Inhalte", "entering requires no content of one's own")))
                continue
            }
            let rendered = template.render(context)
            sections.append(DocumentSection(id: template.id, title: rendered.title, body: rendered.body))
        }
        return ContestTermsDocument(language: language, contestTitle: input.title, organiserName: input.organiser.name,
                                    generatedOn: generatedOn, inputs: inputs, sections: sections, omitted: omitted)
    }

    /// Whether a prize description already names its value ("im Wert von 25 €", "worth €25", "25-€-Gutschein").
    static func statesValue(_ description: String) -> Bool {
        let folded = description.lowercased()
        if ["im wert von", "wert:", "worth", "value of", "valued at"].contains(where: folded.contains) { return true }
        let scalars = Array(folded.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where scalar == "€" || scalar == "$" || scalar == "£" {
            let near = scalars[max(0, i - 3)..<min(scalars.count, i + 4)]
            if near.contains(where: { $0.properties.numericType != nil }) { return true }
        }
        return folded.range(of: #"\d\s*(eur|euro)\b"#, options: .regularExpression) != nil
    }
}
