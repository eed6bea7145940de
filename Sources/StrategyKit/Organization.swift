/// The organisation's current state (Ist-Zustand): business, people, resources, presences.
///
/// Later steps generate employee guidelines and response-time rules from this, so it also
/// holds the code-of-conduct values, the works council flag and the responsible people.
public struct Organization: Sendable, Hashable, Codable {
    /// The organisation's name.
    public var name: String
    /// Business model.
    public var businessModel: BusinessModel
    /// The groups it wants to reach.
    public var targetGroups: [TargetGroup]
    /// Hours and budget available for social media.
    public var resources: Resources
    /// Existing presences, including abandoned and auto-created ones.
    public var presences: [Presence]
    /// How many employees are active on social media privately or for work.
    public var employeesActiveOnSocialMedia: Int?
    /// Values from the existing code of conduct, the base for guidelines.
    public var codeOfConduct: [LocalizedText]
    /// Development stage in social media.
    public var maturity: MaturityStage
    /// Whether a works council exists (guidelines need its involvement).
    public var worksCouncil: Bool?
    /// Contact persons by function.
    public var contacts: [Contact]
    /// The first-response time the organisation promises, in hours.
    public var responseTimeTargetHours: Double?
    /// Other names under which the organisation appears in exports ("Kanzlei Muster
    /// Steuerberatung" for "Muster & Partner Steuerberatungsgesellschaft mbH"), for
    /// highlighting it in benchmarks (`organization.export_names`).
    public var exportNames: [String]?

    /// The names to look for in exports: the export names first, then the name.
    public var namesInExports: [String] { (exportNames ?? []) + [name] }

    /// Creates an organisation profile.
    public init(name: String, businessModel: BusinessModel, targetGroups: [TargetGroup] = [],
                resources: Resources = Resources(), presences: [Presence] = [],
                employeesActiveOnSocialMedia: Int? = nil, codeOfConduct: [LocalizedText] = [],
                maturity: MaturityStage = .beginner, worksCouncil: Bool? = nil,
                contacts: [Contact] = [], responseTimeTargetHours: Double? = nil, exportNames: [String]? = nil) {
        self.name = name
        self.businessModel = businessModel
        self.targetGroups = targetGroups
        self.resources = resources
        self.presences = presences
        self.employeesActiveOnSocialMedia = employeesActiveOnSocialMedia
        self.codeOfConduct = codeOfConduct
        self.maturity = maturity
        self.worksCouncil = worksCouncil
        self.contacts = contacts
        self.responseTimeTargetHours = responseTimeTargetHours
        self.exportNames = exportNames
    }

    /// The contacts with this function.
    public func contacts(role: ContactRole) -> [Contact] { contacts.filter { $0.role == role } }

    /// The people responsible for social media (social media managers).
    public var socialMediaManagers: [Contact] { contacts(role: .socialMediaManager) }

    /// Whom to ask for legal or press questions, legal first.
    public var legalAndPressContacts: [Contact] { contacts(role: .legal) + contacts(role: .press) }

    /// Presences that need a decision: abandoned or auto-created.
    public var neglectedPresences: [Presence] {
        presences.filter { $0.status == .abandoned || $0.status == .autoCreated }
    }
}
