public import LuaHost
public import StrategyKit

/// Contests and posts as the tables checks receive, written out by hand for speed.
///
/// One description of each table serves both writers: checks get views pushed straight
/// onto the Lua stack (``LuaViewWriter``), scripts and the benchmark baseline get
/// ``LuaData`` (``LuaDataWriter``). The generic ``LuaDataEncoder`` gives the same tables (a
/// test compares them for fully populated values), at several times the cost.
public enum SubjectData {
    /// A contest as the table checks receive.
    public static func contest(_ c: Contest) -> LuaData {
        LuaDataWriter.table(fields: contestFields) { write(c, into: &$0) }
    }

    /// A post as the table checks receive.
    public static func post(_ p: Post) -> LuaData {
        LuaDataWriter.table(fields: postFields) { write(p, into: &$0) }
    }

    /// A subject as Lua data.
    public static func subject(_ subject: CheckSubject) -> LuaData {
        switch subject {
        case .contest(let value): Self.contest(value)
        case .post(let value): Self.post(value)
        }
    }

    /// Writes a subject's table.
    static func write<W: LuaTableWriter>(_ subject: CheckSubject, into w: inout W) {
        switch subject {
        case .contest(let value): write(value, into: &w)
        case .post(let value): write(value, into: &w)
        }
    }

    /// The most fields a subject's top table has.
    static func fields(of subject: CheckSubject) -> Int {
        switch subject {
        case .contest: contestFields
        case .post: postFields
        }
    }

    static let contestFields = 28
    static let postFields = 10

    static func write<W: LuaTableWriter>(_ c: Contest, into w: inout W) {
        w.set("id", c.id)
        w.set("title", c.title)
        w.set("language", c.language?.rawValue)
        w.set("platforms", c.platforms)
        w.set("account_type", c.accountType?.rawValue)
        w.set("text", c.text)
        w.set("entry", c.entry.map(\.rawValue))
        w.set("entries_per_person", c.entriesPerPerson)
        w.set("entries_per_day", c.entriesPerDay)
        w.table("prize", fields: 9) { t in
            t.set("description", c.prize.description)
            t.set("value_eur", c.prize.valueEUR)
            t.set("cash", c.prize.cash)
            t.set("cash_equivalent", c.prize.cashEquivalent)
            t.set("winners", c.prize.winners)
            t.set("age_rating", c.prize.ageRating)
            t.set("restricted_goods", c.prize.restrictedGoods.map(\.rawValue))
            t.set("cash_alternative", c.prize.cashAlternative)
            t.set("transferable", c.prize.transferable)
        }
        w.table("eligibility", fields: 4) { t in
            t.set("minimum_age", c.eligibility.minimumAge)
            t.set("parental_consent", c.eligibility.parentalConsent)
            t.set("countries", c.eligibility.countries)
            t.set("exclusions", c.eligibility.exclusions)
        }
        w.table("period", fields: 3) { t in
            t.set("start", c.period.start?.description)
            t.set("end", c.period.end?.description)
            t.set("time_zone", c.period.timeZone)
        }
        w.table("winner", fields: 9) { t in
            t.set("selection", c.winner.selection?.rawValue)
            t.set("criteria", c.winner.criteria)
            t.set("draw", c.winner.draw?.description)
            t.set("notification", c.winner.notification?.rawValue)
            t.set("publish_names", c.winner.publishNames)
            t.set("publication_consent", c.winner.publicationConsent)
            t.table("announcement", fields: 2) { a in
                a.set("where", c.winner.announcement.where?.rawValue)
                a.set("when", c.winner.announcement.when?.description)
            }
            t.set("reply_within_days", c.winner.replyWithinDays)
            t.set("redraw", c.winner.redraw)
        }
        w.table("organiser", fields: 4) { t in
            t.set("name", c.organiser.name)
            t.set("address", c.organiser.address)
            t.set("imprint_url", c.organiser.imprintURL)
            t.set("email", c.organiser.email)
        }
        w.set("sponsors", c.sponsors)
        w.table("terms", fields: 3) { t in
            t.set("url", c.terms.url)
            t.set("placement", c.terms.placement?.rawValue)
            t.set("includes", c.terms.includes.map(\.rawValue))
        }
        w.set("entry_fee_eur", c.entryFeeEUR)
        w.set("data_collected", c.dataCollected)
        w.set("privacy_notice_url", c.privacyNoticeURL)
        w.table("advertising_consent", fields: 6) { t in
            t.set("requested", c.advertisingConsent.requested)
            t.set("separate", c.advertisingConsent.separate)
            t.set("pre_ticked", c.advertisingConsent.preTicked)
            t.set("sponsors", c.advertisingConsent.sponsors)
            t.set("sponsor_names", c.advertisingConsent.sponsorNames)
            t.set("required_for_entry", c.advertisingConsent.requiredForEntry)
        }
        w.set("tell_a_friend_emails", c.tellAFriendEmails)
        w.table("ad_disclosure", fields: 4) { write(c.adDisclosure, into: &$0) }
        w.table("submissions", fields: 4) { t in
            t.set("rights", c.submissions.rights?.rawValue)
            t.set("credit", c.submissions.credit)
            t.set("duration", c.submissions.duration)
            t.set("duration_months", c.submissions.durationMonths)
        }
        w.set("hashtags", c.hashtags)
        w.set("mentions", c.mentions)
        w.set("links", c.links)
    }

    static func write<W: LuaTableWriter>(_ p: Post, into w: inout W) {
        w.set("id", p.id)
        w.set("platform", p.platform)
        w.set("title", p.title)
        w.set("text", p.text)
        w.set("language", p.language?.rawValue)
        w.list("media", p.media, fields: 3) { t, m in
            t.set("kind", m.kind.rawValue)
            t.set("alt_text", m.altText)
            t.set("tagged", m.tagged)
        }
        w.table("ad_disclosure", fields: 4) { write(p.adDisclosure, into: &$0) }
        w.set("hashtags", p.hashtags)
        w.set("mentions", p.mentions)
        w.set("links", p.links)
    }

    private static func write<W: LuaTableWriter>(_ d: AdDisclosure, into w: inout W) {
        w.set("commercial", d.commercial)
        w.set("sponsor", d.sponsor)
        w.set("label", d.label)
        w.set("platform_label", d.platformLabel)
    }
}
