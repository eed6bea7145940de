/// Canonical platform ids for the names exports use.
public enum PlatformName {
    static let aliases: [String: String] = [
        "instagram": "instagram", "ig": "instagram", "insta": "instagram",
        "facebook": "facebook", "fb": "facebook", "facebookpage": "facebook", "meta": "facebook",
        "tiktok": "tiktok", "tt": "tiktok",
        "x": "x", "twitter": "x", "xtwitter": "x", "twitterx": "x", "xformerlytwitter": "x",
        "linkedin": "linkedin", "li": "linkedin",
        "youtube": "youtube", "yt": "youtube",
        "threads": "threads", "pinterest": "pinterest", "xing": "xing", "snapchat": "snapchat",
    ]

    /// The canonical id of a platform name ("IG", "Instagram " → "instagram";
    /// "Twitter" → "x"). Unknown names are lower-cased and trimmed.
    public static func canonical(_ name: String) -> String {
        let key = ColumnMapping.normalize(name)
        if let c = aliases[key] { return c }
        return name.trimmingSpaces().lowercased()
    }
}
