import StrategyKit

/// The values guideline templates can use, built from the organisation profile.
///
/// Every key is always present (lists may be empty, flags false), so templates can test
/// `{{#has_…}}` and the variable check knows every name. docs/guidelines.md lists them.
enum GuidelinesContext {
    static func make(_ org: Organization, platforms: PlatformRegistry, language: Language, generatedOn: CalendarDate,
                     asOf: CalendarDate) -> [String: Any] {
        let t = Localizer(language)
        let model = org.businessModel
        func name(_ platform: String) -> String { platforms[platform]?.name ?? platform }
        func presence(_ p: Presence) -> [String: Any] {
            ["name": name(p.platform), "handle": p.handle, "status": statusName(p.status, t),
             "expected_hours": platforms[p.platform].map { t.number($0.responseTimeHours) } ?? "",
             "has_expected_hours": platforms[p.platform] != nil,
             // Users there expect a first answer sooner than the organisation promises.
             "expects_faster": platforms[p.platform].map { platform in
                 org.responseTimeTargetHours.map { platform.responseTimeHours < $0 } ?? false } ?? false]
        }
        func contact(_ c: Contact) -> [String: Any] {
            let role = t(c.role.name)
            let line = c.email.map { "\(c.name) (\(role), \($0))" } ?? "\(c.name) (\(role))"
            return ["name": c.name, "role": role, "email": c.email ?? "", "has_email": c.email != nil, "line": line]
        }
        func list(_ role: ContactRole) -> [[String: Any]] { org.contacts(role: role).map(contact) }
        let active = org.presences.filter { $0.status == .active }
        let planned = org.presences.filter { $0.status == .planned }
        let speakers = org.contacts(role: .socialMediaManager) + org.contacts(role: .communityManager)
            + org.contacts(role: .press) + org.contacts(role: .management)
        let speaker = speakers.first
        let legal = org.contacts(role: .legal).first ?? org.contacts(role: .management).first ?? speaker
        let crisis = org.contacts(role: .press).first ?? org.contacts(role: .management).first ?? speaker
        let privacy = org.contacts(role: .dataProtection).first ?? org.contacts(role: .legal).first ?? speaker
        let employees = model.employees
        let escalation: [[String: Any]] = [
            (t("Fragen und Kommentare zu Angeboten", "Questions and comments about offers"), speaker),
            (t("Beschwerden, Shitstorm, Anfragen von Medien", "Complaints, pile-ons, media enquiries"), crisis),
            (t("Abmahnungen, rechtliche Drohungen, Gewinnspiele", "Legal notices, legal threats, contests"), legal),
            (t("Personenbezogene Daten, Auskunfts- und Löschanfragen", "Personal data, access and erasure requests"), privacy),
        ].compactMap { topic, person in person.map { ["topic": topic, "contact": contact($0)] as [String: Any] } }
        let fastest = active.compactMap { p in platforms[p.platform].map { (name(p.platform), $0.responseTimeHours) } }
            .min { $0.1 < $1.1 }
        var context: [String: Any] = [
            "organization": org.name,
            "industry": model.industry,
            "offer": model.offer.map { t($0) } ?? "",
            "employees": t.number(Double(employees)),
            "b2b": model.type == .b2b || model.type == .both,
            "b2c": model.type == .b2c || model.type == .both,
            "small": employees < 50,
            "medium": employees >= 50 && employees < 250,
            "large": employees >= 250,
            "has_active_employees": (org.employeesActiveOnSocialMedia ?? 0) > 0,
            "employees_active": t.number(Double(org.employeesActiveOnSocialMedia ?? 0)),
            "channels": active.map(presence),
            "has_channels": !active.isEmpty,
            "channel_list": t.list(active.map { "\(name($0.platform)) (\($0.handle))" }),
            "planned_channels": planned.map(presence),
            "planned_list": t.list(planned.map { "\(name($0.platform)) (\($0.handle))" }),
            "has_planned": !planned.isEmpty,
            "neglected": org.neglectedPresences.map(presence),
            "has_neglected": !org.neglectedPresences.isEmpty,
            "values": org.codeOfConduct.map { ["text": t($0)] },
            "has_values": !org.codeOfConduct.isEmpty,
            "values_list": t.list(org.codeOfConduct.map { t("„\(t($0))“", "“\(t($0))”") }),
            "contacts": org.contacts.map(contact),
            "managers": list(.socialMediaManager),
            "has_managers": !org.contacts(role: .socialMediaManager).isEmpty,
            "managers_list": t.list(org.contacts(role: .socialMediaManager).map { contact($0)["line"] as! String }),
            "manager_names": t.list(org.contacts(role: .socialMediaManager).map(\.name)),
            "community_managers": list(.communityManager),
            "has_community_managers": !org.contacts(role: .communityManager).isEmpty,
            "legal_contacts": list(.legal),
            "has_legal": !org.contacts(role: .legal).isEmpty,
            "press_contacts": list(.press),
            "has_press": !org.contacts(role: .press).isEmpty,
            "data_protection_contacts": list(.dataProtection),
            "has_data_protection": !org.contacts(role: .dataProtection).isEmpty,
            "council_contacts": list(.worksCouncil),
            "has_council_contacts": !org.contacts(role: .worksCouncil).isEmpty,
            "council_list": t.list(org.contacts(role: .worksCouncil).map { contact($0)["line"] as! String }),
            "hr_contacts": list(.hr),
            "has_hr": !org.contacts(role: .hr).isEmpty,
            "management_contacts": list(.management),
            "has_management": !org.contacts(role: .management).isEmpty,
            "speaker": speaker.map(contact) ?? [:],
            "legal_contact": legal.map(contact) ?? [:],
            "crisis_contact": crisis.map(contact) ?? [:],
            "privacy_contact": privacy.map(contact) ?? [:],
            "has_response_target": org.responseTimeTargetHours != nil,
            "response_hours": org.responseTimeTargetHours.map { t.number($0) } ?? "",
            "has_fastest_channel": fastest != nil,
            "fastest_channel": fastest.map { ["name": $0.0, "hours": t.number($0.1)] as [String: Any] } ?? [:],
            "works_council": org.worksCouncil == true,
            "escalation": escalation,
            "sources": GuidelineSource.builtIn.map { ["id": $0.id, "topic": t($0.topic), "url": $0.url,
                                                       "read": $0.read.description] as [String: Any] },
            "generated_on": generatedOn.description,
            "as_of": asOf.description,
        ]
        for source in GuidelineSource.builtIn {
            context["source_" + source.id.replacingHyphens()] = ["topic": t(source.topic), "url": source.url,
                                                                 "read": source.read.description] as [String: Any]
        }
        return context
    }

    /// The keys of the records inside the context's lists and nested records (channels,
    /// contacts, values, escalation, sources). They belong to the schema even when a workspace
    /// leaves a list empty, e.g. no `code_of_conduct`: a template's `{{#values}}{{text}}{{/values}}`
    /// is valid whatever the data. A test keeps this set in step with ``make``.
    static let recordKeys: Set<String> = [
        "name", "handle", "status", "expected_hours", "has_expected_hours", "expects_faster",
        "role", "email", "has_email", "line", "text", "topic", "contact", "hours", "id", "url", "read",
    ]

    /// The keys below the top level of `value` (those of list items and nested records).
    static func nestedNames(_ value: [String: Any]) -> Set<String> {
        var result = Set<String>()
        for child in value.values {
            if let dictionary = child as? [String: Any] { result.formUnion(names(dictionary)) }
            if let array = child as? [Any] { result.formUnion(names(array)) }
        }
        return result
    }

    /// Every name a template may use: the keys at any depth (list items and nested records too).
    static func names(_ value: Any) -> Set<String> {
        var result = Set<String>()
        if let dictionary = value as? [String: Any] {
            for (key, child) in dictionary {
                result.insert(key)
                result.formUnion(names(child))
            }
        } else if let array = value as? [Any] {
            for child in array { result.formUnion(names(child)) }
        }
        return result
    }

    static func statusName(_ status: PresenceStatus, _ t: Localizer) -> String {
        switch status {
        case .active: t("aktiv", "active")
        case .abandoned: t("verwaist", "abandoned")
        case .autoCreated: t("automatisch angelegt", "auto-created")
        case .planned: t("geplant", "planned")
        }
    }
}

extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? "_" : $0 }) }
}
