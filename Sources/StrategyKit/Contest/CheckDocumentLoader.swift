public import Foundation
package import Yams

/// Loads contest and post files (`kind: contest` / `kind: post`) with `file:line:column` diagnostics.
///
/// Uses the same ``YAMLReader`` as workspace loading, so every problem in a file is
/// reported at once, with suggestions for misspelt keys and values.
public enum CheckDocumentLoader {
    /// Loads one file; the subject id defaults to the file name without extension.
    /// - Parameter knownPlatforms: platform ids to check references against; `nil` skips the check.
    public static func load(path: String, knownPlatforms: [String]? = nil) throws(DiagnosticError) -> CheckDocument {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError([Diagnostic(file: path, line: 1, column: 1, code: .io, message: LocalizedText(
                de: "Datei fehlt oder ist nicht lesbar", en: "file is missing or cannot be read"))])
        }
        return try parse(bytes: [UInt8](data), file: path, knownPlatforms: knownPlatforms)
    }

    /// Parses text; `file` names it in diagnostics.
    public static func parse(yaml: String, file: String = "contest.yaml",
                             knownPlatforms: [String]? = nil) throws(DiagnosticError) -> CheckDocument {
        try parse(bytes: Array(yaml.utf8), file: file, knownPlatforms: knownPlatforms)
    }

    package static func parse(bytes: [UInt8], file: String, knownPlatforms: [String]?) throws(DiagnosticError) -> CheckDocument {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(bytes: bytes, emptyMessage: LocalizedText(
            de: "Die Datei ist leer; erwartet wird 'kind: contest' oder 'kind: post'",
            en: "the file is empty; expected 'kind: contest' or 'kind: post'")) else {
            throw DiagnosticError(reader.diagnostics)
        }
        let subject = read(root, defaultID: defaultID(for: file), kind: nil, reader: &reader, knownPlatforms: knownPlatforms)
        guard let subject, !reader.hasErrors else { throw DiagnosticError(reader.diagnostics) }
        return CheckDocument(file: file, subject: subject, positions: positions(of: root),
                             textMaps: textMaps(of: root, subject: subject, source: bytes))
    }

    /// Maps of the text fields checks read phrases from, so findings can point at a phrase.
    static func textMaps(of root: Node, subject: CheckSubject, source: [UInt8]) -> [String: TextSourceMap] {
        let text: String = switch subject {
        case .contest(let contest): contest.text
        case .post(let post): post.text
        }
        guard !text.isEmpty, let node = root["text"], case .scalar = node, let mark = node.mark else { return [:] }
        return ["text": TextSourceMap(value: text, source: source, line: mark.line, column: mark.column)]
    }

    /// The file name without directory and extension.
    static func defaultID(for file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static let contestKeys = ["kind", "id", "title", "language", "platforms", "account_type", "text", "entry",
                              "entries_per_person", "entries_per_day", "prize", "eligibility", "period", "winner",
                              "organiser", "sponsors", "terms", "entry_fee_eur", "data_collected", "privacy_notice_url",
                              "advertising_consent", "tell_a_friend_emails", "ad_disclosure", "submissions"]
    static let postKeys = ["kind", "id", "platform", "title", "text", "language", "media", "ad_disclosure"]

    /// Reads a subject from a node; `kind` overrides the node's own `kind` key when given.
    package static func read(_ root: Node, defaultID: String, kind: CheckSubjectKind?, reader: inout YAMLReader,
                     knownPlatforms: [String]?) -> CheckSubject? {
        var kind = kind
        if kind == nil {
            guard case .mapping(let mapping) = root else {
                _ = reader.mapping(root, what: LocalizedText(de: "Prüfdatei", en: "check file"), allowed: [])
                return nil
            }
            if let node = mapping["kind"] {
                kind = reader.choice(node, field: "kind", as: CheckSubjectKind.self)
                if let found = kind, found != .contest && found != .post {
                    reader.report(node, .invalidValue, LocalizedText(
                        de: "'kind: \(found.rawValue)' wird hier nicht unterstützt; erwartet: contest oder post",
                        en: "'kind: \(found.rawValue)' is not supported here; expected contest or post"))
                    return nil
                }
            } else {
                reader.report(root, .missingField, LocalizedText(
                    de: "Pflichtfeld 'kind' fehlt (contest oder post)", en: "missing required field 'kind' (contest or post)"))
            }
        }
        switch kind {
        case .contest: return readContest(root, defaultID: defaultID, reader: &reader, knownPlatforms: knownPlatforms).map { .contest($0) }
        case .post: return readPost(root, defaultID: defaultID, reader: &reader, knownPlatforms: knownPlatforms).map { .post($0) }
        default: return nil
        }
    }

    // MARK: Contest

    static func readContest(_ root: Node, defaultID: String, reader: inout YAMLReader,
                            knownPlatforms: [String]?) -> Contest? {
        guard let f = reader.mapping(root, what: LocalizedText(de: "Gewinnspiel", en: "contest"), allowed: contestKeys,
                                     required: ["platforms", "text", "entry"]) else { return nil }
        var contest = Contest(id: f["id"].flatMap { reader.text($0, field: "id") } ?? defaultID)
        contest.title = f["title"].flatMap { reader.text($0, field: "title") }
        contest.language = f["language"].flatMap { reader.choice($0, field: "language", as: Language.self) }
        contest.platforms = platforms(f["platforms"], reader: &reader, known: knownPlatforms)
        contest.accountType = f["account_type"].flatMap { reader.choice($0, field: "account_type", as: AccountType.self) }
        contest.text = f["text"].flatMap { reader.text($0, field: "text") } ?? ""
        if let node = f["entry"], let items = reader.list(node, field: "entry") {
            contest.entry = items.compactMap { reader.choice($0, field: "entry", as: EntryAction.self) }
        }
        contest.entriesPerPerson = positiveInteger(f["entries_per_person"], field: "entries_per_person", reader: &reader)
        contest.entriesPerDay = positiveInteger(f["entries_per_day"], field: "entries_per_day", reader: &reader)
        if let node = f["prize"], let p = reader.mapping(node, what: LocalizedText(de: "Gewinn", en: "prize"),
                                                           allowed: ["description", "value_eur", "cash", "cash_equivalent", "winners",
                                                                     "age_rating", "restricted_goods", "cash_alternative",
                                                                     "transferable"]) {
            contest.prize = ContestPrize(
                description: p["description"].flatMap { reader.text($0, field: "prize.description") },
                valueEUR: reader.nonNegative(p["value_eur"].flatMap { reader.number($0, field: "prize.value_eur") },
                                             p["value_eur"], field: "prize.value_eur"),
                cash: p["cash"].flatMap { reader.bool($0, field: "prize.cash") },
                cashEquivalent: p["cash_equivalent"].flatMap { reader.bool($0, field: "prize.cash_equivalent") },
                winners: positiveInteger(p["winners"], field: "prize.winners", reader: &reader),
                ageRating: p["age_rating"].flatMap { ageRating($0, reader: &reader) },
                restrictedGoods: p["restricted_goods"].map { choices($0, field: "prize.restricted_goods", as: RestrictedGoods.self,
                                                                     reader: &reader) } ?? [],
                cashAlternative: p["cash_alternative"].flatMap { reader.bool($0, field: "prize.cash_alternative") },
                transferable: p["transferable"].flatMap { reader.bool($0, field: "prize.transferable") })
        }
        if let node = f["eligibility"], let e = reader.mapping(node, what: LocalizedText(de: "Teilnahmeberechtigung", en: "eligibility"),
                                                                 allowed: ["minimum_age", "parental_consent", "countries", "exclusions"]) {
            var age = e["minimum_age"].flatMap { reader.integer($0, field: "eligibility.minimum_age") }
            if let value = age, !(0...120).contains(value) {
                reader.report(e["minimum_age"], .invalidValue, LocalizedText(
                    de: "'eligibility.minimum_age' muss zwischen 0 und 120 liegen, gefunden: \(value)",
                    en: "'eligibility.minimum_age' must be between 0 and 120, found \(value)"))
                age = nil
            }
            contest.eligibility = ContestEligibility(
                minimumAge: age,
                parentalConsent: e["parental_consent"].flatMap { reader.bool($0, field: "eligibility.parental_consent") },
                countries: e["countries"].map { reader.textList($0, field: "eligibility.countries").map { $0.uppercased() } } ?? [],
                exclusions: e["exclusions"].map { reader.textList($0, field: "eligibility.exclusions") } ?? [])
        }
        if let node = f["period"], let p = reader.mapping(node, what: LocalizedText(de: "Zeitraum", en: "period"),
                                                            allowed: ["start", "end", "time_zone"]) {
            let start = p["start"].flatMap { dateTime($0, field: "period.start", reader: &reader) }
            let end = p["end"].flatMap { dateTime($0, field: "period.end", reader: &reader) }
            if let start, let end, end < start {
                reader.report(p["end"], .invalidValue, LocalizedText(
                    de: "'period.end' (\(end)) liegt vor 'period.start' (\(start))",
                    en: "'period.end' (\(end)) is before 'period.start' (\(start))"))
            }
            contest.period = ContestPeriod(start: start, end: end,
                                           timeZone: p["time_zone"].flatMap { timeZone($0, field: "period.time_zone", reader: &reader) })
        }
        if let node = f["winner"], let w = reader.mapping(node, what: LocalizedText(de: "Gewinner", en: "winner"),
                                                            allowed: ["selection", "criteria", "draw", "notification",
                                                                      "publish_names", "publication_consent", "announcement",
                                                                      "reply_within_days", "redraw"]) {
            contest.winner = ContestWinner(
                selection: w["selection"].flatMap { reader.choice($0, field: "winner.selection", as: WinnerSelection.self) },
                criteria: w["criteria"].map { reader.textList($0, field: "winner.criteria") } ?? [],
                draw: w["draw"].flatMap { dateTime($0, field: "winner.draw", reader: &reader) },
                notification: w["notification"].flatMap { reader.choice($0, field: "winner.notification", as: NotificationChannel.self) },
                publishNames: w["publish_names"].flatMap { reader.bool($0, field: "winner.publish_names") },
                publicationConsent: w["publication_consent"].flatMap { reader.bool($0, field: "winner.publication_consent") },
                announcement: w["announcement"].map { announcement($0, reader: &reader) } ?? WinnerAnnouncement(),
                replyWithinDays: positiveInteger(w["reply_within_days"], field: "winner.reply_within_days", reader: &reader),
                redraw: w["redraw"].flatMap { reader.bool($0, field: "winner.redraw") })
        }
        if let node = f["organiser"], let o = reader.mapping(node, what: LocalizedText(de: "Veranstalter", en: "organiser"),
                                                               allowed: ["name", "address", "imprint_url", "email"]) {
            contest.organiser = ContestOrganiser(
                name: o["name"].flatMap { reader.text($0, field: "organiser.name") },
                address: o["address"].flatMap { reader.text($0, field: "organiser.address") },
                imprintURL: o["imprint_url"].flatMap { url($0, field: "organiser.imprint_url", reader: &reader) },
                email: o["email"].flatMap { reader.text($0, field: "organiser.email") })
        }
        contest.sponsors = f["sponsors"].map { reader.textList($0, field: "sponsors") } ?? []
        if let node = f["submissions"] {
            contest.submissions = submissions(node, reader: &reader)
        }
        if let node = f["terms"], let t = reader.mapping(node, what: LocalizedText(de: "Teilnahmebedingungen", en: "terms"),
                                                           allowed: ["url", "placement", "includes"]) {
            var includes: [TermsContent] = []
            if let list = t["includes"], let items = reader.list(list, field: "terms.includes") {
                includes = items.compactMap { reader.choice($0, field: "terms.includes", as: TermsContent.self) }
            }
            contest.terms = ContestTerms(
                url: t["url"].flatMap { url($0, field: "terms.url", reader: &reader) },
                placement: t["placement"].flatMap { reader.choice($0, field: "terms.placement", as: TermsPlacement.self) },
                includes: includes)
        }
        contest.entryFeeEUR = reader.nonNegative(f["entry_fee_eur"].flatMap { reader.number($0, field: "entry_fee_eur") },
                                                 f["entry_fee_eur"], field: "entry_fee_eur")
        contest.dataCollected = f["data_collected"].map {
            choices($0, field: "data_collected", as: PersonalData.self, reader: &reader).map(\.rawValue)
        } ?? []
        contest.privacyNoticeURL = f["privacy_notice_url"].flatMap { url($0, field: "privacy_notice_url", reader: &reader) }
        if let node = f["advertising_consent"], let a = reader.mapping(
            node, what: LocalizedText(de: "Werbeeinwilligung", en: "advertising consent"),
            allowed: ["requested", "separate", "pre_ticked", "sponsors", "required_for_entry"]) {
            // `sponsors` is a count (the first form) or the list of names; the names give the count.
            var count: Int?, names: [String] = []
            if let sponsors = a["sponsors"] {
                if case .sequence = sponsors {
                    names = reader.textList(sponsors, field: "advertising_consent.sponsors")
                } else {
                    count = positiveInteger(sponsors, field: "advertising_consent.sponsors", reader: &reader)
                }
            }
            contest.advertisingConsent = AdvertisingConsent(
                requested: a["requested"].flatMap { reader.bool($0, field: "advertising_consent.requested") },
                separate: a["separate"].flatMap { reader.bool($0, field: "advertising_consent.separate") },
                preTicked: a["pre_ticked"].flatMap { reader.bool($0, field: "advertising_consent.pre_ticked") },
                sponsors: count, sponsorNames: names,
                requiredForEntry: a["required_for_entry"].flatMap { reader.bool($0, field: "advertising_consent.required_for_entry") })
        }
        contest.tellAFriendEmails = f["tell_a_friend_emails"].flatMap { reader.bool($0, field: "tell_a_friend_emails") }
        contest.adDisclosure = f["ad_disclosure"].map { adDisclosure($0, reader: &reader) } ?? AdDisclosure()
        return contest
    }

    // MARK: Post

    static func readPost(_ root: Node, defaultID: String, reader: inout YAMLReader, knownPlatforms: [String]?) -> Post? {
        guard let f = reader.mapping(root, what: LocalizedText(de: "Beitrag", en: "post"), allowed: postKeys,
                                     required: ["platform", "text"]) else { return nil }
        let id = f["id"].flatMap { reader.text($0, field: "id") } ?? defaultID
        var platform = f["platform"].flatMap { reader.text($0, field: "platform") }
        if let value = platform, let known = knownPlatforms,
           !reader.reference(value, f["platform"], field: "platform", kind: LocalizedText(de: "Plattform", en: "platform"),
                             known: known) {
            platform = nil
        }
        let text = f["text"].flatMap { reader.text($0, field: "text") }
        var media: [PostMedia] = []
        if let node = f["media"], let items = reader.list(node, field: "media") {
            for item in items {
                guard let m = reader.mapping(item, what: LocalizedText("media"), allowed: ["kind", "alt_text", "tagged"],
                                             required: ["kind"]),
                      let kind = m["kind"].flatMap({ reader.choice($0, field: "media.kind", as: PostMedia.Kind.self) })
                else { continue }
                media.append(PostMedia(kind: kind, altText: m["alt_text"].flatMap { reader.text($0, field: "media.alt_text") },
                                       tagged: m["tagged"].map { reader.textList($0, field: "media.tagged") } ?? []))
            }
        }
        guard let platform, let text else { return nil }
        return Post(id: id, platform: platform, title: f["title"].flatMap { reader.text($0, field: "title") }, text: text,
                    language: f["language"].flatMap { reader.choice($0, field: "language", as: Language.self) },
                    media: media, adDisclosure: f["ad_disclosure"].map { adDisclosure($0, reader: &reader) } ?? AdDisclosure())
    }

    // MARK: Parts

    private static func adDisclosure(_ node: Node, reader: inout YAMLReader) -> AdDisclosure {
        guard let a = reader.mapping(node, what: LocalizedText(de: "Werbekennzeichnung", en: "ad disclosure"),
                                     allowed: ["commercial", "sponsor", "label", "platform_label"]) else { return AdDisclosure() }
        return AdDisclosure(commercial: a["commercial"].flatMap { reader.bool($0, field: "ad_disclosure.commercial") },
                            sponsor: a["sponsor"].flatMap { reader.text($0, field: "ad_disclosure.sponsor") },
                            label: a["label"].flatMap { reader.text($0, field: "ad_disclosure.label") },
                            platformLabel: a["platform_label"].flatMap { reader.bool($0, field: "ad_disclosure.platform_label") })
    }

    private static func platforms(_ node: Node?, reader: inout YAMLReader, known: [String]?) -> [String] {
        guard let node, let items = reader.list(node, field: "platforms") else { return [] }
        var result: [String] = []
        for item in items {
            guard let id = reader.text(item, field: "platforms") else { continue }
            if let known, !reader.reference(id, item, field: "platforms", kind: LocalizedText(de: "Plattform", en: "platform"),
                                            known: known) { continue }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    static func positiveInteger(_ node: Node?, field: String, reader: inout YAMLReader) -> Int? {
        guard let node, let value = reader.integer(node, field: field) else { return nil }
        guard value > 0 else {
            reader.report(node, .invalidValue, LocalizedText(
                de: "'\(field)' muss größer als 0 sein, gefunden: \(value)", en: "'\(field)' must be greater than 0, found \(value)"))
            return nil
        }
        return value
    }

    static func dateTime(_ node: Node, field: String, reader: inout YAMLReader) -> LocalDateTime? {
        guard let text = reader.text(node, field: field) else { return nil }
        guard let value = LocalDateTime(text) else {
            reader.report(node, .wrongType, LocalizedText(
                de: "'\(field)': Datum JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM erwartet, gefunden: '\(text)'",
                en: "expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM for '\(field)', found '\(text)'"))
            return nil
        }
        return value
    }

    private static func url(_ node: Node, field: String, reader: inout YAMLReader) -> String? {
        guard let text = reader.text(node, field: field) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !text.contains(" ") else {
            reader.report(node, .invalidValue, LocalizedText(
                de: "'\(field)': Adresse mit http:// oder https:// erwartet, gefunden: '\(text)'",
                en: "expected an http:// or https:// address for '\(field)', found '\(text)'"))
            return nil
        }
        return text
    }

    // MARK: Positions

    /// Positions of every mapping key by dotted path.
    package static func positions(of root: Node) -> [String: FieldPosition] {
        var result: [String: FieldPosition] = [:]
        func walk(_ node: Node, _ prefix: String) {
            guard case .mapping(let mapping) = node else { return }
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else { continue }
                let path = prefix.isEmpty ? scalar.string : prefix + "." + scalar.string
                if let mark = key.mark { result[path] = FieldPosition(line: mark.line, column: mark.column) }
                walk(value, path)
            }
        }
        walk(root, "")
        return result
    }
}
