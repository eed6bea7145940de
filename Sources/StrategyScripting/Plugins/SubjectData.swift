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
        add(&e, "id", .string(c.id))
        add(&e, "title", c.title.map(LuaData.string))
        add(&e, "language", c.language.map { .string($0.rawValue) })
        add(&e, "platforms", strings(c.platforms))
        add(&e, "text", .string(c.text))
        add(&e, "entry", strings(c.entry.map(\.rawValue)))
        add(&e, "entries_per_person", c.entriesPerPerson.map(integer))
        add(&e, "prize", table([
            ("description", c.prize.description.map(LuaData.string)), ("value_eur", c.prize.valueEUR.map(LuaData.number)),
            ("cash", c.prize.cash.map(LuaData.boolean)), ("cash_equivalent", c.prize.cashEquivalent.map(LuaData.boolean)),
            ("winners", c.prize.winners.map(integer)),
        ]))
        add(&e, "eligibility", table([
            ("minimum_age", c.eligibility.minimumAge.map(integer)),
            ("parental_consent", c.eligibility.parentalConsent.map(LuaData.boolean)),
            ("countries", strings(c.eligibility.countries)), ("exclusions", strings(c.eligibility.exclusions)),
        ]))
        add(&e, "period", table([
            ("start", c.period.start.map { .string($0.description) }), ("end", c.period.end.map { .string($0.description) }),
            ("time_zone", c.period.timeZone.map(LuaData.string)),
        ]))
        add(&e, "winner", table([
            ("selection", c.winner.selection.map { .string($0.rawValue) }), ("criteria", strings(c.winner.criteria)),
            ("draw", c.winner.draw.map { .string($0.description) }),
            ("notification", c.winner.notification.map { .string($0.rawValue) }),
            ("publish_names", c.winner.publishNames.map(LuaData.boolean)),
            ("publication_consent", c.winner.publicationConsent.map(LuaData.boolean)),
        ]))
        add(&e, "organiser", table([
            ("name", c.organiser.name.map(LuaData.string)), ("address", c.organiser.address.map(LuaData.string)),
            ("imprint_url", c.organiser.imprintURL.map(LuaData.string)), ("email", c.organiser.email.map(LuaData.string)),
        ]))
        add(&e, "terms", table([
            ("url", c.terms.url.map(LuaData.string)), ("placement", c.terms.placement.map { .string($0.rawValue) }),
            ("includes", strings(c.terms.includes.map(\.rawValue))),
        ]))
        add(&e, "entry_fee_eur", c.entryFeeEUR.map(LuaData.number))
        add(&e, "data_collected", strings(c.dataCollected))
        add(&e, "privacy_notice_url", c.privacyNoticeURL.map(LuaData.string))
        add(&e, "advertising_consent", table([
            ("requested", c.advertisingConsent.requested.map(LuaData.boolean)),
            ("separate", c.advertisingConsent.separate.map(LuaData.boolean)),
            ("pre_ticked", c.advertisingConsent.preTicked.map(LuaData.boolean)),
            ("sponsors", c.advertisingConsent.sponsors.map(integer)),
        ]))
        add(&e, "tell_a_friend_emails", c.tellAFriendEmails.map(LuaData.boolean))
        add(&e, "ad_disclosure", disclosure(c.adDisclosure))
        add(&e, "hashtags", strings(c.hashtags))
        add(&e, "mentions", strings(c.mentions))
        add(&e, "links", strings(c.links))
        return .table(e)
    }

    /// A post as the table checks receive.
    public static func post(_ p: Post) -> LuaData {
        var e: [LuaData.Entry] = []
        add(&e, "id", .string(p.id))
        add(&e, "platform", .string(p.platform))
        add(&e, "title", p.title.map(LuaData.string))
        add(&e, "text", .string(p.text))
        add(&e, "language", p.language.map { .string($0.rawValue) })
        add(&e, "media", .array(p.media.map { m in
            table([("kind", .string(m.kind.rawValue)), ("alt_text", m.altText.map(LuaData.string)), ("tagged", strings(m.tagged))])
        }))
        add(&e, "ad_disclosure", disclosure(p.adDisclosure))
        add(&e, "hashtags", strings(p.hashtags))
        add(&e, "mentions", strings(p.mentions))
        add(&e, "links", strings(p.links))
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
        table([("commercial", d.commercial.map(LuaData.boolean)), ("sponsor", d.sponsor.map(LuaData.string)),
               ("label", d.label.map(LuaData.string)), ("platform_label", d.platformLabel.map(LuaData.boolean))])
    }

    private static func integer(_ value: Int) -> LuaData { .integer(Int64(value)) }

    private static func strings(_ values: [String]) -> LuaData { .array(values.map(LuaData.string)) }

    private static func add(_ entries: inout [LuaData.Entry], _ key: String, _ value: LuaData?) {
        if let value { entries.append(LuaData.Entry(.string(key), value)) }
    }

    private static func table(_ fields: [(String, LuaData?)]) -> LuaData {
        var entries: [LuaData.Entry] = []
        for (key, value) in fields { add(&entries, key, value) }
        return .table(entries)
    }
}
