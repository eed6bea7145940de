public import StrategyKit

/// The self-contained HTML page every document uses: inline CSS for screen and print, no
/// scripts, fonts, images or other external assets, so the file can be mailed or archived.
public struct HTMLPage: Sendable {
    /// The page title (browser tab and print header).
    public var title: String
    /// The document language, for hyphenation and screen readers.
    public var language: Language
    /// The body's inner HTML.
    public var body: String

    /// Creates a page.
    public init(title: String, language: Language, body: String) {
        self.title = title
        self.language = language
        self.body = body
    }

    /// The complete page.
    public func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="smkit">
        <title>\(HTMLEscaping.escape(title))</title>
        <style>
        \(Self.css)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// Styles for screen and A4 print; colours only ever repeat what the text already says.
    public static let css = """
        :root { --ink: #1a202c; --muted: #4a5568; --line: #e2e8f0; --accent: #2b6cb0;
                --good: #e6f4ea; --good-ink: #22543d; --bad: #fdecea; --bad-ink: #822727; --note: #f7fafc; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff;
               font: 15px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 2rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .3rem; }
        h2 { font-size: 1.35rem; margin: 2.4rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
        blockquote { margin: .8rem 0; padding: .4rem .9rem; border-left: 4px solid var(--line); color: var(--muted); }
        hr { border: 0; border-top: 1px solid var(--line); margin: 2rem 0 1rem; }
        p, ul, ol { margin: .5rem 0 .9rem; }
        li { margin: .2rem 0; }
        a { color: var(--accent); }
        .subtitle { color: var(--muted); font-size: 1.05rem; margin: 0 0 1.2rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0 1.5rem;
                   padding: .8rem 1rem; background: var(--note); border: 1px solid var(--line); border-radius: 6px; font-size: .9rem; }
        dl.facts dt { color: var(--muted); font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        nav.toc { font-size: .92rem; margin: 0 0 1rem; }
        nav.toc ol { columns: 2; column-gap: 2rem; padding-left: 1.3rem; margin: 0; }
        nav.toc li { break-inside: avoid; margin: 0 0 .2rem; }
        .table-wrap { overflow-x: auto; margin: .6rem 0 1.1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; }
        th, td { text-align: left; vertical-align: top; padding: .38rem .55rem; border-bottom: 1px solid var(--line); }
        th { background: #edf2f7; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        tr.good td { background: var(--good); }
        tr.bad td { background: var(--bad); }
        tr.total td { font-weight: 600; border-top: 2px solid #a0aec0; }
        tr.own td { font-weight: 600; background: #ebf4ff; }
        figure { margin: 1rem 0 1.4rem; }
        figure svg { width: 100%; max-width: 54rem; height: auto; display: block; }
        .note { background: var(--note); border-left: 4px solid var(--accent); padding: .6rem .9rem; margin: .8rem 0; font-size: .92rem; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
        .badge { display: inline-block; min-width: 1.45em; padding: 0 .3em; margin-right: 2px; border-radius: 3px; text-align: center;
                 font-weight: 700; font-size: .8rem; }
        .badge.pass { background: var(--good); color: var(--good-ink); }
        .badge.fail { background: var(--bad); color: var(--bad-ink); text-decoration: line-through; }
        @page { size: A4; margin: 16mm 14mm; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          nav.toc { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; }
          table, figure, .note { break-inside: avoid; page-break-inside: avoid; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          tr.good td, tr.bad td, th, .badge { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
