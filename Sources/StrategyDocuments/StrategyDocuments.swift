/// StrategyDocuments: the strategy report and generated documents (text, Markdown, HTML with
/// SVG charts, JSON) plus the shared output utilities they use.
///
/// - ``StrategyReport`` turns a loaded workspace into the report management reads.
/// - ``GuidelinesGenerator`` writes employee social media guidelines from Mustache templates.
/// - ``OutputWriter`` writes files atomically and never overwrites without `force`.
public enum StrategyDocuments {}
