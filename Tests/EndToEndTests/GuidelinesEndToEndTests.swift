import Foundation
import Testing

@Suite("smkit guidelines (built binary)")
struct GuidelinesEndToEndTests {
    @Test("both examples in both languages and formats", arguments: ["baeckerei-sonnenschein", "kessler-industrietechnik"],
          ["de", "en"])
    func documents(example: String, lang: String) throws {
        for format in ["markdown", "html"] {
            let result = try DocumentsE2E.run(["guidelines", DocumentsE2E.example(example), "--lang", lang, "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains(example == "kessler-industrietechnik" ? "Jana Albers" : "Lena Sommer"))
            #expect(result.stdout.contains(lang == "de" ? "Kein Rechtsrat" : "Not legal advice"))
            #expect(!result.stdout.contains("{{"))
            if format == "html" { #expect(result.stdout.hasPrefix("<!DOCTYPE html>")) }
        }
    }

    @Test("--verbose says which sections were left out and why")
    func verbose() throws {
        let bakery = try DocumentsE2E.run(["guidelines", DocumentsE2E.example("baeckerei-sonnenschein"), "--lang", "en", "--verbose"])
        #expect(bakery.status == 0)
        #expect(bakery.stderr.contains("left out: works-council: the organisation profile says there is no works council (works_council: false)"))
        #expect(!bakery.stdout.contains("left out"))
        let kessler = try DocumentsE2E.run(["guidelines", DocumentsE2E.example("kessler-industrietechnik"), "--verbose"])
        #expect(kessler.stderr.contains("included: works-council"))
        #expect(!kessler.stderr.contains("left out"))
        #expect(kessler.stdout.contains("Murat Yılmaz"))
    }

    @Test("a workspace template override takes effect; a bad one fails with its position")
    func overrides() throws {
        let directory = try DocumentsE2E.copyOfExample("kessler-industrietechnik")
        let folder = directory.appendingPathComponent("templates/guidelines/en")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("disclosure.mustache")
        try Data("{{! title: Who is talking }}\nSay that you work at {{organization}}.\n".utf8).write(to: file)
        let good = try DocumentsE2E.run(["guidelines", directory.path, "--lang", "en", "--verbose"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("## 4. Who is talking\n\nSay that you work at Kessler Industrietechnik GmbH."))
        #expect(good.stderr.contains("template: \(file.path)"))

        try Data("{{! title: Who is talking }}\n\n{{#channels}}{{nmae}}{{/channels}}\n".utf8).write(to: file)
        let bad = try DocumentsE2E.run(["guidelines", directory.path, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.hasPrefix("\(file.path):3:14: error: unknown variable 'nmae'; did you mean 'name'?"))
    }

    @Test("--output never overwrites without --force")
    func output() throws {
        let directory = try DocumentsE2E.temporaryDirectory()
        let file = directory.appendingPathComponent("leitlinien.md").path
        let example = DocumentsE2E.example("baeckerei-sonnenschein")
        #expect(try DocumentsE2E.run(["guidelines", example, "-o", file]).status == 0)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let again = try DocumentsE2E.run(["guidelines", example, "-o", file, "--lang", "en"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("use --force"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        #expect(try DocumentsE2E.run(["guidelines", example, "-o", file, "--lang", "en", "--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Social media guidelines"))
    }
}
