public import StrategyKit
import Foundation

/// Generates employee social media guidelines from a workspace's organisation profile.
///
/// Each section comes from a Mustache template (``GuidelineTemplateSet``); a section that does
/// not apply is left out with a reason, e.g. the works-council section when the profile says
/// there is none, or any section whose template renders no text (the way to drop a built-in
/// section from a workspace). Every template is checked for unknown variables first.
public struct GuidelinesGenerator: Sendable {
    /// The templates used.
    public var templates: GuidelineTemplateSet

    /// Creates a generator.
    public init(templates: GuidelineTemplateSet) {
        self.templates = templates
    }

    /// The guidelines for a workspace.
    public func generate(workspace: Workspace, platforms: PlatformRegistry, generatedOn: CalendarDate,
                         inputs: ReportInputs) throws(GuidelinesError) -> GuidelinesDocument {
        let org = workspace.organization
        let language = templates.language
        try Self.checkInputs(workspace)
        let context = GuidelinesContext.make(org, platforms: platforms, language: language, generatedOn: generatedOn,
                                             asOf: workspace.asOf)
        let known = GuidelinesContext.names(context).union(GuidelinesContext.recordKeys)
        for template in templates.templates { try template.validate(known: known) }
        var sections: [DocumentSection] = []
        var omitted: [OmittedSection] = []
        for template in templates.templates {
            if let reason = Self.notApplicable(template.id, org, Localizer(language)) {
                omitted.append(OmittedSection(id: template.id, reason: reason))
                continue
            }
            let rendered = template.render(context)
            guard !rendered.body.isEmpty else {
                omitted.append(OmittedSection(id: template.id, reason: Localizer(language)(
                    "die Vorlage \(template.file) ergibt keinen Text", "the template \(template.file) renders no text")))
                continue
            }
            sections.append(DocumentSection(id: template.id, title: rendered.title, body: rendered.body))
        }
        let custom = templates.templates.filter { templates.overridden.contains($0.id) || templates.added.contains($0.id) }
            .map(\.file)
        return GuidelinesDocument(language: language, organizationName: org.name, generatedOn: generatedOn,
                                  inputs: inputs, customTemplates: custom, sections: sections, omitted: omitted)
    }

    /// Why a built-in section does not apply, or `nil` when it does.
    static func notApplicable(_ id: String, _ org: Organization, _ t: Localizer) -> String? {
        switch id {
        case "works-council":
            switch org.worksCouncil {
            case true?: return nil
            case false?: return t("laut Organisationsprofil gibt es keinen Betriebsrat (works_council: false)",
                                  "the organisation profile says there is no works council (works_council: false)")
            case nil: return t("das Organisationsprofil sagt nicht, ob es einen Betriebsrat gibt (works_council fehlt)",
                               "the organisation profile does not say whether there is a works council (works_council is missing)")
            }
        case "response-escalation":
            if org.responseTimeTargetHours == nil, !org.presences.contains(where: { $0.status == .active }) {
                return t("keine zugesagte Antwortzeit und keine aktive Präsenz, für die Antwortzeiten gelten",
                         "no promised response time and no active presence that response times would apply to")
            }
            return nil
        default:
            return nil
        }
    }

    /// Guidelines must name who speaks for the company; without such a contact they would need a placeholder.
    static func checkInputs(_ workspace: Workspace) throws(GuidelinesError) {
        let roles: [ContactRole] = [.socialMediaManager, .communityManager, .press, .management]
        guard !workspace.organization.contacts.contains(where: { roles.contains($0.role) }) else { return }
        let file = workspace.directory.isEmpty ? Workspace.strategyFileName
            : workspace.directory + "/" + Workspace.strategyFileName
        let position = Self.position(of: workspace.organization.contacts.isEmpty ? ["contacts:", "organization:"] : ["contacts:"],
                                     in: file)
        throw GuidelinesError(code: .missingInput, file: file, line: position.line, column: position.column, message:
            "guidelines need a contact who speaks for the company: add one with role social_media_manager, community_manager, press or management to organization.contacts")
    }

    /// The first line starting (after indentation) with one of the keys, for pointing at the
    /// place to fix; line 1 when the file cannot be read.
    private static func position(of keys: [String], in file: String) -> (line: Int, column: Int) {
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            return (1, 1)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for key in keys {
            for (index, line) in lines.enumerated() {
                let indent = line.prefix { $0 == " " }.count
                if line.dropFirst(indent).hasPrefix(key) { return (index + 1, indent + 1) }
            }
        }
        return (1, 1)
    }
}
