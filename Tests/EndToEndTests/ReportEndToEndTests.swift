import Foundation
import Testing

@Suite("smkit report (built binary)")
struct ReportEndToEndTests {
    @Test("every example, format and language: exit 0 with the report on standard output",
          arguments: ["baeckerei-sonnenschein", "kessler-industrietechnik"], ["de", "en"])
    func formats(example: String, lang: String) throws {
        for format in ["text", "markdown", "html", "json"] {
            let result = try DocumentsE2E.run(["report", DocumentsE2E.example(example), "--format", format, "--lang", lang])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(format)")
            #expect(result.stdout.contains("2026-11-22"), "generation date in \(format)")
            switch format {
            case "html": #expect(result.stdout.hasPrefix("<!DOCTYPE html>") && result.stdout.contains("<svg"))
            case "json":
                let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                #expect(object?["schema"] as? String == "smkit.strategy-report/2")
            case "markdown": #expect(result.stdout.hasPrefix("# "))
            default: #expect(result.stdout.contains(lang == "de" ? "Auf einen Blick" : "At a glance"))
            }
        }
    }

    @Test("the bakery report names the SMART failure, the channel count, the winner and the flagged assumption")
    func bakeryFindings() throws {
        let result = try DocumentsE2E.run(["report", DocumentsE2E.example("baeckerei-sonnenschein"), "--format", "markdown",
                                           "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("To fix: More likes for more sales (S, A, R, T)."))
        #expect(result.stdout.contains("that carries 1 channel(s). Recommended: Instagram."))
        #expect(result.stdout.contains("**The matrix favours “Neighbourhood community”**"))
        #expect(result.stdout.contains("**Assumptions to review:** “Organic reach on Instagram stays stable”."))
    }

    @Test("--output writes a file, refuses to overwrite it without --force, replaces it with --force")
    func outputFile() throws {
        let directory = try DocumentsE2E.temporaryDirectory()
        let file = directory.appendingPathComponent("bericht.html").path
        let example = DocumentsE2E.example("kessler-industrietechnik")
        let first = try DocumentsE2E.run(["report", example, "--format", "html", "--output", file])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("Kessler Industrietechnik GmbH"))

        try Data("mine".utf8).write(to: URL(fileURLWithPath: file))
        let second = try DocumentsE2E.run(["report", example, "--format", "html", "--output", file])
        #expect(second.status == 1)
        #expect(second.stderr.contains("\(file): error: file exists; not overwritten (use --force to replace it)"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine")

        let third = try DocumentsE2E.run(["report", example, "--format", "html", "--output", file, "--force"])
        #expect(third.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bericht.html"])
    }

    @Test("a broken workspace gets file:line:column errors and exit 1, never a crash")
    func brokenWorkspace() throws {
        let directory = try DocumentsE2E.copyOfExample("baeckerei-sonnenschein")
        let file = directory.appendingPathComponent("strategy.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "    employees: 25", with: "    employees: viele")
            .replacingOccurrences(of: "  response_time_target_hours: 24", with: "  respons_time_target_hours: 24")
        try Data(yaml.utf8).write(to: file)
        let result = try DocumentsE2E.run(["report", directory.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines {
            #expect(line.hasPrefix(file.path + ":"), "\(line)")
            #expect(line.contains(": error: "))
        }
        #expect(result.stderr.contains("did you mean 'response_time_target_hours'"))
    }

    @Test("a missing workspace or plugin folder is reported, not crashed on")
    func missingInputs() throws {
        let nowhere = try DocumentsE2E.temporaryDirectory().appendingPathComponent("fehlt").path
        let missing = try DocumentsE2E.run(["report", nowhere])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("\(nowhere):1:1: error: kein Workspace-Ordner"))
        let empty = try DocumentsE2E.temporaryDirectory()
        let noPlugins = try DocumentsE2E.run(["report", DocumentsE2E.example("kessler-industrietechnik"), "--lang", "en"],
                                             environment: ["SMKIT_PLUGINS_DIR": empty.path])
        #expect(noPlugins.status == 1)
        #expect(noPlugins.stderr.hasPrefix("\(empty.path):1:1: error: no platform data"))
    }

    @Test("SMKIT_PLUGINS_DIR chooses the platform data the report ranks")
    func pluginsOverride() throws {
        let plugins = try DocumentsE2E.temporaryDirectory()
        for id in ["linkedin", "xing", "youtube", "facebook"] {
            let target = plugins.appendingPathComponent(id)
            try FileManager.default.copyItem(at: DocumentsE2E.packageRoot.appendingPathComponent("Plugins/\(id)"), to: target)
        }
        let result = try DocumentsE2E.run(["report", DocumentsE2E.example("kessler-industrietechnik"), "--format", "json"],
                                          environment: ["SMKIT_PLUGINS_DIR": plugins.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let inputs = object?["inputs"] as? [String: Any]
        #expect(inputs?["platforms"] as? [String] == ["facebook", "linkedin", "xing", "youtube"])
    }
}
