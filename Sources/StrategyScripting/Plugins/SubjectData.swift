public import LuaHost
public import StrategyKit

/// Contests and posts as Lua data, written out by hand for speed.
///
/// The generic ``LuaDataEncoder`` gives the same tables (a test compares them for fully
/// populated values), but checking many subjects spends most of its time encoding, so the
/// two subjects every check run needs are converted directly.
public enum SubjectData {
    /// A contest as the table checks receive.
    public static func contest(_ c: Contest) -> LuaData {
        var e: [LuaData.Entry] = []
        e.reserveCapacity(24)
        add(&e, Key.id, .string(c.id))
        add(&e, Key.title, c.title.map(LuaData.string))
        add(&e, Key.language, c.language.map { .string($0.rawValue) })
        add(&e, Key.platforms, strings(c.platforms))
        add(&e, Key.text, .string(c.text))
        add(&e, Key.entry, strings(c.entry.map(\.rawValue)))
        add(&e, Key.entriesPerPerson, c.entriesPerPerson.map(integer))
        add(&e, Key.prize, table([
            (Key.description, c.prize.description.map(LuaData.string)), (Key.valueEur, c.prize.valueEUR.map(LuaData.number)),
            (Key.cash, c.prize.cash.map(LuaData.boolean)), (Key.cashEquivalent, c.prize.cashEquivalent.map(LuaData.boolean)),
            (Key.winners, c.prize.winners.map(integer)),
        ]))
        add(&e, Key.eligibility, table([
            (Key.minimumAge, c.eligibility.minimumAge.map(integer)),
            (Key.parentalConsent, c.eligibility.parentalConsent.map(LuaData.boolean)),
            (Key.countries, strings(c.eligibility.countries)), (Key.exclusions, strings(c.eligibility.exclusions)),
        ]))
        add(&e, Key.period, table([
            (Key.start, c.period.start.map { .string($0.description) }), (Key.end, c.period.end.map { .string($0.description) }),
            (Key.timeZone, c.period.timeZone.map(LuaData.string)),
        ]))
        add(&e, Key.winner, table([
            (Key.selection, c.winner.selection.map { .string($0.rawValue) }), (Key.criteria, strings(c.winner.criteria)),
            (Key.draw, c.winner.draw.map { .string($0.description) }),
            (Key.notification, c.winner.notification.map { .string($0.rawValue) }),
            (Key.publishNames, c.winner.publishNames.map(LuaData.boolean)),
            (Key.publicationConsent, c.winner.publicationConsent.map(LuaData.boolean)),
        ]))
        add(&e, Key.organiser, table([
            (Key.name, c.organiser.name.map(LuaData.string)), (Key.address, c.organiser.address.map(LuaData.string)),
            (Key.imprintUrl, c.organiser.imprintURL.map(LuaData.string)), (Key.email, c.organiser.email.map(LuaData.string)),
        ]))
        add(&e, Key.terms, table([
            (Key.url, c.terms.url.map(LuaData.string)), (Key.placement, c.terms.placement.map { .string($0.rawValue) }),
            (Key.includes, strings(c.terms.includes.map(\.rawValue))),
        ]))
        add(&e, Key.entryFeeEur, c.entryFeeEUR.map(LuaData.number))
        add(&e, Key.dataCollected, strings(c.dataCollected))
        add(&e, Key.privacyNoticeUrl, c.privacyNoticeURL.map(LuaData.string))
        add(&e, Key.advertisingConsent, table([
            (Key.requested, c.advertisingConsent.requested.map(LuaData.boolean)),
            (Key.separate, c.advertisingConsent.separate.map(LuaData.boolean)),
            (Key.preTicked, c.advertisingConsent.preTicked.map(LuaData.boolean)),
            (Key.sponsors, c.advertisingConsent.sponsors.map(integer)),
        ]))
        add(&e, Key.tellAFriendEmails, c.tellAFriendEmails.map(LuaData.boolean))
        add(&e, Key.adDisclosure, disclosure(c.adDisclosure))
        add(&e, Key.hashtags, strings(c.hashtags))
        add(&e, Key.mentions, strings(c.mentions))
        add(&e, Key.links, strings(c.links))
        return .table(e)
    }

    /// A post as the table checks receive.
    public static func post(_ p: Post) -> LuaData {
        var e: [LuaData.Entry] = []
        add(&e, Key.id, .string(p.id))
        add(&e, Key.platform, .string(p.platform))
        add(&e, Key.title, p.title.map(LuaData.string))
        add(&e, Key.text, .string(p.text))
        add(&e, Key.language, p.language.map { .string($0.rawValue) })
        add(&e, Key.media, .array(p.media.map { m in
            table([(Key.kind, .string(m.kind.rawValue)), (Key.altText, m.altText.map(LuaData.string)), (Key.tagged, strings(m.tagged))])
        }))
        add(&e, Key.adDisclosure, disclosure(p.adDisclosure))
        add(&e, Key.hashtags, strings(p.hashtags))
        add(&e, Key.mentions, strings(p.mentions))
        add(&e, Key.links, strings(p.links))
        return .table(e)
    }

    /// A subject as Lua data.
    public static func subject(_ subject: CheckSubject) -> LuaData {
        switch subject {
        case .contest(let value): Self.contest(value)
        case .post(let value): Self.post(value)
        }
    }

    private static func disclosure(_ d: AdDisclosure) -> LuaData {
        table([(Key.commercial, d.commercial.map(LuaData.boolean)), (Key.sponsor, d.sponsor.map(LuaData.string)),
               (Key.label, d.label.map(LuaData.string)), (Key.platformLabel, d.platformLabel.map(LuaData.boolean))])
    }

    private static func integer(_ value: Int) -> LuaData { .integer(Int64(value)) }

    private static func strings(_ values: [String]) -> LuaData { .array(values.map(LuaData.string)) }

    private static func add(_ entries: inout [LuaData.Entry], _ key: LuaData, _ value: LuaData?) {
        if let value { entries.append(LuaData.Entry(key, value)) }
    }

    private static func table(_ fields: [(LuaData, LuaData?)]) -> LuaData {
        var entries: [LuaData.Entry] = []
        entries.reserveCapacity(fields.count)
        for (key, value) in fields { add(&entries, key, value) }
        return .table(entries)
    }

    /// The field names, converted once: building each key anew cost an allocation per field and subject.
    private enum Key {
        static let adDisclosure: LuaData = .string("ad_disclosure")
        static let address: LuaData = .string("address")
        static let advertisingConsent: LuaData = .string("advertising_consent")
        static let altText: LuaData = .string("alt_text")
        static let cash: LuaData = .string("cash")
        static let cashEquivalent: LuaData = .string("cash_equivalent")
        static let commercial: LuaData = .string("commercial")
        static let countries: LuaData = .string("countries")
        static let criteria: LuaData = .string("criteria")
        static let dataCollected: LuaData = .string("data_collected")
        static let description: LuaData = .string("description")
        static let draw: LuaData = .string("draw")
        static let eligibility: LuaData = .string("eligibility")
        static let email: LuaData = .string("email")
        static let end: LuaData = .string("end")
        static let entriesPerPerson: LuaData = .string("entries_per_person")
        static let entry: LuaData = .string("entry")
        static let entryFeeEur: LuaData = .string("entry_fee_eur")
        static let exclusions: LuaData = .string("exclusions")
        static let hashtags: LuaData = .string("hashtags")
        static let id: LuaData = .string("id")
        static let imprintUrl: LuaData = .string("imprint_url")
        static let includes: LuaData = .string("includes")
        static let kind: LuaData = .string("kind")
        static let label: LuaData = .string("label")
        static let language: LuaData = .string("language")
        static let links: LuaData = .string("links")
        static let media: LuaData = .string("media")
        static let mentions: LuaData = .string("mentions")
        static let minimumAge: LuaData = .string("minimum_age")
        static let name: LuaData = .string("name")
        static let notification: LuaData = .string("notification")
        static let organiser: LuaData = .string("organiser")
        static let parentalConsent: LuaData = .string("parental_consent")
        static let period: LuaData = .string("period")
        static let placement: LuaData = .string("placement")
        static let platform: LuaData = .string("platform")
        static let platformLabel: LuaData = .string("platform_label")
        static let platforms: LuaData = .string("platforms")
        static let preTicked: LuaData = .string("pre_ticked")
        static let privacyNoticeUrl: LuaData = .string("privacy_notice_url")
        static let prize: LuaData = .string("prize")
        static let publicationConsent: LuaData = .string("publication_consent")
        static let publishNames: LuaData = .string("publish_names")
        static let requested: LuaData = .string("requested")
        static let selection: LuaData = .string("selection")
        static let separate: LuaData = .string("separate")
        static let sponsor: LuaData = .string("sponsor")
        static let sponsors: LuaData = .string("sponsors")
        static let start: LuaData = .string("start")
        static let tagged: LuaData = .string("tagged")
        static let tellAFriendEmails: LuaData = .string("tell_a_friend_emails")
        static let terms: LuaData = .string("terms")
        static let text: LuaData = .string("text")
        static let timeZone: LuaData = .string("time_zone")
        static let title: LuaData = .string("title")
        static let url: LuaData = .string("url")
        static let valueEur: LuaData = .string("value_eur")
        static let winner: LuaData = .string("winner")
        static let winners: LuaData = .string("winners")
    }
}
