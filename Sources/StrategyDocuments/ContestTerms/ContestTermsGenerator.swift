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
            "has_prize_value": input.prizeValue != nil,
            "prize_value": input.prizeValue.map { t.euros($0) } ?? "",
            "random": jury.isEmpty, "jury": !jury.isEmpty, "jury_criteria": t.list(jury),
            "notification_channel": input.notificationChannel, "reply_days": String(input.replyDays),
            "delivery": input.delivery,
            "privacy_contact": input.privacyContact, "retention_days": String(input.retentionDays),
            "publishes_winners": input.publishesWinners,
            "release_list": t.list(releases),
            // YouTube's contest policy: official rules link its Community Guidelines and exclude entries that break them.
            "youtube": input.platforms.contains("youtube"),
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
}
