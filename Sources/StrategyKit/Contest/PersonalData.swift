/// Personal data a contest collects from entrants (`data_collected`).
public enum PersonalData: String, Sendable, Hashable, Codable, CaseIterable {
    /// The full name.
    case name
    /// The first name.
    case firstName = "first_name"
    /// The last name.
    case lastName = "last_name"
    /// An e-mail address.
    case email
    /// A postal address (for sending the prize).
    case address
    /// The same as `address`, spelt out.
    case postalAddress = "postal_address"
    /// A phone number.
    case phone
    /// The date of birth.
    case birthDate = "birth_date"
    /// The age.
    case age
    /// The user name on the platform.
    case username
    /// A handle on another platform.
    case socialHandle = "social_handle"
    /// A photo of the entrant or by the entrant.
    case photo
    /// A video of the entrant or by the entrant.
    case video
    /// The IP address (web forms).
    case ipAddress = "ip_address"
    /// The gender.
    case gender
    /// Clothing size (for prizes such as shirts).
    case clothingSize = "clothing_size"
    /// Bank details (IBAN) for a cash prize.
    case bankDetails = "bank_details"
}
