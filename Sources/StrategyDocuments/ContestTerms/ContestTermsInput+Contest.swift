public import StrategyKit

extension ContestTermsInput {
    /// The terms input for a contest draft; every field the terms need and the draft lacks
    /// is reported at once, at the position of the nearest field in the file.
    public static func from(_ document: CheckDocument, language: Language) throws(DiagnosticError) -> ContestTermsInput {
        guard case .contest(let contest) = document.subject else {
            throw DiagnosticError([Diagnostic(file: document.file, line: 1, column: 1, code: .invalidValue,
                                              message: LocalizedText(de: "Teilnahmebedingungen gibt es nur für Gewinnspiele (kind: contest).",
                                                                     en: "Terms exist only for contests (kind: contest)."))])
        }
        var problems: [Diagnostic] = []
        func missing(_ field: String, de: String, en: String) {
            // The field itself when present (with a bad value), else its parent, else the top.
            let parts = field.split(separator: ".").map(String.init)
            let position = (0..<parts.count).reversed().lazy
                .compactMap { document.positions[parts[0...$0].joined(separator: ".")] }.first
            problems.append(Diagnostic(file: document.file, line: position?.line ?? 1, column: position?.column ?? 1,
                                       code: .missingField,
                                       message: LocalizedText(de: "\(field): \(de)", en: "\(field): \(en)")))
        }
        let t = Localizer(language)
        let organiser = contest.organiser
        if organiser.name == nil { missing("organiser.name", de: "der Veranstalter muss genannt sein", en: "the organiser must be named") }
        if organiser.address == nil { missing("organiser.address", de: "eine ladungsfähige Anschrift fehlt", en: "a postal address is missing") }
        if organiser.email == nil { missing("organiser.email", de: "eine Kontaktadresse fehlt", en: "a contact e-mail is missing") }
        if contest.period.start == nil { missing("period.start", de: "der Beginn fehlt", en: "the start is missing") }
        if contest.period.end == nil { missing("period.end", de: "das Ende fehlt", en: "the end is missing") }
        if contest.winner.draw == nil { missing("winner.draw", de: "das Datum der Ermittlung fehlt", en: "the date the winners are chosen is missing") }
        if contest.eligibility.minimumAge == nil {
            missing("eligibility.minimum_age", de: "das Mindestalter fehlt", en: "the minimum age is missing")
        }
        if contest.eligibility.countries.isEmpty {
            missing("eligibility.countries", de: "die zugelassenen Länder fehlen", en: "the countries entrants may live in are missing")
        }
        if contest.prize.description == nil { missing("prize.description", de: "der Gewinn muss beschrieben sein", en: "the prize must be described") }
        if contest.winner.notification == nil {
            missing("winner.notification", de: "wie Gewinner benachrichtigt werden, fehlt", en: "how winners are notified is missing")
        }
        if contest.entry.isEmpty { missing("entry", de: "wie man teilnimmt, fehlt", en: "how to enter is missing") }
        let selection: Selection
        switch contest.winner.selection ?? .random {
        case .random: selection = .random
        case .jury, .skill:
            selection = .jury(criteria: contest.winner.criteria)
            if contest.winner.criteria.isEmpty {
                missing("winner.criteria", de: "eine Jury braucht genannte Kriterien", en: "a jury needs stated criteria")
            }
        case let other:
            selection = .random
            missing("winner.selection", de: "'\(other.rawValue)' lässt sich nicht als faire Ermittlung beschreiben; Auslosung oder Jury wählen",
                    en: "'\(other.rawValue)' cannot be described as a fair selection; choose a random draw or a jury")
        }
        guard problems.isEmpty, let name = organiser.name, let address = organiser.address, let email = organiser.email,
            let start = contest.period.start, let end = contest.period.end, let draw = contest.winner.draw,
            let minimumAge = contest.eligibility.minimumAge, let prize = contest.prize.description,
            let notification = contest.winner.notification
        else { throw DiagnosticError(problems) }

        var input = ContestTermsInput(
            title: contest.title ?? contest.id,
            organiser: Organiser(name: name, address: address, email: email, imprintURL: organiser.imprintURL),
            platforms: contest.platforms, start: TermsDate.text(start, t), end: TermsDate.text(end, endOfDay: true, t),
            timeZone: contest.period.timeZone ?? "Europe/Berlin", drawDate: TermsDate.text(draw, t),
            minimumAge: minimumAge, residence: t.list(contest.eligibility.countries.map { countryName($0, t) }),
            excludesEmployees: !contest.eligibility.exclusions.isEmpty,
            entryAction: t.list(contest.entry.map { describe($0, t) }), prize: prize,
            winners: contest.prize.winners ?? 1, prizeValue: contest.prize.valueEUR, selection: selection,
            notificationChannel: describe(notification, t), replyDays: contest.winner.replyWithinDays ?? 7,
            delivery: t("per Post an die Anschrift, die der Gewinner nach der Benachrichtigung nennt",
                        "by post to the address the winner gives after being notified"),
            privacyContact: email, publishesWinners: contest.winner.publishNames ?? false,
            userContent: contest.entry.contains(.upload) || !contest.submissions.isEmpty)
        input.entriesPerPerson = contest.entriesPerPerson
        input.entriesPerDay = contest.entriesPerDay
        input.sponsors = contest.sponsors
        input.prizeAgeRating = contest.prize.ageRating
        input.restrictedGoods = contest.prize.restrictedGoods.map { describe($0, t) }
        input.cashAlternative = contest.prize.cashAlternative ?? false
        input.transferable = contest.prize.transferable ?? false
        if let channel = contest.winner.announcement.where {
            if channel.isPublic { input.announcementChannel = describe(channel, t) } else { input.announcedPrivately = true }
        }
        input.announcementDate = contest.winner.announcement.when.map { TermsDate.text($0, t) }
        input.redraw = contest.winner.redraw ?? true
        let consent = contest.advertisingConsent
        input.consentRequiredForEntry = consent.requested != false && consent.requiredForEntry == true
        input.consentSponsors = consent.sponsorNames
        input.submissionRights = contest.submissions.rights
        input.submissionCredit = contest.submissions.credit ?? false
        input.submissionDuration = contest.submissions.duration
            ?? contest.submissions.durationMonths.map { t($0 == 1 ? "einen Monat" : "\($0) Monate", $0 == 1 ? "one month" : "\($0) months") }
        return input
    }

    /// What the generated sections cover, in the vocabulary of `terms.includes` that the checks read.
    public static func covered(by document: ContestTermsDocument, platforms: [String]) -> [TermsContent] {
        let map: [String: [TermsContent]] = [
            "organiser": [.organiser], "period": [.period], "eligibility": [.eligibility],
            "entry": [.howToEnter, .multipleAccounts], "prize": [.prize], "selection": [.winnerSelection],
            "notification": [.winnerNotification], "delivery": [.prizeDelivery], "termination": [.earlyTermination],
            "platform-release": [.platformRelease, .nonAffiliation], "privacy": [.privacyNotice],
            "user-content": [.entryRights],
        ]
        var covered = document.sections.flatMap { map[$0.id] ?? [] }
        // The release section carries YouTube's Community Guidelines clause when YouTube is a platform.
        if document.section("platform-release") != nil, platforms.contains("youtube") { covered.append(.communityGuidelines) }
        return covered
    }

    private static func countryName(_ code: String, _ t: Localizer) -> String {
        let names: [String: (String, String)] = ["DE": ("Deutschland", "Germany"), "AT": ("Österreich", "Austria"),
                                                 "CH": ("der Schweiz", "Switzerland"), "LU": ("Luxemburg", "Luxembourg")]
        guard let (de, en) = names[code.uppercased()] else { return code }
        return t(de, en)
    }

    private static func describe(_ action: EntryAction, _ t: Localizer) -> String {
        switch action {
        case .like: t("den Beitrag mit „Gefällt mir“ markieren", "like the post")
        case .comment: t("den Beitrag kommentieren", "comment on the post")
        case .share: t("den Beitrag im eigenen Feed teilen", "share the post to your feed")
        case .storyShare: t("den Beitrag in der eigenen Story teilen", "share the post to your story")
        case .tagFriends: t("Freunde im Kommentar markieren", "tag friends in a comment")
        case .tagSelf: t("sich selbst markieren", "tag yourself")
        case .follow: t("dem Profil folgen", "follow the profile")
        case .repost: t("den Beitrag erneut veröffentlichen", "repost the post")
        case .hashtag: t("einen Beitrag mit dem Hashtag des Gewinnspiels veröffentlichen", "post with the contest's hashtag")
        case .mention: t("das Profil in einem Beitrag erwähnen", "mention the profile in a post")
        case .upload: t("einen eigenen Beitrag (Foto, Video oder Text) hochladen", "upload an entry of your own (photo, video or text)")
        case .message: t("eine Direktnachricht senden", "send a direct message")
        case .vote: t("abstimmen", "vote")
        case .subscribe: t("den Kanal abonnieren", "subscribe to the channel")
        case .purchase: t("einen Kauf tätigen", "make a purchase")
        case .newsletterSignup: t("den Newsletter abonnieren", "sign up for the newsletter")
        case .answer: t("die Frage des Gewinnspiels beantworten", "answer the contest's question")
        case .webForm: t("das Formular auf der Website ausfüllen", "fill in the form on the website")
        @unknown default: action.rawValue
        }
    }

    private static func describe(_ goods: RestrictedGoods, _ t: Localizer) -> String {
        switch goods {
        case .alcohol: t("alkoholische Getränke", "alcoholic drinks")
        case .spirits: t("Spirituosen", "spirits")
        case .tobacco: t("Tabakwaren", "tobacco products")
        case .eCigarettes: t("E-Zigaretten", "e-cigarettes")
        case .nicotine: t("nikotinhaltige Erzeugnisse", "nicotine products")
        case .gambling: t("Glücksspielangebote", "gambling offers")
        case .adultContent: t("Inhalte nur für Erwachsene", "adult content")
        }
    }

    private static func describe(_ channel: AnnouncementChannel, _ t: Localizer) -> String {
        switch channel {
        case .post: t("in einem Beitrag", "in a post")
        case .comment: t("in einem Kommentar unter dem Gewinnspiel-Beitrag", "in a comment under the contest post")
        case .story: t("in einer Story", "in a story")
        case .website: t("auf der Website des Veranstalters", "on the organiser's website")
        case .directMessage: t("per Direktnachricht", "by direct message")
        case .email: t("per E-Mail", "by e-mail")
        case .none: t("nicht", "not")
        }
    }

    private static func describe(_ channel: NotificationChannel, _ t: Localizer) -> String {
        switch channel {
        // The templates say "per …" / "by …" before it.
        case .directMessage: t("Direktnachricht auf der Plattform", "direct message on the platform")
        case .email: t("E-Mail", "e-mail")
        case .comment: t("Antwort auf den Kommentar", "a reply to the comment")
        case .phone: t("Telefon", "phone")
        case .post: t("Beitrag", "a post")
        @unknown default: channel.rawValue
        }
    }
}
