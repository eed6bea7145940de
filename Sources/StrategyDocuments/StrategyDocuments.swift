/// StrategyDocuments: reports and generated documents (Markdown, HTML with SVG charts, JSON).
public enum StrategyDocuments {}
