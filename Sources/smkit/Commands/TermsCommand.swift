import ArgumentParser
import StrategyDocuments
import StrategyKit
import StrategyScripting

/// `smkit terms`: contest terms ("Teilnahmebedingungen") from a contest draft.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "Write contest terms (Teilnahmebedingungen) for a contest draft.",
        discussion: """
            The fourteen points of the German media authorities' checklist and the platforms' \
            rules, filled from the contest YAML; missing facts are reported with file:line:column, \
            never left as blanks. With --check the draft is checked again as if these terms were \
            linked from the post. Not legal advice.
            """
    )

    @Argument(help: "The contest draft (YAML, kind: contest).")
    var contest: String

    @Option(help: "Language: de or en.")
    var lang: ReportCommand.LanguageOption = .de

    @Option(help: "Output format: markdown or html.")
    var format: GuidelinesCommand.Format = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace an existing output file.")
    var force = false

    @Flag(help: "Check the contest again with these terms and report findings on standard error.")
    var check = false

    func run() throws {
        let language = lang.language
        let document: CheckDocument
        let input: ContestTermsInput
        do {
            document = try CheckDocumentLoader.load(path: contest)
            input = try ContestTermsInput.from(document, language: language)
        } catch {
            StandardError.write(error.formatted(in: language))
            throw ExitCode(1)
        }
        let terms: ContestTermsDocument
        do {
            terms = try ContestTermsGenerator(language: language).generate(input, generatedOn: GenerationDate.today(),
                                                                           inputs: [contest])
        } catch {
            StandardError.write(error.description)
            throw ExitCode(1)
        }
        if check {
            let recheck = try TermsCheck.recheck(document, with: terms)
            let findings = recheck.findings
            // A plugin that failed checked nothing: say so, or "0 findings" would mislead.
            for notice in recheck.notices { StandardError.write("smkit: notice: \(notice)") }
            for failure in recheck.failures { StandardError.write("smkit: \(failure)") }
            for finding in findings { StandardError.write("\(contest): \(finding.ruleID): \(finding.message.text(in: language))") }
            StandardError.write(language == .de
                ? "Prüfung mit diesen Bedingungen: \(findings.count) Befund(e) zu den Bedingungen."
                : "Check with these terms: \(findings.count) finding(s) about the terms.")
        }
        try CommandOutput.emit(format == .html ? terms.html() : terms.markdown(), to: output, force: force)
    }
}
