import StrategyKit

extension StrategyReport {
    /// Ist-Zustand: business, resources, target groups and every existing presence.
    func currentStateSection(_ t: Localizer) -> ReportSection {
        let org = organization
        var blocks: [ReportBlock] = []
        if let offer = org.businessModel.offer { blocks.append(.paragraph(t(offer))) }
        var profile = ReportTable(headers: [t("Merkmal", "Item"), t("Wert", "Value")])
        profile.append([t("Geschäftsmodell", "Business model"), businessTypeName(org.businessModel.type, t)])
        profile.append([t("Branche", "Industry"), org.businessModel.industry])
        profile.append([t("Beschäftigte", "Employees"), t.number(Double(org.businessModel.employees))])
        if let active = org.employeesActiveOnSocialMedia {
            profile.append([t("Davon in Social Media aktiv", "Of them active on social media"), t.number(Double(active))])
        }
        profile.append([t("Entwicklungsstadium", "Maturity"), maturityName(org.maturity, t)])
        if let council = org.worksCouncil {
            profile.append([t("Betriebsrat", "Works council"), council ? t("ja", "yes") : t("nein", "no")])
        }
        if let hours = org.responseTimeTargetHours {
            profile.append([t("Zugesagte Antwortzeit", "Promised response time"), t("\(t.number(hours)) Std.", "\(t.number(hours)) h")])
        }
        profile.append([t("Budget pro Monat", "Budget per month"), t.euros(org.resources.budgetPerMonth)])
        blocks.append(.table(profile))

        blocks.append(.heading(t("Ressourcen", "Resources")))
        var hours = ReportTable(headers: [t("Rolle", "Role"), t("Std./Woche", "h/week")], alignments: [.left, .right])
        for entry in org.resources.hours { hours.append([roleName(entry.role, t), t.number(entry.hoursPerWeek)]) }
        hours.append([t("Summe", "Total"), t.number(org.resources.totalHoursPerWeek)], style: .total)
        blocks.append(.table(hours))
        blocks.append(.paragraph(t(platformRanking.reasons.first ?? LocalizedText(""))))

        if !org.targetGroups.isEmpty {
            blocks.append(.heading(t("Zielgruppen", "Target groups")))
            var groups = ReportTable(headers: [t("Zielgruppe", "Target group"), t("Art", "Kind"),
                                               t("Alter / Rollen", "Ages / roles"), t("Gewicht", "Weight")],
                                     alignments: [.left, .left, .left, .right])
            for group in org.targetGroups {
                let ages = group.ageBands.map { t($0.label) }
                groups.append([t(group.name), groupKindName(group.kind, t), (ages + group.roles).joined(separator: ", "),
                               t.number(group.weight)])
            }
            blocks.append(.table(groups))
        }

        blocks.append(.heading(t("Bestehende Präsenzen", "Existing presences")))
        if org.presences.isEmpty {
            blocks.append(.paragraph(t("Keine Präsenzen erfasst. Prüfen, ob Plattformen automatisch Seiten angelegt haben (z. B. aus Profilen von Beschäftigten).",
                                       "No presences recorded. Check whether platforms created pages automatically (e.g. from employees' profiles).")))
        } else {
            var table = ReportTable(headers: [t("Plattform", "Platform"), "Handle", t("Status", "Status"),
                                              t("Follower", "Followers"), t("Letzter Beitrag", "Last post"),
                                              t("Tage ohne Beitrag", "Days since post")],
                                    alignments: [.left, .left, .left, .right, .left, .right])
            for presence in org.presences {
                let neglected = presence.status == .abandoned || presence.status == .autoCreated
                table.append([platformName(presence.platform), presence.handle, presenceStatusName(presence.status, t),
                              presence.followers.map { t.number(Double($0)) } ?? "–",
                              presence.lastPost?.description ?? "–",
                              presence.lastPost.map { String($0.days(until: asOf)) } ?? "–"],
                             style: neglected ? .bad : .normal)
            }
            blocks.append(.table(table))
            let advice = org.neglectedPresences.map { presence -> String in
                let name = "\(platformName(presence.platform)) „\(presence.handle)“".replacingQuotes(english: t.language == .en)
                switch presence.status {
                case .abandoned:
                    let since = presence.lastPost.map { t(" seit \($0)", " since \($0)") } ?? ""
                    return t("\(name) ist verwaist\(since): Wer dort schreibt, bekommt keine Antwort. Wiederbeleben, wenn der Kanal empfohlen ist, sonst mit Hinweis auf die aktiven Kanäle schließen.",
                             "\(name) is abandoned\(since): whoever writes there gets no answer. Revive it if the channel is recommended, otherwise close it with a pointer to the active channels.")
                default:
                    return t("\(name) wurde von der Plattform automatisch angelegt: Seite beanspruchen und mit Impressum und Verweis pflegen oder die Entfernung beantragen.",
                             "\(name) was created automatically by the platform: claim the page and keep it with an imprint and a pointer, or request its removal.")
                }
            }
            if !advice.isEmpty { blocks.append(.bullets(advice)) }
        }
        return ReportSection(id: "current-state", title: t("Ist-Zustand", "Current state"), blocks: blocks)
    }

    func maturityName(_ stage: MaturityStage, _ t: Localizer) -> String {
        switch stage {
        case .beginner: t("Einstieg (keine oder zufällige Präsenzen)", "beginner (no or accidental presences)")
        case .experimenting: t("Experimentierphase (Präsenzen ohne Strategie)", "experimenting (presences without a strategy)")
        case .established: t("etabliert (Team mit Zielen)", "established (a team with goals)")
        case .integrated: t("integriert (in Prozessen, über KPIs gesteuert)", "integrated (in processes, steered by KPIs)")
        }
    }

    func groupKindName(_ kind: TargetGroupKind, _ t: Localizer) -> String {
        switch kind {
        case .consumer: t("Privatkunden", "consumers")
        case .business: t("Geschäftskunden", "business")
        case .applicants: t("Bewerber", "applicants")
        }
    }

    /// Known role ids get a readable name; free-text roles stay as written.
    func roleName(_ role: String, _ t: Localizer) -> String {
        ContactRole(rawValue: role).map { t($0.name) } ?? role
    }
}
