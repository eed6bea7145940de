import Foundation
import StrategyDocuments
import StrategyKit
import Testing

@Suite("Employee guidelines")
struct GuidelinesTests {
    static func generate(_ directory: URL, _ language: Language, workspaceTemplates: Bool = true) throws -> GuidelinesDocument {
        let registry = try PlatformCatalogLoader.loadRegistry(directory: DocumentsFixture.pluginDirectory)
        let workspace = try Workspace.load(directory: directory, platforms: registry)
        let templates = try GuidelineTemplateSet.load(language: language,
                                                      workspace: workspaceTemplates ? directory.path : nil)
        return try GuidelinesGenerator(templates: templates).generate(
            workspace: workspace, platforms: registry, generatedOn: DocumentsFixture.generatedOn,
            inputs: ReportInputs.of(workspace, platforms: registry, platformDirectory: nil))
    }

    static func example(_ name: String, _ language: Language) throws -> GuidelinesDocument {
        try generate(DocumentsFixture.exampleURL(name), language)
    }

    @Test("guidelines carry the organisation's channels, contacts and response time",
          arguments: DocumentsFixture.examples, [Language.de, .en])
    func organisationFacts(example: String, language: Language) throws {
        let document = try Self.example(example, language)
        let (workspace, registry) = try DocumentsFixture.load(example)
        let org = workspace.organization
        for format in [OutputFormat.markdown, .html] {
            let text = document.rendered(as: format)
            let plain = format == .html ? text.replacingOccurrences(of: "&amp;", with: "&") : text
            #expect(plain.contains(org.name))
            for presence in org.presences where presence.status == .active {
                #expect(plain.contains(presence.handle), "active handle \(presence.handle) in \(format)")
                #expect(plain.contains(registry[presence.platform]!.name))
            }
            for presence in org.neglectedPresences {
                #expect(plain.contains(presence.handle), "neglected presence named so nobody posts there")
            }
            for contact in org.contacts {
                #expect(plain.contains(contact.name), "\(contact.name) in \(format)")
                if let email = contact.email { #expect(plain.contains(email)) }
            }
            for value in org.codeOfConduct { #expect(plain.contains(value.text(in: language))) }
            let hours = NumberText.format(org.responseTimeTargetHours!, language)
            #expect(plain.contains(language == .de ? "innerhalb von **\(hours) Stunden**" : "within **\(hours) hours**")
                    || plain.contains(language == .de ? "innerhalb von <strong>\(hours) Stunden</strong>" : "within <strong>\(hours) hours</strong>"))
            #expect(plain.contains("2026-11-22"))
            #expect(plain.contains(language == .de ? "Kein Rechtsrat" : "Not legal advice"))
            #expect(plain.contains(workspace.directory + "/strategy.yaml"), "inputs are stated")
        }
    }

    @Test("the works-council section appears only where there is a works council", arguments: [Language.de, .en])
    func worksCouncil(language: Language) throws {
        let kessler = try Self.example("kessler-industrietechnik", language)
        let section = try #require(kessler.section("works-council"))
        #expect(section.body.contains("Murat Yılmaz"))
        #expect(kessler.omitted.isEmpty)
        let bakery = try Self.example("baeckerei-sonnenschein", language)
        #expect(bakery.section("works-council") == nil)
        let omitted = try #require(bakery.omitted.first { $0.id == "works-council" })
        #expect(omitted.reason.contains("works_council: false"))
        let markdown = bakery.markdown()
        #expect(!markdown.contains(language == .de ? "Betriebsrat" : "works council"))
    }

    @Test("B2B and B2C get their own confidentiality examples")
    func businessType() throws {
        let b2b = try #require(try Self.example("kessler-industrietechnik", .en).section("confidentiality")).body
        let b2c = try #require(try Self.example("baeckerei-sonnenschein", .en).section("confidentiality")).body
        #expect(b2b.contains("customers' plants"))
        #expect(!b2b.contains("recipes"))
        #expect(b2c.contains("recipes"))
        #expect(!b2c.contains("customers' plants"))
    }

    @Test("no placeholders, unrendered tags or empty fill-ins", arguments: DocumentsFixture.examples, [Language.de, .en])
    func noPlaceholders(example: String, language: Language) throws {
        let markdown = try Self.example(example, language).markdown()
        for marker in ["{{", "}}", "[COMPANY]", "[FIRMA]", "TODO", "XXX", "()", "( )", " ,", " .", "  "] {
            #expect(!markdown.contains(marker), "found '\(marker)'")
        }
        let bracketed = markdown.split(separator: "[").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(bracketed.allSatisfy { !$0.allSatisfy { $0.isUppercase || $0 == "_" || $0 == " " } }, "no [UPPERCASE] fill-ins")
    }

    @Test("built-in legal rules name a source URL and a read date", arguments: [Language.de, .en])
    func lawSources(language: Language) throws {
        let law = try #require(try Self.example("baeckerei-sonnenschein", language).section("law")).body
        for id in ["imprint", "fan-page-controllership", "contests"] {
            let source = try #require(GuidelineSource.builtIn.first { $0.id == id })
            #expect(law.contains(source.url))
        }
        #expect(law.contains(language == .de ? "gelesen am 2026-11-22" : "read on 2026-11-22"))
        #expect(GuidelineSource.builtIn.allSatisfy { $0.url.hasPrefix("https://") })
    }

    @Test("a workspace template overrides a built-in section and can add one after another")
    func overrides() throws {
        let directory = try DocumentsFixture.copyOfExample("baeckerei-sonnenschein")
        let folder = directory.appendingPathComponent("templates/guidelines/de")
        try DocumentsFixture.write("""
            {{! title: Vertraulichkeit in der Backstube }}
            Rezepte von {{organization}} bleiben im Haus. Fragen an {{speaker.name}}.
            """, to: folder.appendingPathComponent("confidentiality.mustache"))
        try DocumentsFixture.write("""
            {{! title: KI-Werkzeuge
                after: confidentiality }}
            Keine Kundendaten in KI-Werkzeuge eingeben.
            """, to: folder.appendingPathComponent("ai-tools.mustache"))
        try DocumentsFixture.write("{{! title: Persönliche Meinung }}\n", to: folder.appendingPathComponent("personal-opinion.mustache"))
        let document = try Self.generate(directory, .de)
        let section = try #require(document.section("confidentiality"))
        #expect(section.title == "Vertraulichkeit in der Backstube")
        #expect(section.body == "Rezepte von Bäckerei Sonnenschein GmbH bleiben im Haus. Fragen an Lena Sommer.")
        let ids = document.ids
        #expect(ids[ids.firstIndex(of: "confidentiality")! + 1] == "ai-tools")
        #expect(document.section("personal-opinion") == nil, "an override that renders nothing drops the section")
        #expect(document.omitted.contains { $0.id == "personal-opinion" && $0.reason.contains("personal-opinion.mustache") })
        #expect(document.customTemplates.count == 3)
        #expect(document.markdown().contains("Eigene Vorlagen"))
        // English is untouched by German overrides.
        #expect(try Self.generate(directory, .en).section("confidentiality")?.title == "Confidentiality")
    }

    @Test("an unknown variable is an error with file, line, column and a suggestion")
    func unknownVariable() throws {
        let directory = try DocumentsFixture.copyOfExample("baeckerei-sonnenschein")
        let file = directory.appendingPathComponent("templates/guidelines/en/respect-tone.mustache")
        try DocumentsFixture.write("{{! title: Tone }}\nBe kind.\nAsk {{speakr.name}} first.\n", to: file)
        let error = #expect(throws: GuidelinesError.self) { try Self.generate(directory, .en) }
        #expect(error?.code == .unknownVariable)
        #expect(error?.description == "\(file.path):3:5: error: unknown variable 'speakr'; did you mean 'speaker'? (docs/guidelines.md lists the variables)")
    }

    @Test("Mustache syntax errors and bad headers name the file and position")
    func syntaxErrors() throws {
        let directory = try DocumentsFixture.copyOfExample("kessler-industrietechnik")
        let folder = directory.appendingPathComponent("templates/guidelines/de")
        let unclosed = folder.appendingPathComponent("law.mustache")
        try DocumentsFixture.write("{{! title: Recht }}\nText\n{{#b2b}}\nnie geschlossen\n", to: unclosed)
        let syntax = #expect(throws: GuidelinesError.self) { try GuidelineTemplateSet.load(language: .de, workspace: directory.path) }
        #expect(syntax?.code == .templateSyntax)
        #expect(syntax?.file == unclosed.path)
        #expect(syntax?.description.contains("never closed") == true)

        try FileManager.default.removeItem(at: unclosed)
        let untitled = folder.appendingPathComponent("law.mustache")
        try DocumentsFixture.write("Kein Kopf\n", to: untitled)
        let header = #expect(throws: GuidelinesError.self) { try GuidelineTemplateSet.load(language: .de, workspace: directory.path) }
        #expect(header?.description.contains("header comment naming its title") == true)

        try DocumentsFixture.write("{{! title: Neu\n    after: nirgends }}\nText\n", to: untitled)
        try FileManager.default.moveItem(at: untitled, to: folder.appendingPathComponent("neu.mustache"))
        let after = #expect(throws: GuidelinesError.self) { try GuidelineTemplateSet.load(language: .de, workspace: directory.path) }
        #expect(after?.description.contains("'after: nirgends' names no section") == true)
    }

    @Test("without a contact who speaks for the company there is an error pointing at the profile")
    func missingContact() throws {
        let directory = try DocumentsFixture.copyOfExample("baeckerei-sonnenschein")
        let file = directory.appendingPathComponent("strategy.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        // Keep only the law firm: nobody left who may speak for the bakery.
        let start = yaml.range(of: "  contacts:\n")!
        let end = yaml.range(of: "  response_time_target_hours")!
        yaml.replaceSubrange(start.upperBound..<end.lowerBound, with: "    - name: Kanzlei Weber & Roth\n      role: legal\n")
        try DocumentsFixture.write(yaml, to: file)
        let error = #expect(throws: GuidelinesError.self) { try Self.generate(directory, .de) }
        #expect(error?.code == .missingInput)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("  contacts:") }! + 1
        #expect(error?.description.hasPrefix("\(file.path):\(line):3: error: guidelines need a contact who speaks for the company") == true)
    }

    @Test("sections can be added, removed, rewritten and moved before rendering")
    func editing() throws {
        var document = try Self.example("kessler-industrietechnik", .en)
        try document.add(DocumentSection(id: "ai", title: "AI tools", body: "No customer data in AI tools."), after: "confidentiality")
        try document.remove(id: "personal-opinion")
        try document.setBody("Be kind.", of: "respect-tone")
        try document.setTitle("Tone", of: "respect-tone")
        try document.move(id: "training-contacts", to: 0)
        #expect(document.ids.first == "training-contacts")
        #expect(document.ids[document.ids.firstIndex(of: "confidentiality")! + 1] == "ai")
        let markdown = document.markdown()
        #expect(markdown.contains("## 1. Training and contacts"))
        #expect(markdown.contains("No customer data in AI tools."))
        #expect(markdown.contains("Tone\n\nBe kind."))
        #expect(!markdown.contains("Personal opinion"))
        #expect(markdown.contains("Not legal advice"), "edits never remove the notice")
        #expect(throws: GuidelinesDocument.EditError.self) { try document.add(DocumentSection(id: "ai", title: "x", body: "y")) }
        #expect(throws: GuidelinesDocument.EditError.self) { try document.remove(id: "nope") }
        #expect(throws: GuidelinesDocument.EditError.self) {
            try document.add(DocumentSection(id: "z", title: "x", body: "y"), after: "nope")
        }
    }

    @Test("values from the profile are escaped in HTML")
    func htmlEscaping() throws {
        let directory = try DocumentsFixture.copyOfExample("baeckerei-sonnenschein")
        let file = directory.appendingPathComponent("strategy.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "name: Lena Sommer", with: "name: \"Lena <b>Sommer</b>\"")
        try DocumentsFixture.write(yaml, to: file)
        let html = try Self.generate(directory, .de).html()
        #expect(html.contains("Lena &lt;b&gt;Sommer&lt;/b&gt;"))
        #expect(!html.contains("<b>Sommer</b>"))
    }
}
