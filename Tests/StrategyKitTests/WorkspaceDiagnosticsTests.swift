import Foundation
import Testing
@testable import StrategyKit

private let minimal = """
as_of: 2026-01-01
organization:
  name: Test GmbH
  business_model: { type: b2c, industry: Café, employees: 5 }
  resources:
    hours:
      - { role: smm, hours_per_week: 4 }

"""

private func diagnostics(_ yaml: String, csv: String? = nil) -> [Diagnostic] {
    do {
        _ = try Workspace.parse(yaml: yaml, csv: csv)
        return []
    } catch {
        return error.diagnostics
    }
}

@Test func minimalWorkspaceLoads() throws {
    let workspace = try Workspace.parse(yaml: minimal)
    #expect(workspace.organization.resources.totalHoursPerWeek == 4)
    #expect(workspace.asOf == Fixture.date("2026-01-01"))
    #expect(workspace.warnings.isEmpty)
}

@Test func reportsEveryProblemAtOnceWithPositions() {
    let yaml = """
    as_of: 2026-01-01
    organization:
      name: Test GmbH
      buisness_model:
        type: b2c
      resources:
        hours:
          - role: smm
            hours_per_week: -3
    goals:
      - id: g1
        benefit: recruting
        kpi: applications
        baseline: 5
        target: 5
        deadline: 2025-12-01
      - id: g2
        kpi: leads
        platform: myspace
        target: many
    drafts:
      - id: d1
        name: D1
        assumptions:
          - id: a1
            text: x
            certainty: 1.5
    """
    let found = diagnostics(yaml)
    let positions = found.map { "\($0.line):\($0.column)" }
    #expect(positions == ["3:3", "4:3", "9:25", "12:14", "15:13", "16:15", "17:5", "19:15", "20:13", "27:20"])
    #expect(found.map(\.code) == [.missingField, .unknownKey, .invalidValue, .unknownReference, .invalidValue,
                                  .invalidValue, .missingField, .unknownReference, .wrongType, .invalidValue])
    let lines = found.map(\.description)
    #expect(lines[0] == "strategy.yaml:3:3: error: missing required field 'business_model' in organization")
    #expect(lines[1] == "strategy.yaml:4:3: error: unknown key 'buisness_model' in organization; did you mean 'business_model'?")
    #expect(lines[2] == "strategy.yaml:9:25: error: 'hours_per_week' must not be negative, found -3")
    #expect(lines[3].hasPrefix("strategy.yaml:12:14: error: unknown value 'recruting' for 'benefit'; did you mean 'recruiting'?"))
    #expect(lines[4] == "strategy.yaml:15:13: error: target equals baseline (5): the goal asks for no change")
    #expect(lines[5] == "strategy.yaml:16:15: error: deadline 2025-12-01 is not after as_of 2026-01-01")
    #expect(lines[6] == "strategy.yaml:17:5: error: missing required field 'benefit' in goal")
    #expect(lines[7].hasPrefix("strategy.yaml:19:15: error: unknown platform 'myspace' in 'platform'"))
    #expect(lines[8] == "strategy.yaml:20:13: error: expected a number for 'target', found 'many'")
    #expect(lines[9] == "strategy.yaml:27:20: error: 'certainty' must be between 0 and 1, found 1.5")
}

@Test func errorDescriptionPrintsOneDiagnosticPerLine() {
    let yaml = minimal + "goals:\n  - id: g\n    benefit: sales\n    kpi: orders\n    start: 2026-03-01\n    deadline: 2026-02-01\n    colour: red\n"
    do {
        _ = try Workspace.parse(yaml: yaml, file: "ws/strategy.yaml")
        Issue.record("expected an error")
    } catch {
        #expect(error.description == """
        ws/strategy.yaml:13:15: error: deadline 2026-02-01 is not after start 2026-03-01
        ws/strategy.yaml:14:5: error: unknown key 'colour' in goal
        """)
        #expect(error.formatted(in: .de).contains("Unbekannter Schlüssel 'colour' in goal"))
    }
}

@Test func wrongTypesAreReported() {
    let found = diagnostics("as_of: soon\norganization: hello\n")
    #expect(found.map(\.description) == [
        "strategy.yaml:1:8: error: expected a date (YYYY-MM-DD) for 'as_of', found 'soon'",
        "strategy.yaml:2:15: error: expected a mapping for organization, found 'hello'",
    ])
}

@Test func unknownPlatformInPresenceAndDuplicateIds() {
    let yaml = minimal.replacingOccurrences(of: "  resources:", with: """
      presences:
        - { platform: facebok, handle: x, status: active }
      resources:
    """) + """
    goals:
      - { id: g, benefit: sales, kpi: orders }
      - { id: g, benefit: sales, kpi: orders }
    """
    let found = diagnostics(yaml)
    #expect(found.count == 2)
    #expect(found[0].description.hasPrefix("strategy.yaml:6:19: error: unknown platform 'facebok' in 'platform'; did you mean 'facebook'?"))
    #expect(found[1].description == "strategy.yaml:12:11: error: duplicate goal id 'g'")
}

@Test func yamlSyntaxErrorsCarryPositions() throws {
    let tabs = diagnostics("as_of: 2026-01-01\norganization:\n\tname: x\n")
    #expect(tabs.count == 1)
    #expect(tabs.first?.code == .syntax)
    #expect(tabs.first?.line == 3)
    let unclosed = diagnostics("as_of: 2026-01-01\norganization: { name: x\n")
    #expect(unclosed.first?.code == .syntax)
    #expect(unclosed.first?.line == 3)
    let duplicate = diagnostics("as_of: 2026-01-01\nas_of: 2026-02-01\n")
    #expect(duplicate.first?.code == .duplicate)
}

@Test func malformedFilesNeverCrash() {
    var generator = SplitMix64(seed: 42)
    var inputs: [[UInt8]] = [
        [],                                              // empty file
        Array("- a\n- b\n".utf8),                        // list at the top level
        Array("\t- a\n\tb: c\n".utf8),                   // tabs
        [0xFF, 0xFE, 0x00, 0x41, 0x80, 0x81],            // binary garbage, not UTF-8
        Array("as_of: 2026-01-01\u{0}\u{1}\u{2}organization:\n".utf8), // control characters
        Array("a: &x [*x, *x]\n".utf8),                  // alias to itself
        Array("42\n".utf8),                              // scalar at the top level
        Array("---\na: 1\n---\nb: 2\n".utf8),            // two documents
        Array(String(repeating: "[", count: 5000).utf8), // deep nesting
        Array("organization:\n  target_groups: {a: b}\n  resources: [1, 2]\n  presences:\n    - 7\n".utf8),
    ]
    for _ in 0..<200 {
        inputs.append((0..<Int(generator.next() % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
    }
    for bytes in inputs {
        do {
            _ = try Workspace.parse(bytes: bytes, file: "strategy.yaml", csv: bytes, csvFile: "kpis.csv",
                                    platformIDs: Workspace.builtInPlatformIDs)
            Issue.record("malformed input was accepted: \(bytes.prefix(20))")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
        }
    }
    #expect(diagnostics("").map(\.description)
        == ["strategy.yaml:1:1: error: the file is empty; expected 'as_of' and 'organization'"])
    #expect(diagnostics("- a\n- b\n").map(\.description)
        == ["strategy.yaml:1:1: error: expected a mapping for the top level, found a list"])
    let binary = (try? Workspace.parse(bytes: [0x61, 0x3A, 0x20, 0xFF], file: "strategy.yaml", csv: nil,
                                       csvFile: "kpis.csv", platformIDs: [])).map { _ in [Diagnostic]() }
    #expect(binary == nil)
}

@Test func binaryGarbageIsReportedAtItsByte() {
    do {
        _ = try Workspace.parse(bytes: Array("as_of: x\nname: ".utf8) + [0xC3, 0x28], file: "strategy.yaml", csv: nil,
                                csvFile: "kpis.csv", platformIDs: [])
        Issue.record("expected an error")
    } catch {
        #expect(error.diagnostics.map(\.description) == [
            "strategy.yaml:2:7: error: the file is not valid UTF-8 (byte 16); is it a binary file?",
        ])
    }
}

@Test func csvProblemsCarryLineAndColumn() {
    let csv = """
    kpi,platform,date,value
    reach,instagram,2026-01-31,100
    reach,instagramm,2026-02-28,90
    reach,instagram,31.13.2026,80
    reach,instagram,2026-04-30,lots
    reach,instagram,2026-01-31,100
    "reach",instagram,2026-05-31,70
    """
    let found = diagnostics(minimal, csv: csv).map(\.description)
    #expect(found == [
        "kpis.csv:3:7: error: unknown platform 'instagramm'; did you mean 'instagram'?",
        "kpis.csv:4:17: error: expected a date (YYYY-MM-DD or DD.MM.YYYY), found '31.13.2026'",
        "kpis.csv:5:28: error: expected a number, found 'lots' (the file's decimal separator: '.')",
        "kpis.csv:6:17: error: two measurements of reach for 2026-01-31",
        "kpis.csv:7:1: error: quotes are not supported in kpis.csv",
    ])
}

@Test func loadsFromADirectoryAndMergesCSV() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smkit-ws-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try minimal.write(to: directory.appendingPathComponent("strategy.yaml"), atomically: true, encoding: .utf8)
    try "kpi,platform,date,value\nreach,,2026-01-31,10\nreach,,2026-02-28,12\n"
        .write(to: directory.appendingPathComponent("kpis.csv"), atomically: true, encoding: .utf8)
    let workspace = try Workspace.load(directory: directory)
    #expect(workspace.kpis.series(kpi: "reach", platform: nil)?.measurements.map(\.value) == [10, 12])
    #expect(workspace.directory == directory.path)

    try "as_of: 2026-01-01\norganisation: {}\n".write(to: directory.appendingPathComponent("strategy.yaml"),
                                                    atomically: true, encoding: .utf8)
    #expect(throws: DiagnosticError.self) { try Workspace.load(directory: directory) }
    do {
        _ = try Workspace.load(directory: directory)
    } catch {
        let path = directory.appendingPathComponent("strategy.yaml").path
        #expect(error.description == """
        \(path):1:1: error: missing required field 'organization' in the top level
        \(path):2:1: error: unknown key 'organisation' in the top level; did you mean 'organization'?
        """)
    }
}

/// A small deterministic generator for fuzz inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// MARK: kpis.csv as German Excel writes it, and decimal commas in strategy.yaml

@Test func kpiCSVWithSemicolonsDecimalCommasAndOtherHeaderOrder() throws {
    let csv = "\u{FEFF}Datum;Wert;KPI;Plattform\r\n31.01.2026;1.234;reach;Instagram\r\n28.02.2026;1.310,5;reach;instagram\r\n28.02.2026;1,84%;engagement_rate;instagram\r\n"
    let workspace = try Workspace.parse(yaml: minimal, csv: csv)
    #expect(workspace.kpis.series(kpi: "reach", platform: "instagram")?.measurements.map(\.value) == [1234, 1310.5])
    #expect(workspace.kpis.series(kpi: "engagement_rate", platform: "instagram")?.measurements.map(\.value) == [1.84])
}

@Test func kpiCSVAmbiguousThousandsIsAnErrorWithPosition() {
    let csv = "kpi;platform;date;value\nreach;instagram;2026-01-31;1.234\nreach;instagram;2026-02-28;1.310\n"
    let found = diagnostics(minimal, csv: csv).map(\.description)
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("kpis.csv:2:28: error: ambiguous number '1.234'") == true)
}

@Test func kpiCSVHeaderProblemsAreNamed() {
    let found = diagnostics(minimal, csv: "kpi,datum,wert,notiz\nreach,2026-01-31,5,x\n").map(\.description)
    #expect(found == ["kpis.csv:1:16: error: unknown column 'notiz' in the header; expected kpi, platform, date, value"])
    let missing = diagnostics(minimal, csv: "kpi,platform,value\n").map(\.description)
    #expect(missing == ["kpis.csv:1:1: error: the header needs the columns kpi, date and value (platform is optional); missing: date"])
}

@Test func decimalCommaInStrategyYAMLGetsAHint() {
    let yaml = minimal.replacingOccurrences(of: "hours_per_week: 4 }", with: "hours_per_week: 2,5 }")
    let found = diagnostics(yaml).map(\.description)
    #expect(found == ["strategy.yaml:7:40: error: 'hours_per_week: 2,5' looks like a decimal comma (YAML splits at the comma and '5' becomes a key); write 2.5"])
    let block = minimal.replacingOccurrences(of: "      - { role: smm, hours_per_week: 4 }", with: "      - role: smm\n        hours_per_week: 2,5")
    #expect(diagnostics(block).map(\.description).first?.contains("found '2,5'; this looks like a decimal comma: write 2.5") == true)
}
