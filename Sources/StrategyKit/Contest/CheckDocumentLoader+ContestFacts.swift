import Foundation
import Yams

/// Readers for the contest facts that need more than a scalar: age ratings, lists of known
/// values, time zones, the winner announcement and the rights to submitted content.
extension CheckDocumentLoader {
    /// An age rating: one of ``ContestPrize/ageRatings``.
    static func ageRating(_ node: Node, reader: inout YAMLReader) -> Int? {
        guard let value = reader.integer(node, field: "prize.age_rating") else { return nil }
        guard ContestPrize.ageRatings.contains(value) else {
            let allowed = ContestPrize.ageRatings.map(String.init).joined(separator: ", ")
            reader.report(node, .invalidValue, LocalizedText(
                de: "'prize.age_rating' muss eine Altersfreigabe sein (\(allowed)), gefunden: \(value)",
                en: "'prize.age_rating' must be an age rating (\(allowed)), found \(value)"))
            return nil
        }
        return value
    }

    /// A list of an enumeration's raw values; unknown ones are reported at their position.
    static func choices<E: RawRepresentable & CaseIterable & Equatable>(_ node: Node, field: String, as type: E.Type,
                                                            reader: inout YAMLReader) -> [E] where E.RawValue == String {
        guard let items = reader.list(node, field: field) else { return [] }
        var result: [E] = []
        for item in items {
            if let value = reader.choice(item, field: field, as: type), !result.contains(value) { result.append(value) }
        }
        return result
    }

    /// Zone names accepted besides the ones the system's tz database lists by region.
    static let timeZoneAliases = ["UTC", "GMT", "CET", "EET", "WET", "MET", "Etc/UTC", "Etc/GMT"]

    /// The zone names of the tz database (IANA), read by Foundation; empty when the system has none.
    static let knownTimeZones: [String] = TimeZone.knownTimeZoneIdentifiers

    /// An IANA time-zone name such as `Europe/Berlin`, checked against the tz database.
    static func timeZone(_ node: Node, field: String, reader: inout YAMLReader) -> String? {
        guard let name = reader.text(node, field: field) else { return nil }
        // Without a tz database there is nothing to check against; keep what was written.
        guard !knownTimeZones.isEmpty else { return name }
        if knownTimeZones.contains(name) || timeZoneAliases.contains(name) { return name }
        // Older names the database keeps as links (`Etc/GMT-1`, `Europe/Kiev`) are not listed but load.
        if name.contains("/"), TimeZone(identifier: name) != nil { return name }
        let suggestion = StringDistance.suggestion(for: name, among: knownTimeZones + timeZoneAliases)
        reader.report(node, .invalidValue, LocalizedText(
            de: "Unbekannte Zeitzone '\(name)' für '\(field)'; " + (suggestion.map { "meinten Sie '\($0)'? " } ?? "")
                + "erwartet: ein Name der IANA-Zeitzonendatenbank wie Europe/Berlin",
            en: "unknown time zone '\(name)' for '\(field)'; " + (suggestion.map { "did you mean '\($0)'? " } ?? "")
                + "expected an IANA time-zone name such as Europe/Berlin"))
        return nil
    }

    /// `winner.announcement`: where and when the winners are announced.
    static func announcement(_ node: Node, reader: inout YAMLReader) -> WinnerAnnouncement {
        guard let a = reader.mapping(node, what: LocalizedText(de: "Bekanntgabe der Gewinner", en: "winner announcement"),
                                     allowed: ["where", "when"]) else { return WinnerAnnouncement() }
        return WinnerAnnouncement(
            where: a["where"].flatMap { reader.choice($0, field: "winner.announcement.where", as: AnnouncementChannel.self) },
            when: a["when"].flatMap { dateTime($0, field: "winner.announcement.when", reader: &reader) })
    }

    /// `submissions`: the rights the organiser takes in submitted content.
    static func submissions(_ node: Node, reader: inout YAMLReader) -> ContestSubmissions {
        guard let s = reader.mapping(node, what: LocalizedText(de: "eingereichte Inhalte", en: "submissions"),
                                     allowed: ["rights", "credit", "duration"]) else { return ContestSubmissions() }
        var result = ContestSubmissions(
            rights: s["rights"].flatMap { reader.choice($0, field: "submissions.rights", as: SubmissionRights.self) },
            credit: s["credit"].flatMap { reader.bool($0, field: "submissions.credit") })
        if let duration = s["duration"] {
            // A plain number is months; anything else is the period in words.
            if case .scalar(let scalar) = duration, scalar.style == .plain,
               !scalar.string.isEmpty, scalar.string.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == ".") }) {
                result.durationMonths = positiveInteger(duration, field: "submissions.duration", reader: &reader)
            } else {
                result.duration = reader.text(duration, field: "submissions.duration")
            }
        }
        return result
    }
}
