import Foundation
import Testing

@Suite("smkit types")
struct TypesCommandTests {
    @Test func writesLuaCATSDefinitions() throws {
        let output = try PluginE2E.run(["types"])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("---@meta smkit"))
        #expect(output.stdout.contains("function smkit.plugin(spec) end"))
        #expect(output.stdout.contains("function Plugin:check(spec) end"))
        #expect(output.stdout.contains("function smkit.text.find_any(s, phrases) end"))
        #expect(output.stdout.contains("---@class smkit.Contest"))
    }

    @Test func writesAFileAndRefusesToOverwrite() throws {
        let folder = PluginE2E.temporaryDirectory()
        let file = folder.appendingPathComponent("smkit.d.lua").path
        #expect(try PluginE2E.run(["types", "-o", file]).status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.contains("---@class smkit.CheckSpec"))
        let again = try PluginE2E.run(["types", "-o", file])
        #expect(again.status == 1 && again.stderr.contains("use --force"))
        // The definitions are valid Lua (luac parses them) when luac is installed.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/luac5.4") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/luac5.4")
            process.arguments = ["-p", file]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
