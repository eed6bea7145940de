/// A person to contact for a social media function.
public struct Contact: Sendable, Hashable, Codable {
    /// Full name.
    public var name: String
    /// The function.
    public var role: ContactRole
    /// E-mail address.
    public var email: String?

    /// Creates a contact.
    public init(name: String, role: ContactRole, email: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
    }
}
