/// What kind of network a platform is; drives wording, not scores.
public enum PlatformKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// General social network (Facebook).
    case socialNetwork = "social_network"
    /// Professional network (LinkedIn, XING).
    case professionalNetwork = "professional_network"
    /// Real-time short text (X).
    case microblog
    /// Photo and visual inspiration (Instagram, Pinterest).
    case visual
    /// Short video, discovery feed (TikTok).
    case shortVideo = "short_video"
    /// Long-form video plus shorts (YouTube).
    case video
    /// Anything else a plugin defines.
    case other
}
