public import StrategyDocuments
public import StrategyKit

/// Checks a contest again as if generated terms were linked from its post.
public enum TermsCheck {
    /// Whether a finding is about the terms: their contents, placement or link.
    public static func isAboutTerms(_ finding: Finding) -> Bool {
        guard let field = finding.field else { return false }
        return field == "terms" || field.hasPrefix("terms.") || field == "privacy_notice_url"
    }

    /// The contest with `terms` in place: their contents, linked from the post.
    public static func contest(_ contest: Contest, with terms: ContestTermsDocument, url: String) -> Contest {
        var changed = contest
        changed.terms.includes = ContestTermsInput.covered(by: terms, platforms: contest.platforms)
        changed.terms.url = contest.terms.url ?? url
        if changed.terms.placement == nil || changed.terms.placement == TermsPlacement.none {
            changed.terms.placement = .linkedInPost
        }
        if changed.privacyNoticeURL == nil { changed.privacyNoticeURL = changed.terms.url }
        return changed
    }

    /// Findings about the terms that remain when the draft uses these terms.
    public static func recheck(_ document: CheckDocument, with terms: ContestTermsDocument,
                               url: String = "https://terms.invalid/") throws -> TermsRecheck {
        guard case .contest(let contest) = document.subject else { return TermsRecheck() }
        var changed = document
        changed.subject = .contest(Self.contest(contest, with: terms, url: url))
        let run = try PluginRun()
        let result = run.check(changed)
        return TermsRecheck(findings: result.findings.filter(isAboutTerms), failures: run.failures + result.failures,
                            notices: run.notices)
    }
}
